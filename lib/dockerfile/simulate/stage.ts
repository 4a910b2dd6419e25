/**
 * One stage: its base (a catalog image, or an earlier stage's simulated state) and the
 * layer each of its instructions makes.
 */
import type { Analysis, StageInfo } from "../analysis/types";
import { findImage, similarImages } from "../catalog";
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
import type { LayerKind, SimulatedBase, SimulatedLayer, SimulatedStage, SimulateOptions } from "./types";

/** A layer plus what the simulator needs internally. */
export interface LayerWork extends SimulatedLayer {
  /** For COPY --from a stage: that stage's index. */
  fromStage: number | null;
  /** Text a RUN would print (echo), for the legacy log. */
  output: string[];
}

/** A simulated stage with its final file system and its layers. */
export interface StageRun {
  sim: SimulatedStage;
  name: StageName;
  state: StageState;
  layers: LayerWork[];
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

/** The image's `repository:tag` as the catalog lists it. */
const catalogRef = (image: { repository: string; tags: string[] }) => `${image.repository}:${image.tags.filter((t) => t !== "")[0] ?? "latest"}`;

function baseOf(info: StageInfo, runs: StageRun[]): { base: SimulatedBase; state: StageState; lowerBound: boolean } {
  const parent = info.baseStage !== null && info.baseStage < info.index ? runs[info.baseStage] : undefined;
  if (parent) {
    const reason: SizeReason | null = parent.sim.lowerBound ? { kind: "parent-lower-bound", stage: parent.name } : null;
    return {
      base: { ref: info.base, stage: parent.sim.index, bytes: parent.sim.totalBytes, kind: null, catalogId: null, approximate: false, reason },
      state: cloneState(parent.state),
      lowerBound: parent.sim.lowerBound,
    };
  }
  const image = findImage(info.base);
  const state = emptyState({ ref: info.base, imageId: image?.id ?? null, folders: image?.topFolders ?? [], foldersSource: image?.topFoldersSource ?? null });
  if (image) {
    return {
      base: { ref: info.base, stage: null, bytes: image.bytes, kind: image.kind, catalogId: image.id, approximate: image.approximate, reason: null },
      state,
      lowerBound: false,
    };
  }
  const similar = [...new Set(similarImages(info.base).map(catalogRef))];
  return {
    base: { ref: info.base, stage: null, bytes: null, kind: null, catalogId: null, approximate: false, reason: { kind: "image-not-in-catalog", image: info.base, similar } },
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
    fromStage: null,
    output: [],
  };
}

/** Reads the instructions of a stage in order, updating `state`. */
class StageSimulation {
  readonly layers: LayerWork[] = [];
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
    const r = simulateRun({ state: this.state, script: runScript(ins, detail), stage: this.name });
    const l = layer(ins, { detail, kind: "run", known: r.known, reasons: r.reasons, what: r.what });
    l.catalogIds = r.catalogIds;
    l.estimated = r.estimated;
    l.output = r.output;
    this.layers.push(l);
  }

  private copy(ins: Instruction, detail: InstructionDetail | undefined): void {
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
        const l = made(r.known, r.reasons, r.what);
        l.fromStage = edge.from;
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
  const { base, state, lowerBound: baseLowerBound } = baseOf(info, ctx.runs);
  const simulation = new StageSimulation(info, state, ctx);
  const instructions = ctx.document.stages[info.index]?.instructions ?? [];
  for (const ins of instructions.slice(1)) simulation.instruction(ins);
  const layers = simulation.layers;
  const ownBytes = layers.reduce((s, l) => s + l.knownBytes, 0);
  const sim: SimulatedStage = {
    index: info.index,
    label: stageLabel(info),
    name: info.name,
    base,
    layers: layers.map(({ fromStage: _f, output: _o, ...rest }) => rest),
    ownBytes,
    totalBytes: (base.bytes ?? 0) + ownBytes,
    lowerBound: baseLowerBound || base.bytes === null || layers.some((l) => l.bytes === null),
    builtByBuildKit: ctx.analysis.buildkitStages.includes(info.index),
    builtByLegacy: ctx.analysis.legacyStages.includes(info.index),
    inFinalImage: false,
  };
  return { sim, name: stageName(info), state, layers };
}
