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
import { finalRunVerdict } from "../run/final-verdict";
import { definitionStop, imageStop, stepStop } from "./stop";
import { contextDockerignore } from "../build-context";
import { buildkitLog, imageLsOf, legacyLog, LOGS_NOTICE, type LogContext } from "./logs";
import { fakeHex, formatDockerSize } from "./size";
import { simulateStage, type StageRun } from "./stage";
import { COURSE_ALPINE, factsOf, IMAGES_DATA, resolveImage, type DataSource } from "../catalog";
import type { ApproximatePart, BuildSimulation, BuildStop, MissingPart, SimulatedImage, SimulateOptions, UsedFigure } from "./types";

export type * from "./types";
export type { LayerApproximation, LayerPart, LeftBehindItem, LogsNotice, SizeReason, StageName, TreeNote } from "./reasons";
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
    figures: [],
    run: null,
    stop: null,
    notReached: [],
  };
}

/** The parts of the image (its chain of stages, base first) with no size, and those with an approximate one. */
function partsOf(runs: StageRun[], chain: number[]): { missing: MissingPart[]; approximate: ApproximatePart[] } {
  const missing: MissingPart[] = [];
  const approximate: ApproximatePart[] = [];
  const root = runs[chain[0] as number];
  if (root) {
    const { base } = root.sim;
    if (base.bytes === null && base.reason) missing.push({ kind: "base", stage: root.name, ref: base.ref, reason: base.reason });
    else if (base.approximate && base.resolution) approximate.push({ kind: "base", stage: root.name, ref: base.ref, resolution: base.resolution });
  }
  for (const k of chain) {
    const run = runs[k];
    if (!run) continue;
    for (const l of run.layers) {
      if (l.bytes === null) missing.push({ kind: "layer", stage: run.name, line: l.line, what: l.what, reasons: l.reasons });
      if (l.approximations.length > 0) approximate.push({ kind: "layer", stage: run.name, line: l.line, what: l.what, approximations: l.approximations });
    }
  }
  return { missing, approximate };
}

/** Every figure the stages used, each once, in order of first use: base images first, then the layers'. */
function figuresOf(runs: StageRun[], options: SimulateOptions): UsedFigure[] {
  const out = new Map<string, UsedFigure>();
  for (const r of runs) {
    const { base } = r.sim;
    if (base.stage !== null || !base.catalogId || out.has(base.catalogId) || !base.resolution) continue;
    if (base.resolution.by === "course") {
      out.set(base.catalogId, { kind: "catalog", id: base.catalogId, entry: COURSE_ALPINE, approximations: [] });
      continue;
    }
    if (base.resolution.by === "scratch") continue;
    const res = resolveImage(base.ref, options.calibration ? { calibration: options.calibration } : {});
    const e = res.entry;
    const printed = e?.onDisk?.printed ?? e?.statedSize?.printed ?? null;
    const sources: DataSource[] = res.sources.length > 0 ? res.sources : (e?.sources.map((i) => IMAGES_DATA.sources[i]).filter((x): x is DataSource => x !== undefined) ?? []);
    out.set(base.catalogId, { kind: "image", id: base.catalogId, resolution: base.resolution, bytes: res.bytes, printed, sizeKind: e?.onDisk ? "on-disk" : e?.statedSize ? "unstated" : null, sources });
  }
  for (const r of runs) for (const l of r.layers) for (const f of l.figures) if (!out.has(f.id)) out.set(f.id, f);
  return [...out.values()];
}

/** Where the build stops and what it never reaches. */
function stopOf(document: DockerfileDocument, analysis: Analysis, runs: StageRun[], seed: string): { stop: BuildStop | null; notReached: { stage: number; line: number }[] } {
  const fromLine = (j: number) => document.stages[j]?.instructions[0]?.line ?? 1;
  if (analysis.error !== null) return { stop: definitionStop(analysis.error), notReached: document.stages.map((_, j) => ({ stage: j, line: fromLine(j) })) };
  let stop = imageStop(analysis, document);
  if (!stop) {
    const failing = analysis.buildkitStages.filter((j) => runs[j]?.failure).sort((a, b) => a - b)[0];
    if (failing !== undefined) stop = stepStop(runs[failing]?.failure as NonNullable<StageRun["failure"]>, failing, seed);
  }
  if (!stop || stop.stage === null) return { stop, notReached: [] };
  // The failing step onwards, and every stage BuildKit builds that needs the failing one.
  const notReached = [{ stage: stop.stage, line: stop.line ?? fromLine(stop.stage) }];
  const blocked = new Set([stop.stage]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of analysis.edges) {
      if (blocked.has(e.from) && !blocked.has(e.to) && analysis.buildkitStages.includes(e.to)) {
        blocked.add(e.to);
        notReached.push({ stage: e.to, line: e.kind === "from" ? fromLine(e.to) : e.line });
        changed = true;
      }
    }
  }
  return { stop, notReached };
}

