import { AnnotationStatus, annotationWhere } from "@/components/annotations/annotation-status";
import type { WorkspaceAnnotation } from "@/components/annotations/annotation-list";
import { StageGraph } from "@/components/graph/stage-graph";
import { LessonProse } from "@/components/lesson/lesson-prose";
import { InlineText } from "@/components/ui/inline-text";
import type { Inline } from "@/lib/course/markdown-types";
import type { MeasuredSide, PresenterSlide } from "@/lib/course/presenter-slides";
import type { Analysis } from "@/lib/dockerfile/analysis/types";
import type { AnnotationPlace } from "@/lib/workspace/annotation-tracking";
import type { HunkRow } from "@/lib/workspace/diff-hunks";
import type { StageGraphLayout } from "@/lib/workspace/stage-graph";
import { HunkTable } from "./presenter-diff";

/** The title slide: lesson number, title and objectives. */
export function IntroSlide({ number, title, objectives }: { number: number; title: string; objectives: Inline[][] }) {
  return (
    <section className="mx-auto flex h-full max-w-5xl flex-col justify-center overflow-auto px-10 py-8" aria-label="Title" tabIndex={0}>
      <p className="m-0 text-2xl font-semibold text-muted">Lesson {number}</p>
      <p className="m-0 mt-2 text-6xl font-extrabold leading-tight tracking-tight">{title}</p>
      <h2 className="mt-10 text-3xl font-bold">In this lesson you will</h2>
      <ul className="mt-4 list-disc space-y-3 pl-10 text-3xl leading-snug">
        {objectives.map((objective, i) => (
          <li key={i}>
            <InlineText nodes={objective} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How many times smaller, as a whole number when it is large (`36×`), else to one decimal (`2.5×`). */
function timesSmaller(before: number, after: number): string {
  const ratio = before / after;
  return ratio >= 10 ? `${Math.floor(ratio)}` : ratio.toFixed(1);
}

/** The lesson's hook: the two measured sizes, huge, with bars to scale and where the figures come from. */
export function SizesSlide({ before, after, source }: { before: MeasuredSide; after: MeasuredSide; source: Inline[] }) {
  const largest = Math.max(before.bytes, after.bytes);
  const sides = [
    { side: before, tone: "bg-danger", text: "text-[var(--diff-del-text)]" },
    { side: after, tone: "bg-success", text: "text-[var(--diff-add-text)]" },
  ];
  return (
    <section className="mx-auto flex h-full w-full max-w-6xl flex-col justify-center overflow-auto px-10 py-8" aria-labelledby="presenter-sizes-title" data-testid="presenter-sizes" tabIndex={0}>
      <h2 id="presenter-sizes-title" className="text-3xl font-bold text-muted">
        The same program, two images
      </h2>
      <p className="m-0 mt-4 flex flex-wrap items-baseline gap-x-8 font-mono text-8xl font-extrabold tracking-tight" data-testid="presenter-size-headline">
        <span className={sides[0]?.text}>{before.size}</span>
        <span aria-hidden="true" className="text-6xl text-muted">
          →
        </span>
        <span className="sr-only">to</span>
        <span className={sides[1]?.text}>{after.size}</span>
      </p>
      <dl className="mt-10 space-y-6">
        {sides.map(({ side, tone }) => (
          <div key={side.label} className="grid grid-cols-[16rem_minmax(0,1fr)_auto] items-center gap-x-6 text-3xl">
            <dt className="font-semibold">{side.label}</dt>
            <dd className="h-8 rounded bg-surface-2" aria-hidden="true">
              <span className={`block h-8 rounded ${tone}`} style={{ width: `${(side.bytes / largest) * 100}%`, minWidth: "6px" }} />
            </dd>
            <dd className="font-mono font-bold">{side.size}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-8 text-3xl font-semibold">
        About {timesSmaller(before.bytes, after.bytes)} times smaller.
      </p>
      <p className="mt-6 text-xl text-muted">
        <InlineText nodes={source} />
      </p>
    </section>
  );
}

interface AnnotationSlideProps {
  annotation: WorkspaceAnnotation;
  index: number;
  count: number;
  /** Where the annotation is in the Dockerfile on screen: its instruction, changed or removed. */
  place: AnnotationPlace;
}

/** One annotation, beside the code that highlights its lines. */
export function AnnotationSlide({ annotation, index, count, place }: AnnotationSlideProps) {
  return (
    // Focusable, as every slide that may scroll: a keyboard user must be able to scroll it (axe: scrollable-region-focusable).
    <section className="presenter-note min-h-0 overflow-auto px-8 py-8" aria-labelledby="presenter-note-title" data-testid="presenter-annotation" tabIndex={0}>
      <p className="m-0 flex flex-wrap items-center gap-x-3 gap-y-1 text-xl font-semibold text-muted">
        <span aria-hidden="true" className="inline-flex h-10 w-10 items-center justify-center rounded-full bg-accent text-xl font-bold text-white">
          {index + 1}
        </span>
        <span className="whitespace-nowrap">Annotation {index + 1} of {count}</span>
        <span className="whitespace-nowrap font-mono text-lg">· {annotationWhere(place)}</span>
      </p>
      <h2 id="presenter-note-title" className="mt-4 text-4xl font-bold leading-tight">
        {annotation.title}
      </h2>
      <p className="mt-5 text-[1.75rem] leading-snug">
        <InlineText nodes={annotation.text} />
      </p>
      <AnnotationStatus place={place} anchor={annotation.anchor} resetHint="Press R" className="mt-5 text-2xl text-muted" />
    </section>
  );
}

/** An inline run's text, without its formatting. */
const plain = (nodes: readonly Inline[]): string => nodes.map((n) => ("text" in n ? n.text : "children" in n ? plain(n.children) : "")).join("");

/**
 * One walkthrough step, beside its Dockerfile (changed lines emphasised there): the step's
 * number, title, the edit it makes, its prose and the question to ask the class.
 */
export function StepSlide({ step, edited }: { step: Extract<PresenterSlide, { kind: "step" }>; edited: boolean }) {
  return (
    <section className="presenter-note min-h-0 overflow-auto px-8 py-6" aria-labelledby="presenter-step-title" data-testid="presenter-step" tabIndex={0}>
      <p className="m-0 flex flex-wrap items-center gap-x-3 gap-y-1 text-xl font-semibold text-muted">
        <span aria-hidden="true" className="inline-flex h-10 w-10 items-center justify-center rounded-full bg-accent text-xl font-bold text-white">
          {step.number}
        </span>
        <span className="whitespace-nowrap">
          Step {step.number} of {step.count}
        </span>
      </p>
      <h2 id="presenter-step-title" className="mt-3 text-4xl font-bold leading-tight">
        {step.title}
      </h2>
      {/* The edit, unless the title already says it ("Copy only the binary"). */}
      {step.apply && plain(step.apply) !== step.title && (
        <p className="mt-3 mb-0 inline-block rounded-md border-l-8 border-success bg-[var(--diff-add-bg)] px-4 py-1.5 text-2xl font-semibold text-[var(--diff-add-text)]" data-testid="presenter-step-edit">
          <span className="sr-only">The change: </span>
          <span aria-hidden="true">+ </span>
          <InlineText nodes={step.apply} />
        </p>
      )}
      {edited && <p className="mt-3 mb-0 text-xl text-muted">The code on the left is edited live; R brings back this step&apos;s Dockerfile.</p>}
      {/* The question first: it is what the room answers; the prose below is the explanation. */}
      {step.question && (
        <aside className="mt-4 rounded-lg border-l-8 border-accent bg-accent-soft px-5 py-3 text-2xl" aria-label="Ask the class">
          <p className="m-0 font-bold">Ask the class</p>
          <p className="m-0 mt-1">
            <InlineText nodes={step.question} />
          </p>
        </aside>
      )}
      <div className="presenter-step-prose mt-2">
        <LessonProse blocks={step.body} />
      </div>
    </section>
  );
}

interface DiffSlideProps {
  title: string;
  rows: HunkRow[];
  beforeLabel: string;
  afterLabel: string;
  /** `Change 1 of 2`, when the changes take several slides. */
  part: string | null;
}

/** The changed parts of a comparison, large; unchanged lines folded. */
export function DiffSlide({ title, rows, beforeLabel, afterLabel, part }: DiffSlideProps) {
  return (
    <section className="flex h-full min-h-0 flex-col px-8 py-5" aria-labelledby="presenter-diff-title">
      <h2 id="presenter-diff-title" className="flex flex-wrap items-baseline gap-x-4 text-3xl font-bold">
        {title}
        {part && <span className="text-xl font-semibold text-muted">{part}</span>}
      </h2>
      <p className="mt-1 mb-3 text-xl text-muted">− only in the {beforeLabel.toLowerCase()} version, + only in the {afterLabel.toLowerCase()} one.</p>
      {rows.length > 0 ? (
        <HunkTable rows={rows} beforeLabel={beforeLabel} afterLabel={afterLabel} />
      ) : (
        <p className="text-2xl">No changes yet: edit the Dockerfile (E) and they show here.</p>
      )}
    </section>
  );
}

/** The stage graph, following the editor. */
export function GraphSlide({ graph, analysis, onSelectStage }: { graph: StageGraphLayout; analysis: Analysis; onSelectStage(index: number): void }) {
  return (
    <section className="presenter-graph min-h-0 overflow-auto px-6 py-6" aria-labelledby="presenter-graph-title">
      <h2 id="presenter-graph-title" className="text-3xl font-bold">
        The stages
      </h2>
      <p className="mt-1 mb-4 text-xl text-muted">Follows the editor as you type.</p>
      <StageGraph graph={graph} analysis={analysis} activeStage={null} onSelectStage={onSelectStage} />
    </section>
  );
}
