/**
 * The simulated file system of a stage while its instructions run: absolute paths, the
 * nodes the build wrote (the base image's own files are not listed, only its top folders),
 * the texts the model can read back (CMakeLists.txt), the working directory and the
 * environment.
 */
import type { SystemPackages } from "../catalog/apt";
import type { BuiltProgram } from "./programs";
import type { TreeNote } from "./reasons";
import type { TreeOrigin } from "./types";

/** One tracked path. */
export interface FsNode {
  type: "file" | "dir";
  /**
   * Files: bytes, null when unknown. Directories: the total of contents the model does not
   * list but knows the size of (an opaque `node_modules` of sized packages), else null.
   */
  bytes: number | null;
  origin: TreeOrigin;
  /** The label of the stage that wrote it. */
  stage: string | null;
  /** The stage label or image it was copied from. */
  from: string | null;
  note: TreeNote | null;
  /** For directories a step wrote but the model cannot list: contents unknown. */
  opaque: boolean;
  /** True when `bytes` is an approximation (a figure measured on something similar). */
  approximate?: boolean;
  /** For a program a build step made: how it was built (./programs). */
  program?: BuiltProgram;
  /** The permission bits `COPY --chmod` set (0o755), when it set them. */
  mode?: number;
  /** The owner `COPY --chown` set (`10001:10001`, `app`), when it set one; root otherwise. */
  owner?: string;
}

/** A stage's file system and environment. */
export interface StageState {
  tree: Map<string, FsNode>;
  contents: Map<string, string>;
  workdir: string;
  env: Map<string, string>;
  /** Top folders of the root base image. */
  baseFolders: string[];
  /** Catalog id of the root base image, or null. */
  rootImageId: string | null;
  /** The root base image reference. */
  rootImageRef: string;
  /** Where the top folders come from (the catalog's topFoldersSource), or null when unknown. */
  baseFoldersSource: string | null;
  /** The system packages installed (the base image's list, plus what installs added), for sizing the next install. */
  system: SystemPackages;
  /** True once a step ran that may write files the model does not track (an unknown program, a redirect, a download). */
  untracked: boolean;
  /** Package names the stage's RUN steps installed (`apk add libstdc++`, `apt-get install gcc`), in its FROM chain. */
  packagesAdded: Set<string>;
}

const copySystem = (s: SystemPackages): SystemPackages => ({ ...s, installed: s.installed === null ? null : new Set(s.installed) });

/** A new stage on a base image with these top folders (none when the catalog does not know it). */
export function emptyState(base: { ref: string; imageId: string | null; folders: string[]; foldersSource: string | null; system?: SystemPackages }): StageState {
  return {
    tree: new Map(),
    contents: new Map(),
    workdir: "/",
    env: new Map(),
    baseFolders: base.folders.slice(),
    rootImageId: base.imageId,
    rootImageRef: base.ref,
    baseFoldersSource: base.foldersSource,
    system: base.system ? copySystem(base.system) : { manager: null, release: null, installed: null, complete: false },
    untracked: false,
    packagesAdded: new Set(),
  };
}

/** A deep copy, for a stage that starts FROM another. */
export function cloneState(s: StageState): StageState {
  return {
    tree: new Map([...s.tree.entries()].map(([k, v]) => [k, { ...v }])),
    contents: new Map(s.contents),
    workdir: s.workdir,
    env: new Map(s.env),
    baseFolders: s.baseFolders.slice(),
    rootImageId: s.rootImageId,
    rootImageRef: s.rootImageRef,
    baseFoldersSource: s.baseFoldersSource,
    system: copySystem(s.system),
    untracked: s.untracked,
    packagesAdded: new Set(s.packagesAdded),
  };
}

/** An absolute path with `.`, `..` and repeated slashes resolved. */
export function normPath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return "/" + parts.join("/");
}

/** `p` resolved against the working directory `cwd`. */
export function resolvePath(cwd: string, p: string): string {
  return p.startsWith("/") ? normPath(p) : normPath(`${cwd}/${p}`);
}

/** `rel` below `dir`. */
export function joinPath(dir: string, rel: string): string {
  return rel === "" ? normPath(dir) : normPath(`${dir}/${rel}`);
}

/** The last segment. */
export function baseName(p: string): string {
  const parts = normPath(p).split("/");
  return parts[parts.length - 1] ?? "";
}

/** The directory holding `p` (`/` for a top-level path). */
export function parentPath(p: string): string {
  const n = normPath(p);
  const i = n.lastIndexOf("/");
  return i <= 0 ? "/" : n.slice(0, i);
}

/** Whether `path` is strictly below `dir`. */
export function isUnder(path: string, dir: string): boolean {
  return dir === "/" ? path !== "/" : path.startsWith(dir + "/");
}

/**
 * Records a path. Parents a copy or a `mkdir -p` creates take the same origin unless they
 * exist; a directory keeps its first origin when written again.
 */
export function addNode(state: StageState, path: string, node: FsNode): void {
  const p = normPath(path);
  if (p === "/") return;
  const parent = parentPath(p);
  if (parent !== "/" && !state.tree.has(parent)) {
    addNode(state, parent, { ...node, type: "dir", bytes: null, note: null, opaque: false });
  }
  const existing = state.tree.get(p);
  if (existing && existing.type === "dir" && node.type === "dir") {
    if (node.opaque) existing.opaque = true;
    if (node.note && !existing.note) existing.note = node.note;
    if (node.bytes !== null) existing.bytes = (existing.bytes ?? 0) + node.bytes;
    return;
  }
  state.tree.set(p, node);
}

/** Every tracked path strictly below `dir`, with its node. */
export function descendants(state: StageState, dir: string): [string, FsNode][] {
  return [...state.tree.entries()].filter(([p]) => isUnder(p, dir));
}
