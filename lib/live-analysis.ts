/**
 * Transitional: the panels' data shape the simulation and graph components still read,
 * until they take the workspace model's AnalysisModel directly.
 */
import type { Analysis } from "./dockerfile/analysis/types";
import type { StageExplanation } from "./dockerfile/explain";
import type { StageGraphLayout } from "./stage-graph";
import type { LineSpan } from "./workspace/annotations";
import type { AnalysisModel } from "./workspace/types";

/** The analysis part of the model with every panel present. */
export interface LivePanels {
  text: string;
  target: string | null;
  analysis: Analysis;
  graph: StageGraphLayout;
  explanations: StageExplanation[];
  stageSpans: LineSpan[];
  annotationSpans: (LineSpan | null)[];
  stageNames: string[];
}

/** The model as LivePanels (absent panels empty). */
export function asLivePanels(model: AnalysisModel): LivePanels {
  return {
    text: model.for.text,
    target: model.for.target,
    analysis: model.analysis,
    graph: model.graph ?? { nodes: [], edges: [], width: 0, height: 0 },
    explanations: model.explanations ?? [],
    stageSpans: model.stageSpans,
    annotationSpans: model.annotationSpans,
    stageNames: model.stageNames,
  };
}
