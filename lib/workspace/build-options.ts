/** The `docker build` options a workspace input stands for: the target, and the project's files and tag. */
import type { AnalyzeOptions } from "../dockerfile/analysis/types";
import { contextDockerignore } from "../dockerfile/build-context";
import type { SimulateOptions } from "../dockerfile/simulate";
import type { WorkspaceBuild, WorkspaceInput } from "./types";

/** The options of `docker build` the workspace models: the target and the project's `.dockerignore`. */
export function buildOptions(input: WorkspaceInput, build: WorkspaceBuild | undefined): SimulateOptions {
  const options: SimulateOptions = {};
  if (input.target !== null) options.target = input.target;
  if (build?.contextFiles) options.contextFiles = build.contextFiles;
  if (build?.tag) options.tag = build.tag;
  if (build?.calibration) options.calibration = build.calibration;
  return options;
}

export function analyzeOptions(simulate: SimulateOptions): AnalyzeOptions {
  const options: AnalyzeOptions = {};
  if (simulate.target !== undefined) options.target = simulate.target;
  const dockerignore = contextDockerignore(simulate);
  if (dockerignore !== undefined) options.dockerignore = dockerignore;
  return options;
}