function simulate(document: DockerfileDocument, analysis: Analysis, options: SimulateOptions): BuildSimulation {
  const dockerignore = contextDockerignore(options) ?? "";
  const runs: StageRun[] = [];
  for (const info of analysis.stages) runs.push(simulateStage(info, { document, analysis, options, dockerignore, runs }));
  if (analysis.target === null || !runs[analysis.target]) {
    const sim = emptySimulation(analysis.error);
    sim.stages = runs.map((r) => r.sim);
    if (analysis.error !== null) {
      const stopped = stopOf(document, analysis, runs, fakeHex(document.text, 16));
      Object.assign(sim, stopped);
      const ctx: LogContext = { document, runs, analysis, options, dockerignore, imageId: "", seed: "", error: analysis.error, stop: stopped.stop };
      sim.logs = { buildkit: buildkitLog(ctx), legacy: legacyLog(ctx), notice: LOGS_NOTICE };
    }
    return sim;
  }

  const target = analysis.target;
  const chain = chainOf(analysis, target);
  for (const k of chain) (runs[k] as StageRun).sim.inFinalImage = true;
  const finalRun = runs[target] as StageRun;
  const seed = fakeHex(JSON.stringify([document.text, options.target ?? "", options.buildArgs ?? {}, options.contextFiles?.map((f) => [f.path, f.size]) ?? null]), 16);
  const imageId = fakeHex(`${seed}|image`, 64);
  const { totalBytes: bytes, lowerBound, unknownTotal, confidence } = finalRun.sim;
  const { missing, approximate } = partsOf(runs, chain);
  const rootRun = runs[chain[0] as number];
  const rootBase = rootRun?.sim.base;
  const image: SimulatedImage = {
    stage: target,
    chain,
    bytes,
    lowerBound,
    estimate: unknownTotal ? null : bytes,
    confidence,
    missing,
    approximate,
    base: rootBase && rootBase.stage === null ? factsOf(resolveImage(rootBase.ref, options.calibration ? { calibration: options.calibration } : {})) : null,
    display: unknownTotal ? "unknown" : `${lowerBound ? "≥ " : ""}${formatDockerSize(bytes)}`,
    tree: buildTree(finalRun.state),
  };
  const catalogIds = new Set<string>();
  for (const r of runs) {
    if (r.sim.base.catalogId) catalogIds.add(r.sim.base.catalogId);
    for (const l of r.layers) for (const id of l.catalogIds) catalogIds.add(id);
  }
  // Steps of the final image's stages that may have written files the model cannot list.
  const unlistedWrites = chain.some((i) => runs[i]?.layers.some((l) => l.kind === "run" && l.reasons.length > 0));
  const { stop, notReached } = stopOf(document, analysis, runs, fakeHex(`${seed}|ref`, 50));
  const run = stop === null ? finalRunVerdict({ document, analysis, target, state: finalRun.state, tree: image.tree, unlistedWrites, ...(options.buildArgs ? { buildArgs: options.buildArgs } : {}) }) : null;
  const logContext: LogContext = { document, runs, analysis, options, dockerignore, imageId, seed, error: analysis.error, stop, notReachedLines: notReached };
  return {
    simulated: true,
    stages: runs.map((r) => r.sim),
    target,
    image,
    leftBehind: leftBehindOf({ runs, analysis, chain }),
    logs: { buildkit: buildkitLog(logContext), legacy: legacyLog(logContext), notice: LOGS_NOTICE },
    imageLs: stop ? null : imageLsOf(image, options, imageId),
    error: stop?.error ?? null,
    catalogIds: [...catalogIds].sort(),
    figures: figuresOf(runs, options),
    run,
    stop,
    notReached,
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
