import { resolveAnchor, type AnnotationAnchor, type LineSpan } from "./annotations";
import { parseDockerfile } from "./dockerfile/parse";

/** Where each anchor points in the given text: a span, or null once its instruction is gone. */
export function resolveAnnotationSpans(text: string, anchors: AnnotationAnchor[]): (LineSpan | null)[] {
  const parsed = parseDockerfile(text);
  return anchors.map((anchor) => resolveAnchor(parsed, anchor));
}
