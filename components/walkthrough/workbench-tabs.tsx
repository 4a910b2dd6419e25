"use client";
import { useState, type ReactNode } from "react";
import { StaticCode } from "@/components/editor/static-code";
import { StaticDiff } from "@/components/diff/static-diff";
import { BuildLog } from "@/components/simulation/build-log";
import { FileTree } from "@/components/simulation/file-tree";
import { ImagePanel } from "@/components/simulation/image-panel";
import type { WorkspaceParts } from "@/components/workspace/dockerfile-workspace";
import type { Inline } from "@/lib/course/markdown-types";
import type { WorkbenchTab } from "@/lib/course/types";
import { DiffView } from "@/components/diff/diff-view";
import { staticDiffRows } from "@/components/diff/static-diff";
import { InlineText } from "@/components/ui/inline-text";
import type { WorkspaceBuild } from "@/lib/workspace/types";

/** What a tab can show: the workspace's parts and the lesson's before. */
export interface WorkbenchTabContext {
  parts: WorkspaceParts;
  build: WorkspaceBuild | undefined;
  /** The lesson's "before" (the hook's Dockerfile) with its measured size and this site's estimate. */
  before: { text: string; label: string; size: string | null; estimate: string | null; source: Inline[] | null };
}

/** One tab of the workbench. */
export interface WorkbenchTabDef {
  /** A step's `tab:` names it; `notes` (the annotations) no step names. */
  id: WorkbenchTab | "notes";
  label(ctx: WorkbenchTabContext): string;
  render(ctx: WorkbenchTabContext): ReactNode;
}

const waiting = <p className="text-sm text-muted">Nothing to show while the analysis is paused or the build fails.</p>;

function ImageTab({ ctx }: { ctx: WorkbenchTabContext }) {
  const sim = ctx.parts.simulation;
  if (!sim) return waiting;
  return (
    <div className="space-y-4" aria-busy={!sim.current} data-testid="simulation">
      <ImagePanel sim={sim.view} measured={ctx.build?.measured ?? null} />
      <details className="rounded-lg border border-border bg-surface">
        <summary className="cursor-pointer px-3 py-2 text-sm font-semibold">Details: the final image&apos;s files</summary>
        <div className="px-3 pb-3">
          <FileTree tree={sim.view.tree} base={sim.view.base} />
        </div>
      </details>
    </div>
  );
}

function LogTab({ ctx }: { ctx: WorkbenchTabContext }) {
  const sim = ctx.parts.simulation;
  if (!sim) return waiting;
  return <BuildLog logs={sim.view.logs} target={sim.target} {...(ctx.build?.tag ? { tag: ctx.build.tag } : {})} />;
}

type DiffMode = "before" | "after" | "diff";

function DiffTab({ ctx }: { ctx: WorkbenchTabContext }) {
  const [mode, setMode] = useState<DiffMode>("diff");
  const { before, parts } = ctx;
  const after = parts.simulation?.view.final?.display ?? null;
  const modes: { id: DiffMode; label: string }[] = [
    { id: "before", label: "Before" },
    { id: "after", label: "After" },
    { id: "diff", label: "Diff" },
  ];
  return (
    <div>
      <div className="flex flex-wrap items-center gap-3">
        <div role="group" aria-label="Diff view" className="inline-flex overflow-hidden rounded-md border border-border">
          {modes.map((m) => (
            <button
              key={m.id}
              type="button"
              aria-pressed={mode === m.id}
              onClick={() => setMode(m.id)}
              className={`min-h-9 px-3 text-sm font-semibold ${mode === m.id ? "bg-accent text-white" : "bg-surface hover:bg-surface-2"}`}
            >
              {m.label}
            </button>
          ))}
        </div>
        <dl className="m-0 flex flex-wrap gap-x-4 text-sm" data-testid="diff-sizes">
          <div className="flex gap-1">
            <dt className="text-muted">{before.label}:</dt>
            <dd className="m-0 font-mono font-semibold">{before.size ? `${before.size} measured` : (before.estimate ?? "unknown")}</dd>
          </div>
          <div className="flex gap-1">
            <dt className="text-muted">Yours:</dt>
            <dd className="m-0 font-mono font-semibold">{after ? `${after} estimated` : "unknown"}</dd>
          </div>
        </dl>
      </div>
      <div className={`mt-3 overflow-auto rounded-lg border border-border bg-[var(--code-bg)] py-2 ${mode === "diff" ? "hidden" : ""}`}>
        {mode === "before" && <StaticCode text={before.text} label={`${before.label} Dockerfile`} />}
        {mode === "after" && <StaticCode text={parts.text} label="Your Dockerfile" />}
      </div>
      {mode === "diff" && (
        // Static at first; Monaco's diff editor takes over once it is in view.
        <div className="mt-3">
          <DiffView before={before.text} after={parts.text} beforeLabel={before.label} afterLabel="Yours" height={staticDiffRows(before.text, parts.text) * 20 + 24}>
            <StaticDiff before={before.text} after={parts.text} beforeLabel={before.label} afterLabel="Yours" />
          </DiffView>
        </div>
      )}
      {before.source && (
        <p className="mt-2 text-xs text-muted">
          <InlineText nodes={before.source} />
        </p>
      )}
    </div>
  );
}

/**
 * The workbench's tabs, in order. Data, so a tab is one entry: the Run tab (the `docker run`
 * verdict, components/simulation/run-panel.tsx) is added here as
 * `{ id: "run", label: () => "Run", render: (ctx) => <RunPanel ... /> }`.
 */
export const WORKBENCH_TABS: WorkbenchTabDef[] = [
  {
    id: "stages",
    label: () => "Stages",
    render: ({ parts }) => (
      <div className="space-y-4">
        {parts.graph}
        {parts.buildPanel}
      </div>
    ),
  },
  { id: "problems", label: ({ parts }) => `Problems (${parts.problemCount})`, render: ({ parts }) => parts.problems ?? waiting },
  { id: "image", label: () => "Image", render: (ctx) => <ImageTab ctx={ctx} /> },
  { id: "log", label: () => "Log", render: (ctx) => <LogTab ctx={ctx} /> },
  { id: "diff", label: () => "Diff", render: (ctx) => <DiffTab ctx={ctx} /> },
  {
    id: "notes",
    label: () => "Notes",
    render: ({ parts }) => parts.annotationList ?? <p className="text-sm text-muted">This Dockerfile has no notes.</p>,
  },
];

/** The tab a step names, or the first when this page has no such tab (a Run tab not added yet). */
export function tabFor(id: WorkbenchTab | "notes"): WorkbenchTabDef {
  return WORKBENCH_TABS.find((t) => t.id === id) ?? (WORKBENCH_TABS[0] as WorkbenchTabDef);
}
