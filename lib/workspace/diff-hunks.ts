/**
 * A diff cut down to what changed: the changed lines with a line of context around them,
 * long unchanged runs folded into one row, and split into pages of a few rows, so a slide can
 * show each change large enough to read from the back of a room.
 */
import type { DiffLine } from "./diff";

/** A row of a shortened diff: a line of the diff, or unchanged lines folded into one row. */
export type HunkRow = DiffLine | { kind: "fold"; /** How many unchanged lines it stands for. */ count: number };

/** How to cut a diff. */
export interface HunkOptions {
  /** Unchanged lines kept before and after each change. */
  context: number;
  /** Rows a page holds, when its changes allow (a single longer change gets a page of its own). */
  maxRows: number;
}

/** The changed parts of a diff as index ranges [start, end] into `lines`, context included, touching parts merged. */
function clusters(lines: readonly DiffLine[], context: number): [number, number][] {
  const out: [number, number][] = [];
  lines.forEach((line, i) => {
    if (line.kind === "same") return;
    const start = Math.max(0, i - context);
    const end = Math.min(lines.length - 1, i + context);
    const last = out.at(-1);
    // Folding a single line saves no room: merge parts that are one line apart.
    if (last && start <= last[1] + 2) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  });
  return out;
}

/**
 * The diff's changes in pages: each page the changes that fit in `maxRows`, with a fold row
 * between two changes on one page. No pages when nothing changed.
 */
export function diffPages(lines: readonly DiffLine[], { context, maxRows }: HunkOptions): HunkRow[][] {
  const pages: HunkRow[][] = [];
  let page: HunkRow[] = [];
  let previousEnd = -1;
  for (const [start, end] of clusters(lines, context)) {
    const rows = lines.slice(start, end + 1);
    const fold: HunkRow[] = page.length > 0 ? [{ kind: "fold", count: start - previousEnd - 1 }] : [];
    if (page.length > 0 && page.length + fold.length + rows.length > maxRows) {
      pages.push(page);
      page = [...rows];
    } else page.push(...fold, ...rows);
    previousEnd = end;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}
