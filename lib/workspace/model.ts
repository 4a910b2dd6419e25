/**
 * The workspace model: everything the panels around a Dockerfile show, computed from one
 * parse of the text. Pure: the same functions run at build time (so the static page already
 * shows the panels) and in the browser on every edit (scheduled by useWorkspaceModel). A
 * surface asks only for the panels it shows, so nothing is computed that nobody sees.
 */
import { computeAnalysis } from "./analysis-model";
import { computeSimulation } from "./simulation-model";
import type { WorkspaceInput, WorkspaceModel, WorkspaceOptions } from "./types";

/** The whole model in one go: what a build-time page renders. */
export function computeWorkspaceModel(input: WorkspaceInput, options: WorkspaceOptions): WorkspaceModel {
  const { model, work } = computeAnalysis(input, options);
  return { analysis: model, simulation: options.panels.simulation ? computeSimulation(input, work, options.build) : null };
}
export { ALL_PANELS, PRESENTER_PANELS, PROBLEMS_ONLY, isFor } from "./types";
export type * from "./types";
