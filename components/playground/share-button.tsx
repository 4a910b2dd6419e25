"use client";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ShareLink } from "@/lib/browser/share";

type ShareState = { kind: "idle" | "copied" | "failed" } | { kind: "too-long" | "too-large"; message: string };

/**
 * Copies the playground's link and says so, visibly on the button and to screen readers.
 * `share` brings the address up to date first and returns the link, so what is copied is
 * always exactly the state on screen, even inside the address's debounce. A link too long to
 * survive a chat app (MAX_LINK_LENGTH), or a Dockerfile too large for any link, is not copied:
 * the button says why and offers the Dockerfile as a file instead.
 */
export function ShareButton({ share, onDownload }: { share(): ShareLink; onDownload(): void }) {
  const [state, setState] = useState<ShareState>({ kind: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    clearTimeout(timer.current);
    const link = share();
    if (!link.ok) {
      setState({ kind: link.tooLong ? "too-long" : "too-large", message: link.message });
      return;
    }
    try {
      await navigator.clipboard.writeText(link.url);
      setState({ kind: "copied" });
    } catch {
      setState({ kind: "failed" });
    }
    timer.current = setTimeout(() => setState({ kind: "idle" }), 4000);
  }

  const announcement = state.kind === "copied" ? "Link copied to the clipboard. It opens this Dockerfile and target." : state.kind === "failed" ? "Could not copy. The address bar holds the link: copy it from there." : "";
  const instead = state.kind === "too-long" || state.kind === "too-large" ? state : null;
  // The visible confirmation floats under the button: a longer label would rewrap a narrow toolbar.
  return (
    <>
      <span className="relative inline-flex">
        <Button onClick={copy} data-share-state={state.kind}>
          Share
        </Button>
        <span role="status" className="sr-only">
          {announcement}
        </span>
        {(state.kind === "copied" || state.kind === "failed") && (
          <span
            aria-hidden="true"
            className="absolute right-0 top-full z-10 mt-1 w-max max-w-[16rem] rounded-md border border-border bg-text px-2 py-1 text-xs font-semibold text-bg shadow"
          >
            {state.kind === "copied" ? "Link copied ✓" : "Could not copy: copy the address bar"}
          </span>
        )}
      </span>
      {/* In the toolbar's flow, on a line of its own, so the download is one Tab away. */}
      <div role="status" className={instead ? "flex basis-full flex-wrap items-center gap-2 rounded-md border border-border bg-surface-2 px-3 py-2 text-sm" : "sr-only"} data-testid="share-instead">
        {instead && (
          <>
            <p className="m-0 min-w-0 flex-1 basis-64">
              <strong>No link: {instead.kind === "too-long" ? "too long to send safely." : "too large for a link."}</strong> {instead.message}
            </p>
            <span className="flex flex-wrap gap-2">
              <Button className="min-h-8 py-0" onClick={onDownload}>
                Download the Dockerfile
              </Button>
              <Button className="min-h-8 py-0" onClick={() => setState({ kind: "idle" })}>
                Dismiss
              </Button>
            </span>
          </>
        )}
      </div>
    </>
  );
}
