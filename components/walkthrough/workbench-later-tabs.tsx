"use client";
/**
 * The workbench's Log, Run and Diff tabs: their code loads when the student opens one (or a
 * step opens on one), not with the lesson's first screen. workbench-tabs.tsx loads them.
 */
import { useState } from "react";
import { StaticCode } from "@/components/editor/static-code";
import { DiffView } from "@/components/diff/diff-view";
import { StaticDiff, staticDiffRows } from "@/components/diff/static-diff";
import { BuildLog } from "@/components/simulation/build-log";
import { RunPanel } from "@/components/simulation/run-panel";
import { InlineText } from "@/components/ui/inline-text";
import { waiting } from "./tab-waiting";
import type { WorkbenchTabContext } from "./workbench-tabs";

export function LogTab({ ctx }: { ctx: WorkbenchTabContext }) {
  const sim = ctx.parts.simulation;
  if (!sim) return waiting;
  return <BuildLog logs={sim.view.logs} target={sim.target} {...(ctx.build?.tag ? { tag: ctx.build.tag } : {})} />;
}

type DiffMode = "before" | "after" | "diff";

export function DiffTab({ ctx }: { ctx: WorkbenchTabContext }) {
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

export function RunTab({ ctx }: { ctx: WorkbenchTabContext }) {
  return ctx.parts.simulation ? <RunPanel simulation={ctx.parts.simulation} /> : waiting;
}
