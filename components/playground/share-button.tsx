"use client";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

type ShareResult = { ok: true; url: string } | { ok: false; message: string };

/**
 * Copies the playground's link and says so, visibly on the button and to screen readers.
 * `share` brings the address up to date first and returns the link, so what is copied is
 * always exactly the state on screen, even inside the address's debounce.
 */
export function ShareButton({ share }: { share(): ShareResult }) {
  const [state, setState] = useState<{ kind: "idle" | "copied" | "failed" | "too-large"; message?: string }>({ kind: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    clearTimeout(timer.current);
    const link = share();
    if (!link.ok) {
      setState({ kind: "too-large", message: link.message });
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

  const announcement =
    state.kind === "copied"
      ? "Link copied to the clipboard. It opens this Dockerfile and target."
      : state.kind === "failed"
        ? "Could not copy. The address bar holds the link: copy it from there."
        : state.kind === "too-large"
          ? (state.message ?? "")
          : "";
  // The visible confirmation floats under the button: a longer label would rewrap a narrow toolbar.
  return (
    <span className="relative inline-flex">
      <Button onClick={copy} data-share-state={state.kind}>
        Share
      </Button>
      <span role="status" className="sr-only">
        {announcement}
      </span>
      {state.kind !== "idle" && (
        <span
          aria-hidden="true"
          className="absolute right-0 top-full z-10 mt-1 w-max max-w-[16rem] rounded-md border border-border bg-text px-2 py-1 text-xs font-semibold text-bg shadow"
        >
          {state.kind === "copied" ? "Link copied ✓" : state.kind === "failed" ? "Could not copy: copy the address bar" : "Too large for a link"}
        </span>
      )}
    </span>
  );
}
