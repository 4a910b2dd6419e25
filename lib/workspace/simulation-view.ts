/**
 * The build simulation as the image panel shows it: bars per stage and for the final image,
 * sizes already formatted the way Docker prints them, the unknowns spelled out and the
 * catalog entries the estimate used, every sentence already written (by
 * ./simulation-words, from the simulator's structured reasons). Pure, and computed with the live analysis (at build
 * time, then in the browser after the first edit), so the panel's components import only
 * types and the simulator never ships in a lesson page's first-load JavaScript.
 */
import type { CatalogSource, DataSource, SizeKind } from "../dockerfile/catalog";
import type { Diagnostic } from "../dockerfile/analysis/types";
import { runDiagnostic, viewRun, type RunView } from "./run-view";
import { analyzeDockerfile } from "../dockerfile/analysis/analyze";
import { parseDockerfile } from "../dockerfile/parser/parse";
import {
  formatDockerSize,
  simulateBuild,
  simulationAnalysisOptions,
  type BuildSimulation,
  type Confidence,
  type FileTreeNode,
  type MissingPart,
  type SimulatedImageLs,
  type SimulatedLayer,
  type SimulatedStage,
  type SimulateOptions,
  type StageName,
  type UsedFigure,
} from "../dockerfile/simulate";
import {
  approximationText,
  asSentence,
  baseFactsLines,
  baseFactsSource,
  confidenceText,
  figureWords,
  resolutionText,
  unknownPartsSummary,
  layerWhatText,
  leftBehindText,
  logsNoticeText,
  parentUnknownText,
  segmentLegend,
  sizeReasonsText,
  sizeReasonText,
  stagePhrase,
  treeNoteText,
  treeOriginText,
  unknownSizeLabel,
} from "./simulation-words";

/** What a bar segment stands for. */
export type SegmentKind = "base" | "parent" | "run" | "copy" | "copy-from";

/** One part of a stage's bar: its base or one layer. */
export interface SegmentView {
  /** Stable key within the bar. */
  key: string;
  kind: SegmentKind;
  /** What it holds (`alpine:latest`, `g++, make and cmake`, `stage build`). */
  label: string;
  /** The legend's words for it (`base image \`alpine:latest\``, `everything in stage \`build\``), backticks marking code. */
  legend: string;
  /** The instruction that made it, or null for a base. */
  instruction: string | null;
  /** 1-based line of the instruction, or null. */
  line: number | null;
  /** Known bytes (0 when unknown). */
  bytes: number;
  /** Docker's formatting (`295MB`), or `size unknown` / `depends on your project`. */
  display: string;
  /** Why the size is unknown, as a sentence, or null when it is known. */
  unknown: string | null;
  /** Why the counted figure is approximate (`approximate: estimated from python:3.12-slim-trixie`), or null. */
  approximate: string | null;
}

/** The parts of a bar with no size, collapsed into one line that opens to say why. */
export interface MissingView {
  /** `3 parts unknown — why?` */
  summary: string;
  /** One line per part: what it is, and why its size is unknown. */
  parts: { key: string; what: string; why: string }[];
}

/** Where a stage's contents go for the chosen target. */
export type StageRole = "final" | "base-of-final" | "left-behind" | "not-built";

/** One stage's bar. */
export interface StageBarView {
  index: number;
  /** The label BuildKit prints (`build`, `stage-1`). */
  label: string;
  role: StageRole;
  /** The role in words (`built, then left behind`). */
  roleText: string;
  /** Base and layers with a size or an unknown size; 0-byte layers are counted in `metadataLayers`. */
  segments: SegmentView[];
  /** How many of its instructions make 0-byte layers (ENV, CMD, WORKDIR, ...). */
  metadataLayers: number;
  /** Known bytes of the whole stage. */
  bytes: number;
  lowerBound: boolean;
  /** `303MB`, `≥ 8.32MB` when something is unknown, `unknown` when there is no estimate. */
  display: string;
  confidence: Confidence;
  /** The stage's own parts of unknown size (its base, its layers), or null when there are none. */
  missing: MissingView | null;
}

