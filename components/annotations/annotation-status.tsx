import type { AnnotationAnchor } from "@/lib/workspace/annotations";
import type { AnnotationPlace } from "@/lib/workspace/annotation-tracking";

/** Where an annotation is, short: `line 25`, `lines 5–7`, `changed`, `removed`. For a badge beside its title. */
export function annotationWhere(place: AnnotationPlace): string {
  if (place.state === "removed") return "removed";
  const lines = place.line === place.endLine ? `line ${place.line}` : `lines ${place.line}–${place.endLine}`;
  return place.state === "changed" ? `changed · ${lines}` : lines;
}

interface AnnotationStatusProps {
  place: AnnotationPlace;
  anchor: AnnotationAnchor;
  /** What brings the text back, as the surface offers it ("Reset", "Press R"). */
  resetHint: string;
  className?: string;
}

/**
 * What became of an annotation's instruction, in a sentence: nothing while it still reads as
 * the annotation explains; "changed: now reads …" when the student edited it so it no longer
 * contains the anchor's text; "removed" once the instruction is gone. Fits any layout: it is
 * one paragraph, or nothing.
 */
export function AnnotationStatus({ place, anchor, resetHint, className = "" }: AnnotationStatusProps) {
  if (place.state === "matched") return null;
  if (place.state === "removed") {
    return (
      <span className={`block ${className}`} data-annotation-state="removed">
        The line this explains is no longer in your Dockerfile. {resetHint} to bring it back.
      </span>
    );
  }
  return (
    <span className={`block ${className}`} data-annotation-state="changed">
      Changed: now reads <code className="inline-code">{place.now}</code>
      {anchor.contains !== undefined && (
        <>
          {" "}
          (this explains <code className="inline-code">{anchor.contains}</code>)
        </>
      )}
      .
    </span>
  );
}
