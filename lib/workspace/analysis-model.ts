/**
 * The analysis part of the workspace model, computed on every edit: one parse, the analysis,
 * and only the panels the surface shows. Loaded by the browser with the first edit.
 */
import { analyzeDockerfile } from "../dockerfile/analysis/analyze";
import { explainStages } from "../dockerfile/explain";
import { parseDockerfile } from "../dockerfile/parser/parse";
import { layoutStageGraph } from "./stage-graph";
import { resolveAnchor } from "./annotations";
import { analyzeOptions, buildOptions } from "./build-options";
import type { AnalysisModel, AnalysisWork, WorkspaceInput, WorkspaceOptions } from "./types";

/** Parses the text once and computes the analysis part of the model. Never throws. */
export function computeAnalysis(input: WorkspaceInput, options: WorkspaceOptions): { model: AnalysisModel; work: AnalysisWork } {
  const document = parseDockerfile(input.text);
  const analysis = analyzeDockerfile(document, analyzeOptions(buildOptions(input, options.build)));
  const model: AnalysisModel = {
    for: { text: input.text, target: input.target },
    analysis,
    stageSpans: document.stages.map((s) => ({ line: s.line, endLine: s.endLine })),
    stageNames: analysis.stages.flatMap((s) => (s.name ? [s.name] : [])),
    annotationSpans: (options.anchors ?? []).map((anchor) => resolveAnchor(document, anchor)),
    graph: options.panels.graph ? layoutStageGraph(analysis) : null,
    explanations: options.panels.explanations ? explainStages(document, analysis) : null,
  };
  return { model, work: { document, analysis } };
}

