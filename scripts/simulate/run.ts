/** Simulates one Dockerfile from disk, as the CLI and the coverage script do. */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { analyzeDockerfile } from "../../lib/dockerfile/analysis/analyze";
import { parseDockerfile } from "../../lib/dockerfile/parser/parse";
import { simulateBuild, simulationAnalysisOptions, type SimulateOptions } from "../../lib/dockerfile/simulate";
import { viewSimulation } from "../../lib/workspace/simulation-view";
import { readContext } from "./context";
import { simulationReport, type SimulationReport } from "./report";

export interface SimulateFileOptions extends Omit<SimulateOptions, "contextFiles" | "dockerignore"> {
  /** The build context directory (default: the Dockerfile's folder); null for none (every COPY from it is unknown). */
  context?: string | null;
}

/** Simulates `file` and reports it. `<Dockerfile>.dockerignore` in its folder wins over the context's `.dockerignore`, as BuildKit's dockerui does. */
export function simulateFile(file: string, options: SimulateFileOptions = {}): SimulationReport {
  const text = readFileSync(file, "utf8");
  const { context, ...rest } = options;
  const sim: SimulateOptions = { ...rest };
  const dir = context === undefined ? dirname(file) : context;
  if (dir !== null) sim.contextFiles = readContext(dir).files;
  const own = `${file}.dockerignore`;
  if (existsSync(own)) sim.dockerignore = readFileSync(own, "utf8");
  else if (dir !== null && existsSync(join(dir, ".dockerignore"))) sim.dockerignore = readFileSync(join(dir, ".dockerignore"), "utf8");
  const parsed = parseDockerfile(text);
  const result = simulateBuild(parsed, analyzeDockerfile(parsed, simulationAnalysisOptions(sim)), sim);
  return simulationReport(file, viewSimulation(result), result.image?.base ?? null, result);
}
