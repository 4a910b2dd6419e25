/**
 * Everything the editor's panels show about a Dockerfile, computed in one pass: the analysis,
 * the laid-out stage graph, the stage explanations, the stages' line ranges and where the
 * annotations point, and the simulated build (sizes, file tree, logs). Computed at build time for the lesson's own text (so the panels are
 * static HTML), then in the browser on every edit.
 */
import { resolveAnchor, type AnnotationAnchor, type LineSpan } from "./workspace/annotations";
import { analyzeDockerfile } from "./dockerfile/analysis/analyze";
import type { Analysis } from "./dockerfile/analysis/types";
import { explainStages, type StageExplanation } from "./dockerfile/explain";
import { parseDockerfile } from "./dockerfile/parser/parse";
import type { ContextFile } from "./dockerfile/simulate";
import { simulateForPanels, type SimulationView } from "./simulation-view";
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
  /** The simulated build for the target: sizes, the final image's files, the logs (no Docker engine runs). */
  simulation: SimulationView;
}

/** What the simulated build knows about the project around the Dockerfile. */
export interface LiveBuildOptions {
  /** The build context (the lesson's project files); absent: `COPY` from the context "depends on your project". */
  contextFiles?: ContextFile[];
  /** `-t` for the simulated log and `docker image ls` row. */
  tag?: string;
}

/** Everything but the simulation: what must follow every keystroke. */
export type LivePanels = Omit<LiveAnalysis, "simulation">;

/** The analysis, graph, explanations and anchors of a text. Never throws (the analyser never does). */
export function analyzePanels(text: string, target: string | null, anchors: AnnotationAnchor[] = []): LivePanels {
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

/** Analyses a text for the panels, simulated build included. Never throws. */
export function analyzeLive(text: string, target: string | null, anchors: AnnotationAnchor[] = [], build: LiveBuildOptions = {}): LiveAnalysis {
  return { ...analyzePanels(text, target, anchors), simulation: simulateForPanels(text, { ...build, ...(target === null ? {} : { target }) }) };
}
