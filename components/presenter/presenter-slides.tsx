import { StageGraph } from "@/components/graph/stage-graph";
import { StaticDiff } from "@/components/diff/static-diff";
import { InlineText } from "@/components/ui/inline-text";
import type { Inline } from "@/lib/course/markdown-types";
import type { Analysis } from "@/lib/dockerfile/analysis/types";
import type { StageGraphLayout } from "@/lib/workspace/stage-graph";
import type { LineSpan } from "@/lib/workspace/annotations";
import type { WorkspaceAnnotation } from "@/components/annotations/annotation-list";

/** The title slide: lesson number, title and objectives. */
export function IntroSlide({ number, title, objectives }: { number: number; title: string; objectives: Inline[][] }) {
  return (
    <section className="mx-auto flex h-full max-w-5xl flex-col justify-center overflow-auto px-10 py-8" aria-label="Title">
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

/** One annotation, beside the editor that highlights its lines. */
export function AnnotationSlide({ annotation, index, count, span }: { annotation: WorkspaceAnnotation; index: number; count: number; span: LineSpan | null }) {
  return (
    <section className="presenter-note min-h-0 overflow-auto px-8 py-8" aria-labelledby="presenter-note-title" data-testid="presenter-annotation">
      <p className="m-0 flex items-center gap-3 text-xl font-semibold text-muted">
        <span aria-hidden="true" className="inline-flex h-10 w-10 items-center justify-center rounded-full bg-accent text-xl font-bold text-white">
          {index + 1}
        </span>
        Annotation {index + 1} of {count}
        {span && <span className="font-mono text-lg">· {span.line === span.endLine ? `line ${span.line}` : `lines ${span.line}–${span.endLine}`}</span>}
      </p>
      <h2 id="presenter-note-title" className="mt-4 text-4xl font-bold leading-tight">
        {annotation.title}
      </h2>
      <p className="mt-5 text-[1.75rem] leading-snug">
        <InlineText nodes={annotation.text} />
      </p>
      {!span && <p className="mt-5 text-2xl text-muted">The lines this explains are no longer in the Dockerfile. Press R to reset it.</p>}
    </section>
  );
}

/** The lesson's comparison, or the lesson's Dockerfile against the edited one. */
export function DiffSlide({ before, after, beforeLabel, afterLabel, title }: { before: string; after: string; beforeLabel: string; afterLabel: string; title: string }) {
  return (
    <section className="flex h-full min-h-0 flex-col px-8 py-6" aria-labelledby="presenter-diff-title">
      <h2 id="presenter-diff-title" className="text-3xl font-bold">
        {title}
      </h2>
      <p className="mt-1 text-xl text-muted">Lines marked − are only in the first, lines marked + only in the second.</p>
      <div className="presenter-diff mt-4 min-h-0 flex-1 overflow-auto rounded-xl border border-border bg-[var(--code-bg)] py-3">
        <StaticDiff before={before} after={after} beforeLabel={beforeLabel} afterLabel={afterLabel} />
      </div>
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
