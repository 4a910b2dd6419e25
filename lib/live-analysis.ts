/**
 * Everything the editor's panels show about a Dockerfile, computed in one pass: the analysis,
 * the laid-out stage graph, the stage explanations, the stages' line ranges and where the
 * annotations point. Computed at build time for the lesson's own text (so the panels are
 * static HTML), then in the browser on every edit.
 */
import { resolveAnchor, type AnnotationAnchor, type LineSpan } from "./annotations";
import { analyzeDockerfile } from "./dockerfile/analyze";
import type { Analysis } from "./dockerfile/analyze-types";
import { explainStages, type StageExplanation } from "./dockerfile/explain";
import { parseDockerfile } from "./dockerfile/parse";
import { layoutStageGraph, type StageGraphLayout } from "./stage-graph";

/** The panels' data for one text and target. */
export interface LiveAnalysis {
  /** The text it was computed from. */
  text: string;
  /** The `--target` asked for, or null for the default (the last stage). */
  target: string | null;
  analysis: Analysis;
  graph: StageGraphLayout;
  explanations: StageExplanation[];
  /** Each stage's lines, 1-based, by stage index. */
  stageSpans: LineSpan[];
  /** Where each annotation anchor points now, or null once its instruction is gone. */
  annotationSpans: (LineSpan | null)[];
  /** Named stages, for the Target control. */
  stageNames: string[];
}

/** Analyses a text for the panels. Never throws (the analyser never does). */
export function analyzeLive(text: string, target: string | null, anchors: AnnotationAnchor[] = []): LiveAnalysis {
  const parsed = parseDockerfile(text);
  const analysis = analyzeDockerfile(text, target === null ? {} : { target });
  return {
    text,
    target,
    analysis,
    graph: layoutStageGraph(analysis),
    explanations: explainStages(parsed, analysis),
    stageSpans: parsed.stages.map((s) => ({ line: s.line, endLine: s.endLine })),
    annotationSpans: anchors.map((anchor) => resolveAnchor(parsed, anchor)),
    stageNames: analysis.stages.flatMap((s) => (s.name ? [s.name] : [])),
  };
}
