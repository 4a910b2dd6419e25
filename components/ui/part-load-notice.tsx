"use client";
import { Button } from "./button";

/** A part of the page whose code loads only when it is needed, and so can fail to arrive. */
export type LazyPart = "editor" | "analysis" | "simulation" | "checker" | "link" | "exercise" | "graph" | "targets" | "log" | "run" | "diff" | "problems" | "notes";

const PART_NAMES: Record<LazyPart, string> = {
  editor: "the editor",
  analysis: "the live analysis",
  simulation: "the image estimate",
  checker: "the exercise checker",
  link: "the playground link",
  exercise: "the exercise",
  graph: "the stage graph",
  targets: "the Target control",
  log: "the build log",
  run: "the simulated docker run",
  diff: "the diff",
  problems: "the Problems list",
  notes: "the notes",
};

/** "the editor", "the editor and the live analysis", "the editor, the live analysis and the image estimate". */
function partList(parts: readonly LazyPart[]): string {
  const names = parts.map((p) => PART_NAMES[p]);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

interface PartLoadNoticeProps {
  /** What could not load, each named once. */
  parts: readonly LazyPart[];
  /** Saves what the student typed, at once (not after the usual delay); called before the reload. */
  save(): void;
  className?: string;
}

/**
 * Said when a lazily loaded part of the page did not arrive: its chunk is gone from the host
 * because the site was deployed again since the page was opened (and no service worker
 * kept it), or the network is off on a first visit. Reloading gets the current deploy;
 * the button saves what is typed first, so nothing is lost on the way.
 */
export function PartLoadNotice({ parts, save, className = "" }: PartLoadNoticeProps) {
  if (parts.length === 0) return null;
  return (
    <div role="alert" className={`flex flex-wrap items-center gap-x-3 gap-y-2 bg-[var(--diff-del-bg)] px-3 py-2 text-sm text-[var(--diff-del-text)] ${className}`} data-testid="part-load-notice">
      <p className="m-0 min-w-0 flex-1 basis-64">
        <strong>This part of the page could not load: {partList(parts)}.</strong> The site may have been updated since this page was opened, or the network is off on a
        first visit. Reload the page to get the current version; what you typed is saved first.
      </p>
      <Button
        className="min-h-8 py-0"
        onClick={() => {
          save();
          window.location.reload();
        }}
      >
        Reload the page
      </Button>
    </div>
  );
}
