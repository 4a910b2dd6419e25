"use client";
import { useState } from "react";
import { Button } from "./button";

/** Copies text to the clipboard and says so, for sighted and screen reader users alike. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
    setTimeout(() => setState("idle"), 2000);
  }
  return (
    <>
      <Button onClick={copy} aria-label={label} className="min-h-8 shrink-0 py-0">
        {state === "copied" ? "Copied" : state === "failed" ? "Select and copy" : "Copy"}
      </Button>
      <span role="status" className="sr-only">
        {state === "copied" ? "Copied to the clipboard" : state === "failed" ? "Could not copy; select the text instead" : ""}
      </span>
    </>
  );
}
