"use client";
import type { ReactNode } from "react";
import { FileTree } from "@/components/simulation/file-tree";
import { ImagePanel } from "@/components/simulation/image-panel";
import { Disclosure } from "@/components/ui/disclosure";
import { lazyPart } from "@/components/ui/lazy-part";
import type { WorkspaceParts } from "@/components/workspace/dockerfile-workspace";
import type { Inline } from "@/lib/course/markdown-types";
import type { WorkbenchTab } from "@/lib/course/types";
import type { WorkspaceBuild } from "@/lib/workspace/types";
import { waiting } from "./tab-waiting";

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

const LogTab = lazyPart(() => import("./workbench-later-tabs").then((m) => m.LogTab), "log");
const RunTab = lazyPart(() => import("./workbench-later-tabs").then((m) => m.RunTab), "run");
const DiffTab = lazyPart(() => import("./workbench-later-tabs").then((m) => m.DiffTab), "diff");

function ImageTab({ ctx }: { ctx: WorkbenchTabContext }) {
  const sim = ctx.parts.simulation;
  if (!sim) return waiting;
  return (
    <div className="space-y-4" aria-busy={!sim.current} data-testid="simulation">
      <ImagePanel sim={sim.view} measured={ctx.build?.measured ?? null} />
      <Disclosure className="rounded-lg border border-border bg-surface" summaryClassName="cursor-pointer px-3 py-2 text-sm font-semibold" summary="Details: the final image's files">
        <div className="px-3 pb-3">
          <FileTree tree={sim.view.tree} base={sim.view.base} />
        </div>
      </Disclosure>
    </div>
  );
}

/** The workbench's tabs, in order. Data, so a tab is one entry. */
export const WORKBENCH_TABS: WorkbenchTabDef[] = [
  {
    id: "stages",
    label: () => "Stages",
    render: ({ parts }) =>
      parts.graph === null ? (
        waiting
      ) : (
        <div className="space-y-4">
          {parts.graph}
          {parts.buildPanel}
        </div>
      ),
  },
  { id: "problems", label: ({ parts }) => `Problems (${parts.problemCount})`, render: ({ parts }) => parts.problems ?? waiting },
  { id: "image", label: () => "Image", render: (ctx) => <ImageTab ctx={ctx} /> },
  { id: "log", label: () => "Log", render: (ctx) => <LogTab ctx={ctx} /> },
  {
    id: "run",
    label: () => "Run",
    render: (ctx) => <RunTab ctx={ctx} />,
  },
  { id: "diff", label: () => "Diff", render: (ctx) => <DiffTab ctx={ctx} /> },
  {
    id: "notes",
    label: () => "Notes",
    render: ({ parts }) => parts.annotationList ?? <p className="text-sm text-muted">This Dockerfile has no notes.</p>,
  },
];

/** The tab a step names, or the first when this page has no such tab. */
export function tabFor(id: WorkbenchTab | "notes"): WorkbenchTabDef {
  return WORKBENCH_TABS.find((t) => t.id === id) ?? (WORKBENCH_TABS[0] as WorkbenchTabDef);
}
