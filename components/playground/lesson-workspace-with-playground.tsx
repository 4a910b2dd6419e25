"use client";
import type { ComponentProps } from "react";
import { DockerfileWorkspace } from "@/components/workspace/dockerfile-workspace";
import { OpenInPlayground } from "./open-in-playground";

/**
 * The lesson's workspace with "Open in playground" in its toolbar. A client component of its
 * own because the toolbar action is a function, which a server component cannot pass on.
 */
export function LessonWorkspaceWithPlayground(props: Omit<ComponentProps<typeof DockerfileWorkspace>, "actions">) {
  return <DockerfileWorkspace {...props} actions={(state, saveNow) => <OpenInPlayground state={state} saveNow={saveNow} />} />;
}
