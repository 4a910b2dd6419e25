"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { PartLoadNotice } from "@/components/ui/part-load-notice";
import type { WorkspaceState } from "@/components/workspace/dockerfile-workspace";

/**
 * "Open in playground": carries the Dockerfile and target, as they are now, and the lesson's
 * slug (so the playground uses the lesson's project as the build context) to /playground/ in
 * the link's hash. The link code loads on click, so it costs the lesson page nothing up front.
 */
export function OpenInPlayground({ state, saveNow, lesson }: { state: WorkspaceState; saveNow(): void; lesson?: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  async function open() {
    const share = await import("@/lib/browser/share").catch(() => null);
    setFailed(share === null);
    if (!share) return;
    const { encodeShareState } = share;
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
      {failed && <PartLoadNotice parts={["link"]} save={saveNow} className="basis-full rounded-md" />}
    </>
  );
}
