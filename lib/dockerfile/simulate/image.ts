/**
 * The final image: its file tree (the base image's top folders plus every path the build
 * wrote) and what the stages BuildKit builds leave behind.
 */
import type { Analysis } from "../analysis/types";
import { imageChain } from "../stages";
import { baseName, parentPath, type StageState } from "./fs-model";
import type { LeftBehindItem } from "./reasons";
import type { LayerWork, StageRun } from "./stage";
import type { FileTreeNode, LeftBehind } from "./types";

/** The stage indexes whose layers `index` holds, base first. */
export function chainOf(analysis: Pick<Analysis, "stages">, index: number): number[] {
  return imageChain({ stages: analysis.stages, target: index }).reverse();
}

function dirNode(path: string, note: FileTreeNode["note"] = null): FileTreeNode {
  return { name: path === "/" ? "/" : baseName(path), path, type: "dir", origin: "base", stage: null, from: null, bytes: null, note, unsized: false, children: [] };
}

/** A file of unknown size, or a directory a step made without listing it and without a known total. */
const unsizedNode = (n: { type: "file" | "dir"; bytes: number | null; opaque: boolean }) => (n.type === "file" ? n.bytes === null : n.opaque && n.bytes === null);

/** The file tree of a stage's file system, directories summing the known bytes below them. */
export function buildTree(state: StageState): FileTreeNode {
  const root = dirNode("/");
  const byPath = new Map<string, FileTreeNode>([["/", root]]);
  const ensure = (path: string, make: () => FileTreeNode): FileTreeNode => {
    const found = byPath.get(path);
    if (found) return found;
    const parent = ensure(parentPath(path), () => dirNode(parentPath(path)));
    const node = make();
    parent.children.push(node);
    byPath.set(path, node);
    return node;
  };
  const baseNote = state.baseFoldersSource === null ? null : { kind: "base-folders" as const, image: state.rootImageRef, source: state.baseFoldersSource };
  for (const folder of state.baseFolders) ensure(`/${folder}`, () => dirNode(`/${folder}`, baseNote));
  for (const p of [...state.tree.keys()].sort()) {
    const n = state.tree.get(p);
    if (!n) continue;
    const existing = byPath.get(p);
    if (existing) {
      // A base folder that a step also wrote to stays the base's folder.
      if (existing.origin !== "base") {
        existing.type = n.type;
        existing.bytes = n.bytes;
      }
      // A base folder a step wrote into without listing what it wrote holds more than the tree shows.
      existing.unsized = unsizedNode(n);
      continue;
    }
    ensure(p, () => ({ name: baseName(p), path: p, type: n.type, origin: n.origin, stage: n.stage, from: n.from, bytes: n.bytes, note: n.note, unsized: unsizedNode(n), children: [] }));
  }
  const finish = (node: FileTreeNode): number => {
    if (node.type === "file") return node.bytes ?? 0;
    node.children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // A directory's own figure is what it holds that the model does not list (sized node_modules).
    const own = node.bytes ?? 0;
    const sum = own + node.children.reduce((s, c) => s + finish(c), 0);
    if (node.children.some((c) => c.unsized)) node.unsized = true;
    // A base image's folder with nothing the build added: its share of the base is unknown. Nothing
    // known below an unsized directory: no figure rather than 0B.
    node.bytes = (node.origin === "base" && node.path !== "/" && node.children.length === 0 && own === 0) || (node.unsized && sum === 0) ? null : sum;
    return sum;
  };
  finish(root);
  return root;
}

/** What one built stage outside the image leaves behind. */
function leftBehindOne(j: number, ctx: { runs: StageRun[]; analysis: Analysis; chain: number[] }): LeftBehind | null {
  const { runs, analysis, chain } = ctx;
  const run = runs[j];
  if (!run || chain.includes(j)) return null;
  const finalRoot = runs[chain[0] as number]?.state.rootImageId ?? null;
  const own = chainOf(analysis, j);
  // Whatever j shares with the final image (a common stage, or the same base image) does not count.
  const sharedStage = [...own].reverse().find((k) => chain.includes(k));
  let shared = 0;
  const items: LeftBehindItem[] = [];
  const layersLeft: LayerWork[] = [];
  if (sharedStage !== undefined) {
    shared = runs[sharedStage]?.sim.totalBytes ?? 0;
    for (const k of own.slice(own.indexOf(sharedStage) + 1)) layersLeft.push(...(runs[k]?.layers ?? []));
  } else {
    const rootRun = runs[own[0] as number];
    if (rootRun && rootRun.state.rootImageId !== null && rootRun.state.rootImageId === finalRoot) shared = rootRun.sim.base.bytes ?? 0;
    else if (rootRun) items.push({ kind: "base-image", ref: rootRun.sim.base.ref, bytes: rootRun.sim.base.bytes });
    for (const k of own) layersLeft.push(...(runs[k]?.layers ?? []));
  }
  let copiedOut = 0;
  for (const k of chain) for (const l of runs[k]?.layers ?? []) if (l.fromStage === j) copiedOut += l.knownBytes;
  const bytes = Math.max(0, run.sim.totalBytes - shared - copiedOut);
  for (const l of layersLeft) {
    if (l.bytes === null || l.knownBytes > 0) items.push({ kind: "layer", line: l.line, what: l.what, bytes: l.knownBytes, sizeKnown: l.bytes !== null });
  }
  // What dominates: at least a tenth of what stays behind, or of unknown size (it may be large).
  const dominates = (item: LeftBehindItem) =>
    item.kind === "base-image" ? item.bytes === null || item.bytes >= bytes * 0.1 : !item.sizeKnown || item.bytes >= bytes * 0.1;
  const main = items.filter((item) => bytes === 0 || dominates(item));
  return { stage: j, label: run.sim.label, stageName: run.name, bytes, lowerBound: run.sim.lowerBound, items, main };
}

/** Every stage BuildKit builds whose contents stay out of the image (`chain`, base first). */
export function leftBehindOf(ctx: { runs: StageRun[]; analysis: Analysis; chain: number[] }): LeftBehind[] {
  return ctx.analysis.buildkitStages.flatMap((j) => leftBehindOne(j, ctx) ?? []);
}
