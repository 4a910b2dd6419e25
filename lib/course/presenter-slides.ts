/**
 * The presenter view's slides as data: an array of descriptors built from the lesson at
 * build time. The presenter renders whatever this list holds, in order, so the slides of a
 * lesson can change (the walkthrough's steps, later) without touching the presenter.
 */
import { parseDockerSize } from "../dockerfile/simulate/size";
import { diffLines } from "../workspace/diff";
import { diffPages, type HunkRow } from "../workspace/diff-hunks";
import type { Inline } from "./markdown-types";
import type { Lesson } from "./types";

/** One side of the size slide: a size the course measured. */
export interface MeasuredSide {
  /** The compare section's label (`Single-stage`). */
  label: string;
  /** As `docker image ls` printed it (`303MB`). */
  size: string;
  /** The same in bytes (decimal units, as Docker prints them), for bars drawn to scale. */
  bytes: number;
}

/** One slide. `id` is stable and unique in the list: the presenter keeps it in the address (`#diff`). */
export type PresenterSlide =
  /** The lesson's number, title and objectives. */
  | { kind: "title"; id: string }
  /** The lesson's hook: the measured before/after sizes, with where they come from. */
  | { kind: "sizes"; id: string; before: MeasuredSide; after: MeasuredSide; source: Inline[] }
  /** One annotation (index into the lesson's annotations), its lines highlighted in the code. */
  | { kind: "annotation"; id: string; index: number }
  /** One page of the compare section's diff, only the changed parts, large. `page` is 1-based. */
  | { kind: "diff"; id: string; beforeLabel: string; afterLabel: string; page: number; pages: number; rows: HunkRow[] }
  /** The lesson's Dockerfile against the one on screen now (for a lesson without a comparison). */
  | { kind: "edits"; id: string }
  /** The stage graph of the Dockerfile on screen. */
  | { kind: "graph"; id: string };

/** How the diff slides cut the comparison: a line of context, at most 16 rows a slide (readable at 1280x720). */
export const DIFF_SLIDE_ROWS = { context: 1, maxRows: 16 };

function measured(side: { label: string; size: string | null }): MeasuredSide | null {
  const bytes = side.size === null ? null : parseDockerSize(side.size);
  return side.size !== null && bytes !== null && bytes > 0 ? { label: side.label, size: side.size, bytes } : null;
}

/**
 * A lesson's slides: the title; the measured sizes when the lesson has both (the hook); one
 * slide per annotation; the comparison's changes, a page per slide (or the live edits without
 * a comparison); the stage graph.
 */
export function presenterSlides(lesson: Pick<Lesson, "annotations" | "compare">): PresenterSlide[] {
  const slides: PresenterSlide[] = [{ kind: "title", id: "title" }];
  const { compare } = lesson;
  const before = compare && measured(compare.before);
  const after = compare && measured(compare.after);
  if (compare && before && after) slides.push({ kind: "sizes", id: "sizes", before, after, source: compare.source });
  lesson.annotations.forEach((annotation, index) => slides.push({ kind: "annotation", id: annotation.id, index }));
  if (compare) {
    const pages = diffPages(diffLines(compare.before.text, compare.after.text), DIFF_SLIDE_ROWS);
    pages.forEach((rows, i) =>
      slides.push({ kind: "diff", id: i === 0 ? "diff" : `diff-${i + 1}`, beforeLabel: compare.before.label, afterLabel: compare.after.label, page: i + 1, pages: pages.length, rows }),
    );
  } else slides.push({ kind: "edits", id: "diff" });
  slides.push({ kind: "graph", id: "graph" });
  return slides;
}
