/**
 * The analysis part of the workspace model, computed on every edit: one parse, the analysis,
 * and only the panels the surface shows. Loaded by the browser with the first edit.
 */
import { analyzeDockerfile } from "../dockerfile/analysis/analyze";
import { explainStages } from "../dockerfile/explain";
import { parseDockerfile } from "../dockerfile/parser/parse";
import { layoutStageGraph } from "./stage-graph";
import { placeSpan, trackAnnotations } from "./annotation-tracking";
import { groupProblems } from "./problems";
import { analyzeOptions, buildOptions } from "./build-options";
import type { AnalysisModel, AnalysisWork, WorkspaceInput, WorkspaceOptions } from "./types";

/**
 * Parses the text once and computes the analysis part of the model. Never throws. `previous`
 * is the model of the text before this edit: the annotations follow their instructions from it.
 */
export function computeAnalysis(input: WorkspaceInput, options: WorkspaceOptions, previous?: AnalysisModel | null): { model: AnalysisModel; work: AnalysisWork } {
  const document = parseDockerfile(input.text);
  const analysis = analyzeDockerfile(document, analyzeOptions(buildOptions(input, options.build)));
  const annotations = trackAnnotations(document, options.anchors ?? [], previous ? { text: previous.for.text, places: previous.annotations } : null);
  const model: AnalysisModel = {
    for: { text: input.text, target: input.target },
    analysis,
    stageSpans: document.stages.map((s) => ({ line: s.line, endLine: s.endLine })),
    stageNames: analysis.stages.flatMap((s) => (s.name ? [s.name] : [])),
    annotations,
    annotationSpans: annotations.map(placeSpan),
    problems: groupProblems(analysis, document),
    graph: options.panels.graph ? layoutStageGraph(analysis) : null,
    explanations: options.panels.explanations ? explainStages(document, analysis) : null,
  };
  return { model, work: { document, analysis } };
}