/** The final image's bar. */
export interface FinalImageView {
  /** The target stage's label. */
  label: string;
  /** Labels of the stages whose layers it holds, base first. */
  chain: string[];
  segments: SegmentView[];
  bytes: number;
  lowerBound: boolean;
  /** The estimate in bytes (what `docker image ls` would show for linux/amd64), or null when none is possible. */
  estimate: number | null;
  confidence: Confidence;
  /** The badge's words: `from first-hand figures`, `approximate`, `at least: 2 parts unknown`, `unknown`. */
  confidenceText: string;
  display: string;
  /** The parts of unknown size, or null when there are none. */
  missing: MissingView | null;
  /** Why parts are approximate, each once (`approximate: estimated from python:3.12-slim-trixie, ...`). */
  approximations: string[];
}

/** What the final image's base holds and how it starts, for the file tree. */
export interface BaseFactsView {
  /** The image as the FROM names it. */
  image: string;
  /** Where the facts come from, as a sentence. */
  source: string;
  lines: { label: string; value: string }[];
}

/** A catalog entry the estimate used, for the sources disclosure. */
export interface CatalogEntryView {
  id: string;
  /** `alpine:latest`, `g++, make and cmake (apk)`, `CMake build of hello`. */
  name: string;
  bytes: number;
  /** Docker's formatting of `bytes`, prefixed `~` when the source gives it loosely. */
  display: string;
  kind: SizeKind;
  version: string;
  sources: CatalogSource[];
  derivation: string | null;
}

/** A file-tree node with its size formatted and its words written. */
export interface TreeNodeView extends Omit<FileTreeNode, "children" | "note"> {
  /** Docker's formatting of `bytes`, or null when there is no figure. */
  display: string | null;
  /** Where it comes from (`from stage build`, `made in stage-0`, `base image`). */
  originText: string;
  /** Extra words (`directory from stage build (contents estimated)`; for a base folder, `Base image alpine:latest (...)`), or null. */
  note: string | null;
  children: TreeNodeView[];
}

/** The logs with the notice a UI must show beside them. */
export interface LogsView {
  buildkit: string[];
  legacy: string[];
  notice: {
    /** `Simulated — no Docker engine ran this build.` */
    headline: string;
    /** What is made up: sizes, ids, times. */
    detail: string;
  };
}

/** Everything the image panel, the file tree and the logs show. */
export interface SimulationView {
  /** One bar per stage, in order. */
  stages: StageBarView[];
  /** The image the target produces, or null when nothing builds. */
  final: FinalImageView | null;
  /** The largest known total among stages and image, the bars' full width in bytes (at least 1). */
  scale: number;
  /** Each distinct reason a size is unknown, as a sentence. */
  unknowns: string[];
  /** What never reaches the image, as phrases (`the ~295MB of g++, make and cmake in stage \`build\` never reach the image`). */
  leftBehind: string[];
  /** The same as sentences (capitalised, full stop), backticks marking code. */
  leftBehindSentences: string[];
  catalog: CatalogEntryView[];
  tree: TreeNodeView | null;
  /** The final image's base image: what it holds and how it starts, or null. */
  base: BaseFactsView | null;
  logs: LogsView;
  imageLs: SimulatedImageLs | null;
  /** BuildKit's error when the real build would fail, else null. */
  error: string | null;
  /** The target stage's label, or null. */
  targetLabel: string | null;
  /** The simulated `docker run` panel, or null when there is no final image. */
  run: RunView | null;
  /** The Problems finding of a failing `docker run`, or null. */
  runDiagnostic: Diagnostic | null;
  /** Stages a stopped build never finishes: index and the first line not reached. */
  notReached: { stage: number; line: number }[];
}

