/**
 * The build simulation as the image panel shows it: bars per stage and for the final image,
 * sizes already formatted the way Docker prints them, the unknowns spelled out and the
 * catalog entries the estimate used. Pure, and computed with the live analysis (at build
 * time, then in the browser after the first edit), so the panel's components import only
 * types and the simulator never ships in a lesson page's first-load JavaScript.
 */
import { CATALOG } from "./dockerfile/catalog";
import type { CatalogSource, SizeKind } from "./dockerfile/catalog";
import { analyzeDockerfile } from "./dockerfile/analysis/analyze";
import { parseDockerfile } from "./dockerfile/parser/parse";
import { formatDockerSize, simulateBuild, simulationAnalysisOptions, type BuildSimulation, type FileTreeNode, type SimulatedImageLs, type SimulatedLayer, type SimulatedLogs, type SimulatedStage, type SimulateOptions } from "./dockerfile/simulate";

/** What a bar segment stands for. */
export type SegmentKind = "base" | "parent" | "run" | "copy" | "copy-from";

/** One part of a stage's bar: its base or one layer. */
export interface SegmentView {
  /** Stable key within the bar. */
  key: string;
  kind: SegmentKind;
  /** What it holds (`alpine:latest`, `g++, make and cmake`). */
  label: string;
  /** The instruction that made it, or null for a base. */
  instruction: string | null;
  /** 1-based line of the instruction, or null. */
  line: number | null;
  /** Known bytes (0 when unknown). */
  bytes: number;
  /** Docker's formatting (`295MB`), or `size unknown` / `depends on your project`. */
  display: string;
  /** Why the size is unknown, or null when it is known. */
  unknown: string | null;
}

/** Where a stage's contents go for the chosen target. */
export type StageRole = "final" | "base-of-final" | "left-behind" | "not-built";

