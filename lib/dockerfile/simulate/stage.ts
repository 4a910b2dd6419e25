/**
 * One stage: its base (a catalog image, or an earlier stage's simulated state) and the
 * layer each of its instructions makes.
 */
import type { Analysis, StageInfo } from "../analysis/types";
import { COURSE_ALPINE, entryPackages, entryRelease, FHS, FHS_SOURCE, listFor, resolveImage, type ImageResolution, type SystemPackages } from "../catalog";
import { METADATA_INSTRUCTIONS } from "../instructions";
import { argPairs, splitWords, unquote } from "../parser/lex";
import type { DockerfileDocument, Instruction, InstructionDetail } from "../parser/types";
import { runScript } from "../shell/commands";
import { expandWord } from "../shell/expand";
import { stageLabel } from "../stages";
import { copyFromContext, copyFromStage } from "./copy";
import { addNode, cloneState, emptyState, resolvePath, type StageState } from "./fs-model";
import { vertexText } from "./logs";
import type { LayerPart, SizeReason, StageName } from "./reasons";
import { simulateRun } from "./run";
import { runFailure, type StepFailure } from "./stop";
import type { BaseResolution, LayerKind, SimulatedBase, SimulatedLayer, SimulatedStage, SimulateOptions, UsedFigure } from "./types";

/**
 * What a RUN asks the shell to do. With heredocs, as BuildKit runs them: a command line that
 * is only the heredoc (or a shell reading it) runs the heredoc's body as the script; any
 * other command reads the body as its input, so only the command line is a command.
 */