const sized = (bytes: number, lowerBound: boolean) => `${lowerBound ? "≥ " : ""}${formatDockerSize(bytes)}`;

const ROLE_TEXT: Record<StageRole, string> = {
  final: "the final image",
  "base-of-final": "part of the final image",
  "left-behind": "built, then left behind",
  "not-built": "not built by BuildKit for this target",
};

const nameOf = (stage: SimulatedStage): StageName => ({ label: stage.label, named: stage.name !== null });

function layerKind(layer: SimulatedLayer): SegmentKind {
  if (layer.kind === "copy-from") return "copy-from";
  if (layer.kind === "copy" || layer.kind === "add") return "copy";
  return "run";
}

function layerSegments(stage: SimulatedStage): SegmentView[] {
  return stage.layers
    .filter((l) => l.bytes === null || l.bytes > 0)
    .map((l) => {
      const label = layerWhatText(l.what);
      const kind = layerKind(l);
      const known = l.knownBytes > 0 ? `${l.bytes === null ? "≥ " : ""}${formatDockerSize(l.knownBytes)}` : null;
      return {
        key: `${stage.index}:${l.line}`,
        kind,
        label,
        legend: segmentLegend({ kind, label, parent: null }),
        instruction: l.instruction,
        line: l.line,
        bytes: l.knownBytes,
        display: l.bytes === null ? (known ?? unknownSizeLabel(l.reasons)) : formatDockerSize(l.bytes),
        unknown: l.bytes === null ? (sizeReasonsText(l.reasons) ?? "size unknown") : null,
        approximate: l.approximations.length > 0 ? l.approximations.map(approximationText).join("; ") : null,
      };
    });
}

/** One line per missing part, and the line they collapse into. */
function missingView(parts: readonly MissingPart[], keyPrefix: string): MissingView | null {
  if (parts.length === 0) return null;
  return {
    summary: unknownPartsSummary(parts.length),
    parts: parts.map((p, i) => ({
      key: `${keyPrefix}:${i}`,
      what: p.kind === "base" ? `base image ${p.ref || "(blank)"}` : `${layerWhatText(p.what)} (line ${p.line}, ${stagePhrase(p.stage)})`,
      why: p.kind === "base" ? sizeReasonText(p.reason) : (sizeReasonsText(p.reasons) ?? "size unknown"),
    })),
  };
}

/** A stage's own missing parts: its image base, and its layers. */
function stageMissing(stage: SimulatedStage): MissingPart[] {
  const name = nameOf(stage);
  const out: MissingPart[] = [];
  if (stage.base.stage === null && stage.base.bytes === null && stage.base.reason) out.push({ kind: "base", stage: name, ref: stage.base.ref, reason: stage.base.reason });
  for (const l of stage.layers) if (l.bytes === null) out.push({ kind: "layer", stage: name, line: l.line, what: l.what, reasons: l.reasons });
  return out;
}

function baseSegment(stage: SimulatedStage, stages: SimulatedStage[]): SegmentView {
  const { base } = stage;
  const parent = base.stage === null ? null : (stages[base.stage] ?? null);
  const bytes = parent ? parent.totalBytes : (base.bytes ?? 0);
  const unknown = parent ? (parent.lowerBound ? parentUnknownText(nameOf(parent)) : null) : base.reason && sizeReasonText(base.reason);
  const kind: SegmentKind = parent ? "parent" : "base";
  const label = parent ? stagePhrase(nameOf(parent)) : base.ref || "(no base)";
  const shortUnknown = base.reason && !parent ? unknownSizeLabel([base.reason]) : "size unknown";
  const approximate = !parent && base.approximate && base.resolution ? resolutionText(base.resolution) : parent && parent.confidence === "approximate" && !parent.lowerBound ? "approximate: parts of it are" : null;
  return {
    key: `${stage.index}:base`,
    kind,
    label,
    legend: segmentLegend({ kind, label, parent: parent ? nameOf(parent) : null }),
    instruction: null,
    line: null,
    bytes,
    display: parent?.unknownTotal ? "unknown" : unknown !== null && bytes === 0 ? shortUnknown : sized(bytes, unknown !== null),
    unknown,
    approximate,
  };
}

