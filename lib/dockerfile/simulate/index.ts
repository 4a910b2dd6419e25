/**
 * simulateBuild: what each stage makes, what ends up in the final image, how big, and the
 * build log, without a Docker engine. Sizes come from the catalog (../catalog) and from
 * the build-context sizes passed in; what neither knows is reported as unknown with a
 * structured reason (./reasons), and the totals then read as lower bounds. Stage structure
 * (bases, `--from` resolution, which stages each builder runs) comes from analyzeDockerfile,
 * so the simulation and the analyser never disagree about the graph.
 *
 * The phases, one module each: ./stage (a stage's base and layers, with ./run for RUN and
 * ./copy for COPY and ADD, over the file-system model of ./fs-model), ./image (the final
 * image's tree, what is left behind), ./logs (both builders' output, `docker image ls`).
 */
import type { Analysis, AnalyzeOptions } from "../analysis/types";
import type { DockerfileDocument } from "../parser/types";
import { buildTree, chainOf, leftBehindOf } from "./image";
import { contextDockerignore } from "../build-context";
import { buildkitLog, imageLsOf, legacyLog, LOGS_NOTICE, type LogContext } from "./logs";
import { fakeHex, formatDockerSize } from "./size";
import { simulateStage, type StageRun } from "./stage";
import type { BuildSimulation, SimulatedImage, SimulateOptions } from "./types";

export type * from "./types";
export type { LayerPart, LeftBehindItem, LogsNotice, SizeReason, StageName, TreeNote } from "./reasons";
export { fakeHex, formatDockerSize, humanSize } from "./size";
export { handlerFor, RUN_HANDLERS, simulateRun, type RunContext, type RunHandler, type RunResult } from "./run";

function emptySimulation(error: string | null): BuildSimulation {
  return {
    simulated: true,
    stages: [],
    target: null,
    image: null,
    leftBehind: [],
    logs: { buildkit: [], legacy: [], notice: LOGS_NOTICE },
    imageLs: null,
    error,
    catalogIds: [],
  };
}

function simulate(document: DockerfileDocument, analysis: Analysis, options: SimulateOptions): BuildSimulation {
  const dockerignore = contextDockerignore(options) ?? "";
  const runs: StageRun[] = [];
  for (const info of analysis.stages) runs.push(simulateStage(info, { document, analysis, options, dockerignore, runs }));
  if (analysis.target === null || !runs[analysis.target]) {
    const sim = emptySimulation(analysis.error);
    sim.stages = runs.map((r) => r.sim);
    return sim;
  }

  const target = analysis.target;
  const chain = chainOf(analysis, target);
  for (const k of chain) (runs[k] as StageRun).sim.inFinalImage = true;
  const finalRun = runs[target] as StageRun;
  const seed = fakeHex(JSON.stringify([document.text, options.target ?? "", options.buildArgs ?? {}, options.contextFiles?.map((f) => [f.path, f.size]) ?? null]), 16);
  const imageId = fakeHex(`${seed}|image`, 64);
  const { totalBytes: bytes, lowerBound } = finalRun.sim;
  const image: SimulatedImage = {
    stage: target,
    chain,
    bytes,
    lowerBound,
    display: `${lowerBound ? "≥ " : ""}${formatDockerSize(bytes)}`,
    tree: buildTree(finalRun.state),
  };
  const catalogIds = new Set<string>();
  for (const r of runs) {
    if (r.sim.base.catalogId) catalogIds.add(r.sim.base.catalogId);
    for (const l of r.layers) for (const id of l.catalogIds) catalogIds.add(id);
  }
  const logContext: LogContext = { document, runs, analysis, options, dockerignore, imageId, seed, error: analysis.error };
  return {
    simulated: true,
    stages: runs.map((r) => r.sim),
    target,
    image,
    leftBehind: leftBehindOf({ runs, analysis, chain }),
    logs: { buildkit: buildkitLog(logContext), legacy: legacyLog(logContext), notice: LOGS_NOTICE },
    imageLs: analysis.error ? null : imageLsOf(image, options, imageId),
    error: analysis.error,
    catalogIds: [...catalogIds].sort(),
  };
}

/** The analysis options that match a simulation's options (same target, build args, `.dockerignore`). */
export function simulationAnalysisOptions(options: SimulateOptions): AnalyzeOptions {
  const out: AnalyzeOptions = { dockerignore: contextDockerignore(options) ?? "" };
  if (options.target !== undefined) out.target = options.target;
  if (options.buildArgs !== undefined) out.buildArgs = options.buildArgs;
  return out;
}

/**
 * Simulates `docker build` of a Dockerfile, from its parsed document and its analysis (made
 * with the same target, build args and `.dockerignore`): per-stage layers with estimated sizes, the
 * final image and its file tree, what is left behind, both builders' logs and the
 * `docker image ls` row. Plain serialisable data. Never throws.
 */
export function simulateBuild(document: DockerfileDocument, analysis: Analysis, options: SimulateOptions = {}): BuildSimulation {
  try {
    return simulate(document, analysis, options);
  } catch (e) {
    // A bug in the model must not take the page down; the tests assert this path is never taken.
    return emptySimulation(`internal simulator error: ${String(e)}`);
  }
}
