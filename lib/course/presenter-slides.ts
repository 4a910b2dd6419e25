/**
 * The presenter view's slides as data: an array of descriptors built from the lesson at
 * build time. The presenter renders whatever this list holds, in order, so the slides of a
 * lesson can change (the walkthrough's steps, later) without touching the presenter.
 */
import { parseDockerSize } from "../dockerfile/simulate/size";
import { diffLines } from "../workspace/diff";
import { diffPages, type HunkRow } from "../workspace/diff-hunks";
import type { Block, Inline } from "./markdown-types";
import type { Lesson, LessonStep } from "./types";

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
  /**
   * One step of the walkthrough: its title and prose beside its Dockerfile, the lines its edit
   * added or changed emphasised. `number` and `count` are 1-based / the number of steps.
   */
  | {
      kind: "step";
      id: string;
      number: number;
      count: number;
      title: string;
      body: Block[];
      /** The Dockerfile at this step (after its edit). */
      text: string;
      /** 1-based lines of `text` that this step's edit added or changed (none for the first step, or a step with no edit). */
      changed: number[];
      /** The edit, as the lesson's Apply button names it (`Add AS build`); absent for a step with no edit. */
      apply?: Inline[];
      /** The step's predict-then-reveal question, to ask the class. */
      question?: Inline[];
    }
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

/** The ids the presenter's own slides use; a step with one of these ids gets `step-<id>`. */
const FIXED_IDS = new Set(["title", "sizes", "diff", "graph"]);

/** 1-based lines of `after` that are new or changed against `before`. */
function changedLines(before: string, after: string): number[] {
  return diffLines(before, after).flatMap((line) => (line.kind === "added" && line.newLine !== null ? [line.newLine] : []));
}

/** The walkthrough's steps as slides, each with the lines its edit changed. */
function stepSlides(steps: readonly LessonStep[]): PresenterSlide[] {
  return steps.map((step, i) => {
    const previous = steps[i - 1];
    const id = FIXED_IDS.has(step.id) || /^diff-\d+$/.test(step.id) ? `step-${step.id}` : step.id;
    return {
      kind: "step",
      id,
      number: step.number,
      count: steps.length,
      title: step.title,
      body: step.body,
      text: step.text,
      changed: previous ? changedLines(previous.text, step.text) : [],
      ...(step.apply ? { apply: step.apply } : {}),
      ...(step.predict ? { question: step.predict.question } : {}),
    };
  });
}

/**
 * A lesson's slides: the title; the measured sizes when the lesson has both (the hook); the
 * walkthrough's steps, if any; one slide per annotation of the finished Dockerfile; the
 * comparison's changes, a page per slide (or the live edits without a comparison); the graph.
 */
export function presenterSlides(lesson: Pick<Lesson, "annotations" | "compare"> & { steps?: readonly LessonStep[] }): PresenterSlide[] {
  const slides: PresenterSlide[] = [{ kind: "title", id: "title" }];
  const { compare } = lesson;
  const before = compare && measured(compare.before);
  const after = compare && measured(compare.after);
  if (compare && before && after) slides.push({ kind: "sizes", id: "sizes", before, after, source: compare.source });
  // The steps build the Dockerfile; the annotations then walk through the finished one, line
  // by line (a recap the instructor can skip: D jumps to the changes).
  slides.push(...stepSlides(lesson.steps ?? []));
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
