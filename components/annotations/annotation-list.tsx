"use client";
import { useId } from "react";
import { InlineText } from "@/components/ui/inline-text";
import type { Inline } from "@/lib/course/markdown-types";
import type { AnnotationAnchor, LineSpan } from "@/lib/workspace/annotations";
import type { AnnotationPlace } from "@/lib/workspace/annotation-tracking";
import { AnnotationStatus, annotationWhere } from "./annotation-status";

/** An annotation as the workspace needs it. */
export interface WorkspaceAnnotation {
  id: string;
  title: string;
  text: Inline[];
  anchor: AnnotationAnchor;
}

interface AnnotationListProps {
  annotations: WorkspaceAnnotation[];
  /** Where each annotation points in the current text, or null once its line is gone. */
  spans: (LineSpan | null)[];
  /** What became of each annotation's instruction (changed, removed); without it, a null span reads as removed. */
  places?: AnnotationPlace[];
  /** The annotation whose lines hold the cursor, or -1. */
  activeIndex: number;
  /** Shows the annotation's lines in the editor. */
  onChoose(span: LineSpan): void;
}

/** The lesson's annotations, numbered, each a button that shows its lines. */
export function AnnotationList({ annotations, spans, places, activeIndex, onChoose }: AnnotationListProps) {
  const heading = useId();
  return (
    <div className="min-w-0">
      <h3 id={heading} className="text-lg font-bold">
        Annotations
      </h3>
      <ol aria-labelledby={heading} className="mt-2 space-y-2">
        {annotations.map((annotation, i) => {
          const span = spans[i] ?? null;
          const place: AnnotationPlace = places?.[i] ?? (span ? { state: "matched", ...span } : { state: "removed", at: null });
          const current = i === activeIndex;
          return (
            <li key={annotation.id}>
              <button
                type="button"
                aria-current={current ? "true" : undefined}
                aria-disabled={span === null ? "true" : undefined}
                onClick={() => span && onChoose(span)}
                className={`block w-full rounded-lg border p-3 text-left transition-colors ${
                  current ? "border-[var(--code-highlight-border)] bg-[var(--code-highlight)]" : "border-border bg-surface hover:border-accent"
                } ${span === null ? "opacity-70" : ""}`}
              >
                <span className="flex items-baseline gap-2">
                  <span aria-hidden="true" className="inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-accent text-xs font-bold text-white">
                    {i + 1}
                  </span>
                  <span className="font-semibold">{annotation.title}</span>
                  <span className="ml-auto shrink-0 font-mono text-xs text-muted">{annotationWhere(place)}</span>
                </span>
                <span className="mt-1 block text-sm leading-relaxed">
                  <InlineText nodes={annotation.text} />
                </span>
                <AnnotationStatus place={place} anchor={annotation.anchor} resetHint="Reset" className="mt-1 text-sm text-muted" />
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