/** For a build that stops: where this stage stops, or that it is not reached; null when it completes. */
function reachText(sim: BuildSimulation, stage: SimulatedStage): string | null {
  const cut = sim.notReached.find((n) => n.stage === stage.index);
  if (!cut) return null;
  if (sim.stop?.stage === stage.index && sim.stop.line !== null) return `the build fails at line ${sim.stop.line}; the steps after it are not reached`;
  const fromLine = stage.layers[0] ? Math.min(...stage.layers.map((l) => l.line)) : cut.line + 1;
  return cut.line < fromLine ? "not reached: the build stops before this stage" : `not reached from line ${cut.line} on: the build stops first`;
}

function roleOf(stage: SimulatedStage, target: number | null): StageRole {
  if (stage.index === target) return "final";
  if (stage.inFinalImage) return "base-of-final";
  return stage.builtByBuildKit ? "left-behind" : "not-built";
}

const sourceOf = (d: DataSource): CatalogSource => ({
  document: `${d.origin} ${d.file}`,
  locator: [d.commit ? `commit ${d.commit}` : null, d.note ?? null].filter(Boolean).join("; ") || null,
  date: d.date,
  firstHand: true,
});

/** A figure the estimate used, for the sources disclosure. */
function figureView(f: UsedFigure): CatalogEntryView {
  const words = figureWords(f);
  if (f.kind === "catalog") {
    const e = f.entry;
    return { id: f.id, name: words.name, bytes: e.bytes, display: `${e.approximate ? "~" : ""}${formatDockerSize(e.bytes)}`, kind: e.kind, version: words.version, sources: e.sources, derivation: words.derivation };
  }
  if (f.kind === "image") {
    const loose = f.sizeKind === "unstated";
    return { id: f.id, name: words.name, bytes: f.bytes ?? 0, display: f.bytes === null ? "unknown" : `${loose ? "~" : ""}${formatDockerSize(f.bytes)}`, kind: f.sizeKind ?? "unstated", version: words.version, sources: f.sources.map(sourceOf), derivation: words.derivation };
  }
  const sources: CatalogSource[] =
    f.kind === "apt"
      ? f.archives.map((a) => ({ document: `Debian ${a.name} main Packages (amd64)`, locator: `Release ${a.version ?? "?"}; downloaded ${f.read}`, date: a.date, firstHand: true }))
      : f.kind === "apk"
        ? f.sources.map(sourceOf)
        : [{ document: f.registry, locator: f.lockFile, date: f.read, firstHand: true }];
  return { id: f.id, name: words.name, bytes: f.bytes, display: formatDockerSize(f.bytes), kind: "on-disk", version: words.version, sources, derivation: words.derivation };
}

/** The tree with sizes formatted and words written; `stageOf` finds a stage by the label a node names. */
function viewTree(node: FileTreeNode, stageOf: (label: string | null) => StageName | null): TreeNodeView {
  const originText = treeOriginText({ origin: node.origin, stage: stageOf(node.stage), from: node.origin === "stage" ? stageOf(node.from) : null, image: node.from });
  return {
    ...node,
    display: node.bytes === null ? null : `${node.unsized ? "≥ " : ""}${formatDockerSize(node.bytes)}`,
    originText,
    note: node.note === null ? null : treeNoteText(node.note),
    children: node.children.map((c) => viewTree(c, stageOf)),
  };
}