function scriptOf(ins: Instruction, detail: InstructionDetail | undefined): string {
  const heredocs = detail?.heredocs ?? [];
  if (detail?.json || heredocs.length === 0) return runScript(ins, detail);
  const line = ins.args.replace(/<<-?(["']?)[A-Za-z0-9_.-]+\1/g, "").trim();
  const shell = /^(?:\/(?:usr\/)?bin\/)?(?:sh|bash|dash|ash)(?:\s+-[a-z]+)*$/.test(line);
  return line === "" || shell ? heredocs.map((h) => h.content).join("\n") : line;
}

/** Reasons that mean a RUN may have written files the model does not track. */
const UNTRACKED_WRITES: ReadonlySet<SizeReason["kind"]> = new Set(["unknown-command", "written-file", "project-output", "download", "copy-inside-image"]);

/** A layer plus what the simulator needs internally. */
export interface LayerWork extends SimulatedLayer {
  /** For COPY --from a stage: that stage's index. */
  fromStage: number | null;
  /** Text a RUN would print (echo), for the legacy log. */
  output: string[];
  /** The figures it used, with their sources. */
  figures: UsedFigure[];
}

/** A simulated stage with its final file system and its layers. */
export interface StageRun {
  sim: SimulatedStage;
  name: StageName;
  state: StageState;
  layers: LayerWork[];
  /** The first step of the stage that fails, as BuildKit fails it (./stop), or null. */
  failure: StepFailure | null;
}

/** What every stage of one simulation shares. */
export interface StageContext {
  document: DockerfileDocument;
  analysis: Analysis;
  options: SimulateOptions;
  dockerignore: string;
  /** The stages simulated so far, in order. */
  runs: StageRun[];
}

/** How reasons name a stage. */
export function stageName(stage: { index: number; name: string | null }): StageName {
  return { label: stageLabel(stage), named: stage.name !== null };
}

/** How a resolution is described in the simulation. */
function baseResolution(r: ImageResolution): BaseResolution {
  return { by: r.by, name: r.name, entryRef: r.entry?.ref ?? null, reportedAs: r.entry?.reportedAs ?? null, aliasBy: r.aliasBy, confidence: r.confidence, note: r.note, created: r.entry?.created?.slice(0, 10) ?? null };
}

/** The system packages of a resolved image: its package list, its release. */
function systemOf(r: ImageResolution): SystemPackages {
  if (r.by === "scratch") return { manager: null, release: null, installed: new Set(), complete: true };
  const e = r.entry;
  if (!e || r.bytes === null) return { manager: null, release: null, installed: null, complete: false };
  // A list read only in part: the same variant's whole list stands for it (said as an approximation).
  const list = listFor(e);
  const listed = list ? entryPackages(list.entry) : null;
  const manager = listed ? (listed.manager === "dpkg" ? "apt" : "apk") : e.contents.packageManager === "apt" || e.contents.packageManager === "apk" ? e.contents.packageManager : null;
  return { manager, release: entryRelease(e), installed: listed ? new Set(listed.names) : null, complete: listed?.complete ?? false, listFrom: list && !list.own ? list.entry.ref : null };
}

function baseOf(info: StageInfo, ctx: StageContext): { base: SimulatedBase; state: StageState; lowerBound: boolean } {
  const runs = ctx.runs;
  const parent = info.baseStage !== null && info.baseStage < info.index ? runs[info.baseStage] : undefined;
  if (parent) {
    const reason: SizeReason | null = parent.sim.lowerBound ? { kind: "parent-lower-bound", stage: parent.name } : null;
    return {
      base: { ref: info.base, stage: parent.sim.index, bytes: parent.sim.unknownTotal ? null : parent.sim.totalBytes, kind: null, catalogId: null, approximate: parent.sim.confidence === "approximate", reason, resolution: null },
      state: cloneState(parent.state),
      lowerBound: parent.sim.lowerBound,
    };
  }
  const r = resolveImage(info.base, ctx.options.calibration ? { calibration: ctx.options.calibration } : {});
  const known = r.bytes !== null;
  const catalogId = r.by === "course" ? COURSE_ALPINE.id : r.by === "scratch" ? "image:scratch" : known ? `image:${r.entry?.ref ?? r.name}` : null;
  const state = emptyState({
    ref: info.base,
    imageId: r.by === "unknown" ? null : (r.entry?.ref ?? r.name),
    folders: r.by === "scratch" || r.by === "unknown" ? [] : FHS,
    foldersSource: r.by === "scratch" || r.by === "unknown" ? null : FHS_SOURCE,
    system: systemOf(r),
  });
  if (known) {
    const kind = r.entry?.onDisk || r.by === "course" || r.by === "scratch" ? "on-disk" : "unstated";
    return { base: { ref: info.base, stage: null, bytes: r.bytes, kind, catalogId, approximate: r.confidence === "approximate", reason: null, resolution: baseResolution(r) }, state, lowerBound: false };
  }
  return {
    base: { ref: info.base, stage: null, bytes: null, kind: null, catalogId: null, approximate: false, reason: { kind: "image-unknown", image: info.base, note: r.note }, resolution: baseResolution(r) },
    state,
    lowerBound: true,
  };
}

function layer(ins: Instruction, made: { detail: InstructionDetail | undefined; kind: LayerKind; known: number; reasons: SizeReason[]; what: LayerPart[] }): LayerWork {
  return {
    instruction: vertexText(made.detail, ins),
    keyword: ins.keyword,
    line: ins.line,
    kind: made.kind,
    bytes: made.reasons.length > 0 ? null : made.known,
    knownBytes: made.known,
    reasons: made.reasons,
    what: made.what,
    catalogIds: [],
    estimated: false,
    approximations: [],
    fromStage: null,
    output: [],
    figures: [],
  };
}

/** Reads the instructions of a stage in order, updating `state`. */
class StageSimulation {
  readonly layers: LayerWork[] = [];
  failure: StepFailure | null = null;
  private readonly name: StageName;

  constructor(
    private readonly info: StageInfo,
    private readonly state: StageState,
    private readonly ctx: StageContext,
  ) {
    this.name = stageName(info);
  }

  private expand(word: string): string {
    return expandWord(word, this.state.env).result;
  }

  instruction(ins: Instruction): void {
    const detail = this.ctx.document.detail.get(ins);
    const kw = ins.keyword;
    if (kw === "RUN") this.run(ins, detail);
    else if (kw === "COPY" || kw === "ADD") this.copy(ins, detail);
    else if (kw === "WORKDIR") this.workdir(ins, detail);
    else {
      if (kw === "ENV" || kw === "ARG") this.setVariables(ins);
      const what: LayerPart = METADATA_INSTRUCTIONS.has(kw) ? { kind: "metadata" } : { kind: "unknown-instruction" };
      this.layers.push(layer(ins, { detail, kind: "metadata", known: 0, reasons: [], what: [what] }));
    }
  }

  private run(ins: Instruction, detail: InstructionDetail | undefined): void {
    this.failure ??= runFailure(this.state, scriptOf(ins, detail), ins.line, !detail?.json && (detail?.heredocs ?? []).length === 0, ins.args.trim());
    const r = simulateRun({ state: this.state, script: scriptOf(ins, detail), stage: this.name, calibration: this.ctx.options.calibration ?? "repo-info", base: this.info.base });
    const l = layer(ins, { detail, kind: "run", known: r.known, reasons: r.reasons, what: r.what });
    l.catalogIds = r.catalogIds;
    l.approximations = r.approximations;
    l.estimated = r.approximations.length > 0;
    l.output = r.output;
    l.figures = r.figures;
    // Such a step may have written anywhere: a directory copied out of this stage later is only partly known.
    if (r.reasons.some((x) => UNTRACKED_WRITES.has(x.kind))) this.state.untracked = true;
    this.layers.push(l);
  }

  private copy(ins: Instruction, detail: InstructionDetail | undefined): void {
    const before = new Map(this.state.tree);
    this.copyFiles(ins, detail);
    // --chmod and --chown apply to every file the copy brought.
    const chmod = ins.flags.find((f) => f.name.toLowerCase() === "chmod")?.value;
    const chown = ins.flags.find((f) => f.name.toLowerCase() === "chown")?.value;
    const mode = chmod !== undefined && chmod !== null && /^[0-7]{3,4}$/.test(chmod) ? parseInt(chmod, 8) : undefined;
    if (mode === undefined && !chown) return;
    for (const [p, n] of this.state.tree) {
      if (before.get(p) === n || n.type !== "file") continue;
      if (mode !== undefined) n.mode = mode;
      if (chown) n.owner = this.expand(chown);
    }
  }

  private copyFiles(ins: Instruction, detail: InstructionDetail | undefined): void {
    const { state, ctx, info } = this;
    const words = detail?.json ?? splitWords(ins.args).map(unquote);
    const parts = words.map((w) => this.expand(w));
    const fromFlag = ins.flags.find((f) => f.name.toLowerCase() === "from");
    const kind: LayerKind = fromFlag ? "copy-from" : ins.keyword === "ADD" ? "add" : "copy";
    const made = (known: number, reasons: SizeReason[], what: LayerPart) => layer(ins, { detail, kind, known, reasons, what: [what] });
    if (parts.length < 2) {
      this.layers.push(made(0, [], { kind: "nothing-copied" }));
      return;
    }
    const destRaw = parts[parts.length - 1] as string;
    const sources = parts.slice(0, -1);
    const dest = resolvePath(state.workdir, destRaw);
    if (fromFlag) {
      const from = fromFlag.value ?? "";
      const edge = ctx.analysis.edges.find((e) => e.to === info.index && e.kind === "copy" && e.line === ins.line);
      const src = edge ? ctx.runs[edge.from] : undefined;
      if (edge && src && edge.from < info.index) {
        const r = copyFromStage({ state, source: { state: src.state, name: src.name }, sources, destRaw, stage: this.name.label });
        if (r.missing?.[0] !== undefined && !src.failure) this.failure ??= { messageId: "build-copy-source-missing", values: { path: r.missing[0] }, line: ins.line };
        const l = made(r.known, r.reasons, r.what);
        l.fromStage = edge.from;
        l.approximations = r.approximations ?? [];
        l.estimated = l.approximations.length > 0;
        this.layers.push(l);
      } else if (edge) {
        addNode(state, dest, { type: "file", bytes: null, origin: "stage", stage: this.name.label, from, note: { kind: "later-stage" }, opaque: false });
        this.layers.push(made(0, [{ kind: "later-stage", stage: from }], { kind: "later-stage", stage: from }));
      } else {
        addNode(state, dest, { type: destRaw.endsWith("/") ? "dir" : "file", bytes: null, origin: "image", stage: this.name.label, from, note: { kind: "image", image: from }, opaque: true });
        this.layers.push(made(0, [{ kind: "image-files", image: from }], { kind: "image-files", image: from }));
      }
    } else if (ins.keyword === "ADD" && sources.some((s) => /^(https?:\/\/|git@|git:\/\/)/.test(s))) {
      addNode(state, dest, { type: "file", bytes: null, origin: "run", stage: this.name.label, from: null, note: { kind: "downloaded" }, opaque: false });
      this.layers.push(made(0, [{ kind: "download", program: null }], { kind: "add-download" }));
    } else {
      const heredocs = (detail?.heredocs ?? []).map((h) => ({ name: h.name, content: h.content }));
      const r = copyFromContext({ state, sources, destRaw, stage: this.name, files: ctx.options.contextFiles, dockerignore: ctx.dockerignore, heredocs });
      this.layers.push(made(r.known, r.reasons, r.what));
    }
  }

  private workdir(ins: Instruction, detail: InstructionDetail | undefined): void {
    const { state } = this;
    const dir = resolvePath(state.workdir, this.expand(ins.args.trim()));
    state.workdir = dir;
    const baseFolder = state.baseFolders.includes(dir.slice(1)) && !dir.slice(1).includes("/");
    if (!state.tree.has(dir) && dir !== "/" && !baseFolder) {
      addNode(state, dir, { type: "dir", bytes: null, origin: "run", stage: this.name.label, from: null, note: null, opaque: false });
    }
    this.layers.push(layer(ins, { detail, kind: "workdir", known: 0, reasons: [], what: [{ kind: "workdir", path: dir }] }));
  }

  private setVariables(ins: Instruction): void {
    const { state } = this;
    const buildArgs = this.ctx.options.buildArgs ?? {};
    const pairs = argPairs(ins.args);
    if (ins.keyword === "ENV" && pairs.length >= 2 && pairs[0]?.value === null) {
      // Legacy `ENV key value`: everything after the key is the value.
      state.env.set(pairs[0].key, unquote(ins.args.trim().slice(pairs[0].key.length).trim()));
      return;
    }
    for (const p of pairs) {
      const value = ins.keyword === "ARG" ? (buildArgs[p.key] ?? (p.value === null ? undefined : this.expand(p.value))) : this.expand(p.value ?? "");
      if (value !== undefined) state.env.set(p.key, unquote(value));
    }
  }
}

/** Simulates one stage, after the stages before it (ctx.runs). */
export function simulateStage(info: StageInfo, ctx: StageContext): StageRun {
  const { base, state, lowerBound: baseLowerBound } = baseOf(info, ctx);
  const simulation = new StageSimulation(info, state, ctx);
  const instructions = ctx.document.stages[info.index]?.instructions ?? [];
  for (const ins of instructions.slice(1)) simulation.instruction(ins);
  const layers = simulation.layers;
  const ownBytes = layers.reduce((s, l) => s + l.knownBytes, 0);
  const lowerBound = baseLowerBound || base.bytes === null || layers.some((l) => l.bytes === null);
  const totalBytes = (base.bytes ?? 0) + ownBytes;
  // No estimate: the base image (or the parent stage's) is unknown, or nothing in the stage has a size.
  const unknownTotal = base.bytes === null || (lowerBound && totalBytes === 0);
  const approximate = lowerBound || base.approximate || layers.some((l) => l.estimated);
  const sim: SimulatedStage = {
    index: info.index,
    label: stageLabel(info),
    name: info.name,
    base,
    layers: layers.map(({ fromStage: _f, output: _o, figures: _g, ...rest }) => rest),
    ownBytes,
    totalBytes,
    lowerBound,
    unknownTotal,
    confidence: unknownTotal ? "unknown" : approximate ? "approximate" : "sourced",
    builtByBuildKit: ctx.analysis.buildkitStages.includes(info.index),
    builtByLegacy: ctx.analysis.legacyStages.includes(info.index),
    inFinalImage: false,
  };
  return { sim, name: stageName(info), state, layers, failure: simulation.failure };
}
