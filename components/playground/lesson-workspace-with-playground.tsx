"use client";
import type { ComponentProps } from "react";
import { DockerfileWorkspace } from "@/components/workspace/dockerfile-workspace";
import { OpenInPlayground } from "./open-in-playground";

/**
 * The lesson's workspace with "Open in playground" in its toolbar. A client component of its
 * own because the toolbar action is a function, which a server component cannot pass on.
 * `lesson` (the slug) goes with the link, so the playground keeps the lesson's build context.
 */
export function LessonWorkspaceWithPlayground({ lesson, ...props }: Omit<ComponentProps<typeof DockerfileWorkspace>, "actions"> & { lesson?: string }) {
  return <DockerfileWorkspace {...props} actions={(state, saveNow) => <OpenInPlayground state={state} saveNow={saveNow} {...(lesson ? { lesson } : {})} />} />;
}