/** One stage's bar. */
export interface StageBarView {
  index: number;
  /** The label BuildKit prints (`build`, `stage-1`). */
  label: string;
  role: StageRole;
  /** Base and layers with a size or an unknown size; 0-byte layers are counted in `metadataLayers`. */
  segments: SegmentView[];
  /** How many of its instructions make 0-byte layers (ENV, CMD, WORKDIR, ...). */
  metadataLayers: number;
  /** Known bytes of the whole stage. */
  bytes: number;
  lowerBound: boolean;
  /** `303MB`, or `≥ 8.32MB` when something is unknown. */
  display: string;
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
  display: string;
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

/** A file-tree node with its size formatted. */
export interface TreeNodeView extends Omit<FileTreeNode, "children"> {
  /** Docker's formatting of `bytes`, or null when there is no figure. */
  display: string | null;
  children: TreeNodeView[];
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
  /** What never reaches the image (`the ~295MB of g++, make and cmake in stage \`build\` never reach the image`). */
  leftBehind: string[];
  catalog: CatalogEntryView[];
  tree: TreeNodeView | null;
  logs: SimulatedLogs;
  imageLs: SimulatedImageLs | null;
  /** BuildKit's error when the real build would fail, else null. */
  error: string | null;
  /** The target stage's label, or null. */
  targetLabel: string | null;
}

const sized = (bytes: number, lowerBound: boolean) => `${lowerBound ? "≥ " : ""}${formatDockerSize(bytes)}`;

/** `size unknown: ...` reasons shortened for a bar legend; `depends on your project` stays whole. */
function unknownDisplay(reason: string): string {
  return reason.includes("depends on your project") && !reason.includes("dependencies") ? "depends on your project" : "size unknown";
}

function layerKind(layer: SimulatedLayer): SegmentKind {
  if (layer.kind === "copy-from") return "copy-from";
  if (layer.kind === "copy" || layer.kind === "add") return "copy";
  return "run";
}

function layerSegments(stage: SimulatedStage): SegmentView[] {
  return stage.layers
    .filter((l) => l.bytes === null || l.bytes > 0)
    .map((l) => ({
      key: `${stage.index}:${l.line}`,
      kind: layerKind(l),
      label: l.description,
      instruction: l.instruction,
      line: l.line,
      bytes: l.knownBytes,
      display: l.bytes === null ? unknownDisplay(l.reason ?? "size unknown") : formatDockerSize(l.bytes),
      unknown: l.bytes === null ? (l.reason ?? "size unknown") : null,
    }));
}

function baseSegment(stage: SimulatedStage, stages: SimulatedStage[]): SegmentView {
  const { base } = stage;
  const parent = base.stage === null ? null : stages[base.stage];
  const bytes = parent ? parent.totalBytes : (base.bytes ?? 0);
  const unknown = parent ? (parent.lowerBound ? `stage ${parent.label} has parts of unknown size` : null) : base.reason;
  return {
    key: `${stage.index}:base`,
    kind: parent ? "parent" : "base",
    label: parent ? `stage ${parent.label}` : base.ref || "(no base)",
    instruction: null,
    line: null,
    bytes,
    display: unknown !== null && bytes === 0 ? unknownDisplay(unknown) : sized(bytes, unknown !== null),
    unknown,
  };
}

function roleOf(stage: SimulatedStage, target: number | null): StageRole {
  if (stage.index === target) return "final";
  if (stage.inFinalImage) return "base-of-final";
  return stage.builtByBuildKit ? "left-behind" : "not-built";
}

/** `image:alpine:latest:course` → `alpine:latest`; packages by their label. */
function entryName(id: string): string {
  const entry = CATALOG.find((e) => e.id === id);
  if (entry && "label" in entry && typeof entry.label === "string") return `${entry.label} (${"manager" in entry ? String(entry.manager) : "packages"})`;
  if (entry && "repository" in entry && "tags" in entry) {
    const tags = (entry.tags as string[]).filter((t) => t !== "");
    return `${String(entry.repository)}:${tags[0] ?? "latest"}`;
  }
  if (entry && "executables" in entry) return `CMake build of ${(entry.executables as string[]).join(", ")}`;
  return id;
}

function viewTree(node: FileTreeNode): TreeNodeView {
  return { ...node, display: node.bytes === null ? null : formatDockerSize(node.bytes), children: node.children.map(viewTree) };
}

/** Turns a simulation into what the panels show. */
export function viewSimulation(sim: BuildSimulation): SimulationView {
  const stages: StageBarView[] = sim.stages.map((stage) => {
    const segments = [baseSegment(stage, sim.stages), ...layerSegments(stage)];
    return {
      index: stage.index,
      label: stage.label,
      role: roleOf(stage, sim.target),
      segments,
      metadataLayers: stage.layers.filter((l) => l.bytes === 0).length,
      bytes: stage.totalBytes,
      lowerBound: stage.lowerBound,
      display: sized(stage.totalBytes, stage.lowerBound),
    };
  });

  let final: FinalImageView | null = null;
  if (sim.image) {
    const chain = sim.image.chain.map((i) => sim.stages[i]).filter((s): s is SimulatedStage => s !== undefined);
    const root = chain[0];
    final = {
      label: sim.stages[sim.image.stage]?.label ?? "",
      chain: chain.map((s) => s.label),
      segments: root ? [baseSegment(root, sim.stages), ...chain.flatMap(layerSegments)] : [],
      bytes: sim.image.bytes,
      lowerBound: sim.image.lowerBound,
      display: sim.image.display,
    };
  }

  const unknowns = new Set<string>();
  for (const s of sim.stages) {
    if (s.base.reason) unknowns.add(s.base.reason);
    for (const l of s.layers) if (l.reason) unknowns.add(l.reason);
  }

  const catalog = sim.catalogIds.flatMap((id): CatalogEntryView[] => {
    const entry = CATALOG.find((e) => e.id === id);
    if (!entry) return [];
    return [
      {
        id,
        name: entryName(id),
        bytes: entry.bytes,
        display: `${entry.approximate ? "~" : ""}${formatDockerSize(entry.bytes)}`,
        kind: entry.kind,
        version: entry.version,
        sources: entry.sources,
        derivation: entry.derivation,
      },
    ];
  });

  const scale = Math.max(1, ...stages.map((s) => s.bytes), final?.bytes ?? 0);
  return {
    stages,
    final,
    scale,
    unknowns: [...unknowns],
    leftBehind: sim.leftBehind.map((l) => l.text),
    catalog,
    tree: sim.image ? viewTree(sim.image.tree) : null,
    logs: sim.logs,
    imageLs: sim.imageLs,
    error: sim.error,
    targetLabel: sim.target === null ? null : (sim.stages[sim.target]?.label ?? null),
  };
}

/** Simulates a build and views it: what analyzeLive adds to the panels' data. */
export function simulateForPanels(text: string, options: SimulateOptions): SimulationView {
  const parsed = parseDockerfile(text);
  return viewSimulation(simulateBuild(parsed, analyzeDockerfile(parsed, simulationAnalysisOptions(options)), options));
}
