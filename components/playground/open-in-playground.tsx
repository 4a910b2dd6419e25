"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { WorkspaceState } from "@/components/workspace/dockerfile-workspace";

/**
 * "Open in playground": carries the Dockerfile and target, as they are now, and the lesson's
 * slug (so the playground uses the lesson's project as the build context) to /playground/ in
 * the link's hash. The link code loads on click, so it costs the lesson page nothing up front.
 */
export function OpenInPlayground({ state, lesson }: { state: WorkspaceState; lesson?: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  async function open() {
    const { encodeShareState } = await import("@/lib/browser/share");
    const encoded = encodeShareState(lesson ? { text: state.text, target: state.target, lesson } : { text: state.text, target: state.target });
    if (!encoded.ok) {
      setProblem(`${encoded.message} Download it and paste it into the playground instead.`);
      return;
    }
    // A full load: the playground reads its state from the address when it starts.
    window.location.assign(`/playground/${encoded.hash}`);
  }
  return (
    <>
      <Button onClick={open}>Open in playground</Button>
      <span role="status" className={problem ? "basis-full text-sm text-danger" : "sr-only"}>
        {problem}
      </span>
    </>
  );
}
