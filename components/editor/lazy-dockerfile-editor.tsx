"use client";
/**
 * Monaco (~1.1 MB gzip) behind next/dynamic: it loads when a surface asks for it, never on
 * the way to first paint. A chunk that cannot load (offline on a first visit, or after a
 * deploy) is reported through `onLoadError` instead of taking the page down.
 */
import dynamic from "next/dynamic";
import type { ComponentProps } from "react";
import { ErrorBoundary } from "@/components/ui/error-boundary";

const DockerfileEditor = dynamic(() => import("./dockerfile-editor").then((m) => m.DockerfileEditor), { ssr: false });

/** The editor's props, and what to do when its code cannot load. */
export type LazyDockerfileEditorProps = ComponentProps<typeof DockerfileEditor> & { onLoadError(): void };

export function LazyDockerfileEditor({ onLoadError, ...props }: LazyDockerfileEditorProps) {
  return (
    <ErrorBoundary fallback={null} onError={onLoadError}>
      <DockerfileEditor {...props} />
    </ErrorBoundary>
  );
}