/** Turns a simulation into what the panels show. */
export function viewSimulation(sim: BuildSimulation, input: { text?: string; tag?: string } = {}): SimulationView {
  const stages: StageBarView[] = sim.stages.map((stage) => {
    const segments = [baseSegment(stage, sim.stages), ...layerSegments(stage)];
    const role = roleOf(stage, sim.target);
    return {
      index: stage.index,
      label: stage.label,
      role,
      roleText: reachText(sim, stage) ?? ROLE_TEXT[role],
      segments,
      metadataLayers: stage.layers.filter((l) => l.bytes === 0).length,
      bytes: stage.totalBytes,
      lowerBound: stage.lowerBound,
      display: stage.unknownTotal ? "unknown" : sized(stage.totalBytes, stage.lowerBound),
      confidence: stage.confidence,
      missing: missingView(stageMissing(stage), `stage-${stage.index}`),
    };
  });

  let final: FinalImageView | null = null;
  if (sim.image) {
    const chain = sim.image.chain.map((i) => sim.stages[i]).filter((s): s is SimulatedStage => s !== undefined);
    const root = chain[0];
    const img = sim.image;
    const approximations = new Set<string>();
    for (const a of img.approximate) {
      if (a.kind === "base") approximations.add(resolutionText(a.resolution));
      else for (const x of a.approximations) approximations.add(approximationText(x));
    }
    final = {
      label: sim.stages[img.stage]?.label ?? "",
      chain: chain.map((s) => s.label),
      segments: root ? [baseSegment(root, sim.stages), ...chain.flatMap(layerSegments)] : [],
      bytes: img.bytes,
      lowerBound: img.lowerBound,
      estimate: img.estimate,
      confidence: img.confidence,
      confidenceText: confidenceText(img.confidence, img.missing.length),
      display: img.display,
      missing: missingView(img.missing, "final"),
      approximations: [...approximations],
    };
  }

  const unknowns = new Set<string>();
  for (const s of sim.stages) {
    if (s.base.reason) unknowns.add(sizeReasonText(s.base.reason));
    for (const l of s.layers) for (const r of l.reasons) unknowns.add(sizeReasonText(r));
  }

  const catalog = sim.figures.map(figureView);

  // Labels name stages in the tree; the last stage with a label wins, as `--from` resolves it.
  const byLabel = new Map(sim.stages.map((s) => [s.label, nameOf(s)]));
  const stageOf = (label: string | null): StageName | null => (label === null ? null : (byLabel.get(label) ?? { label, named: true }));
  const leftBehind = sim.leftBehind.map(leftBehindText);
  const notice = logsNoticeText(sim.logs.notice);
  const scale = Math.max(1, ...stages.map((s) => s.bytes), final?.bytes ?? 0);
  return {
    stages,
    final,
    scale,
    unknowns: [...unknowns],
    leftBehind,
    leftBehindSentences: leftBehind.map(asSentence),
    catalog,
    // A build that stops makes no image: no file tree to show.
    tree: sim.image && !sim.stop ? viewTree(sim.image.tree, stageOf) : null,
    base: sim.image?.base ? { image: sim.image.base.ref, source: baseFactsSource(sim.image.base), lines: baseFactsLines(sim.image.base) } : null,
    logs: { buildkit: sim.logs.buildkit, legacy: sim.logs.legacy, notice: { headline: notice.headline, detail: notice.detail } },
    imageLs: sim.imageLs,
    error: sim.error,
    targetLabel: sim.target === null ? null : (sim.stages[sim.target]?.label ?? null),
    run: viewRun(sim.run, sim.stop, input.tag),
    runDiagnostic: input.text === undefined ? null : runDiagnostic(sim.run, input.text),
    notReached: sim.notReached,
  };
}

/** Simulates a build and views it: what analyzeLive adds to the panels' data. */
export function simulateForPanels(text: string, options: SimulateOptions): SimulationView {
  const parsed = parseDockerfile(text);
  return viewSimulation(simulateBuild(parsed, analyzeDockerfile(parsed, simulationAnalysisOptions(options)), options), { text, ...(options.tag ? { tag: options.tag } : {}) });
}
