/**
 * The simulation part of the workspace model: the simulated build, made from the parse and
 * the analysis the analysis part already computed. A chunk of its own in the browser (the
 * simulator and its size catalog), loaded after the first pause in typing.
 */
import { simulateBuild } from "../dockerfile/simulate";
import { viewSimulation } from "./simulation-view";
import { buildOptions } from "./build-options";
import type { AnalysisWork, SimulationModel, WorkspaceBuild, WorkspaceInput } from "./types";

/** The simulated build from an analysis already made for the same input. Never throws. */
export function computeSimulation(input: WorkspaceInput, work: AnalysisWork, build: WorkspaceBuild | undefined): SimulationModel {
  const options = buildOptions(input, build);
  return { for: { text: input.text, target: input.target }, view: viewSimulation(simulateBuild(work.document, work.analysis, options), { text: input.text, ...(options.tag ? { tag: options.tag } : {}) }) };
}

