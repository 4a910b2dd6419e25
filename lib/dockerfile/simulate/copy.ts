/**
 * COPY and ADD: from the build context (files, directories, wildcards, heredocs) and from
 * an earlier stage's simulated file system.
 */
import { isExcludedFromContext } from "../dockerignore";
import { compilePathPattern, hasWildcards } from "../path-pattern";
import { addNode, baseName, descendants, isUnder, joinPath, normPath, resolvePath, type FsNode, type StageState } from "./fs-model";
import type { LayerApproximation, LayerPart, SizeReason, StageName } from "./reasons";
import type { ContextFile } from "./types";

/** What one COPY adds. */
export interface CopyResult {
  /** Known bytes. */
  known: number;
  /** Why the rest is unknown, each reason once. */
  reasons: SizeReason[];
  /** What it copies. */
  what: LayerPart;
  /** Why the counted figure is approximate, if it is. */
  approximations?: LayerApproximation[];
  /** Sources the stage certainly does not have (absolute): the real COPY fails on the first. */
  missing?: string[];
}

function addReason(reasons: SizeReason[], reason: SizeReason): void {
  const key = JSON.stringify(reason);
  if (!reasons.some((r) => JSON.stringify(r) === key)) reasons.push(reason);
}

/** Whether the destination is a directory: a trailing `/`, several sources, or an existing directory. */
function destinationIsDir(state: StageState, dest: string, copy: { destRaw: string; sources: string[] }): boolean {
  const { destRaw, sources } = copy;
  return destRaw.endsWith("/") || destRaw === "." || destRaw === ".." || sources.length > 1 || state.tree.get(dest)?.type === "dir" || dest === state.workdir;
}

/**
 * fsutil's splitWildcards: the segments before the first one with a wildcard (a literal
 * directory), and the rest (a pattern matched against paths relative to that directory).
 */
function splitWildcards(rel: string): { dir: string; pattern: string } {
  const segs = rel.split("/");
  const at = segs.findIndex(hasWildcards);
  return { dir: segs.slice(0, at).join("/"), pattern: segs.slice(at).join("/") };
}

/**
 * Where each context file a wildcard source matches lands, relative to the destination:
 * fsutil's ResolveWildcards walks the literal directory and takes every path the pattern
 * matches (filepath.Match); a matched directory is copied by its contents (BuildKit's
 * CopyDirContentsOnly), a matched file by its name.
 */
function wildcardMatches(files: ContextFile[], rel: string): { file: ContextFile; target: string }[] {
  const { dir, pattern } = splitWildcards(rel);
  const compiled = compilePathPattern(pattern, "wildcard");
  if (!compiled) return [];
  const out: { file: ContextFile; target: string }[] = [];
  for (const file of files) {
    const p = normPath(file.path).slice(1);
    if (dir !== "" && !p.startsWith(dir + "/")) continue;
    const segs = (dir === "" ? p : p.slice(dir.length + 1)).split("/");
    for (let k = 1; k <= segs.length; k++) {
      if (!compiled.matches(segs.slice(0, k).join("/"))) continue;
      out.push({ file, target: k === segs.length ? baseName(p) : segs.slice(k).join("/") });
      break;
    }
  }
  return out;
}

/** COPY (or ADD) of build-context files and heredocs into `state`. */
export function copyFromContext(copy: {
  state: StageState;
  sources: string[];
  destRaw: string;
  stage: StageName;
  /** The build context, or undefined when not given. */
  files: ContextFile[] | undefined;
  dockerignore: string;
  heredocs: { name: string; content: string }[];
}): CopyResult {
  const { state, sources, destRaw, files } = copy;
  const dest = resolvePath(state.workdir, destRaw);
  const destIsDir = destinationIsDir(state, dest, copy);
  const reasons: SizeReason[] = [];
  let known = 0;
  let count = 0;
  const put = (path: string, bytes: number | null, content?: string) => {
    addNode(state, path, { type: "file", bytes, origin: "context", stage: copy.stage.label, from: null, note: null, opaque: false });
    if (content !== undefined) state.contents.set(normPath(path), content);
    if (bytes !== null) known += bytes;
    count++;
  };
  for (const src of sources) {
    if (src.startsWith("<<")) {
      const name = src.replace(/^<<-?/, "").replace(/^["']|["']$/g, "");
      const doc = copy.heredocs.find((h) => h.name === name);
      const bytes = doc ? new TextEncoder().encode(doc.content).length : 0;
      put(destIsDir ? joinPath(dest, name) : dest, bytes, doc?.content);
      continue;
    }
    if (files === undefined) {
      addNode(state, dest, { type: destIsDir ? "dir" : "file", bytes: null, origin: "context", stage: copy.stage.label, from: null, note: { kind: "context-not-given" }, opaque: destIsDir });
      addReason(reasons, { kind: "context-not-given" });
      continue;
    }
    const rel = normPath(src).slice(1);
    const usable = files.filter((f) => !isExcludedFromContext(copy.dockerignore, f.path));
    let matched = 0;
    if (rel === "") {
      for (const f of usable) {
        put(joinPath(dest, normPath(f.path).slice(1)), f.size, f.content);
        matched++;
      }
    } else if (hasWildcards(rel)) {
      // A wildcard that matches nothing copies nothing: BuildKit allows it (AllowEmptyWildcard).
      for (const { file, target } of wildcardMatches(usable, rel)) put(joinPath(dest, target), file.size, file.content);
      continue;
    } else {
      const exact = usable.find((f) => normPath(f.path).slice(1) === rel);
      if (exact) {
        put(destIsDir ? joinPath(dest, baseName(rel)) : dest, exact.size, exact.content);
        matched++;
      } else {
        for (const f of usable) {
          const p = normPath(f.path).slice(1);
          if (p.startsWith(rel + "/")) {
            put(joinPath(dest, p.slice(rel.length + 1)), f.size, f.content);
            matched++;
          }
        }
      }
    }
    if (matched === 0) addReason(reasons, { kind: "not-in-context", path: src });
  }
  return { known, reasons, what: { kind: "context-files", count: files === undefined ? null : count } };
}

/** COPY --from an earlier stage: its simulated files arrive in `state`. */
export function copyFromStage(copy: {
  state: StageState;
  /** The stage copied from: its file system and name. */
  source: { state: StageState; name: StageName };
  sources: string[];
  destRaw: string;
  /** The label of the stage copying. */
  stage: string;
}): CopyResult {
  const { state, sources, destRaw } = copy;
  const from = copy.source.name;
  const source = copy.source.state;
  const dest = resolvePath(state.workdir, destRaw);
  const destIsDir = destinationIsDir(state, dest, copy);
  const reasons: SizeReason[] = [];
  let known = 0;
  let approximate = false;
  const names: string[] = [];
  const missing: string[] = [];
  const arrive = (path: string, node: Omit<FsNode, "origin" | "stage" | "from">) =>
    addNode(state, path, { ...node, origin: "stage", stage: copy.stage, from: from.label });
  const put = (path: string, node: FsNode, at: string) => {
    arrive(path, node);
    if (node.approximate && node.bytes !== null) approximate = true;
    if (node.type !== "file") {
      // A directory a step made without listing it: its size, when the step knew it, else unknown.
      if (node.bytes !== null) known += node.bytes;
      else if (node.opaque) addReason(reasons, { kind: "partly-known-dir", stage: from, path: at });
      return;
    }
    if (node.bytes === null) addReason(reasons, { kind: "unsized-stage-file", stage: from });
    else known += node.bytes;
  };
  for (const raw of sources) {
    // The source of COPY --from is always resolved from the root of the stage.
    const abs = resolvePath("/", raw);
    const node = source.tree.get(abs);
    names.push(abs);
    const target = destIsDir ? joinPath(dest, baseName(abs)) : dest;
    if (node && node.type === "file") {
      put(target, node, abs);
      const c = source.contents.get(abs);
      if (c !== undefined) state.contents.set(target, c);
    } else if (node || abs === "/") {
      // A directory: its contents arrive, not the directory itself.
      const sized = node?.bytes ?? null;
      arrive(dest, { type: "dir", bytes: sized, note: node?.opaque && sized === null ? { kind: "stage-directory", stage: from } : node?.note ?? null, opaque: node?.opaque ?? false });
      if (sized !== null) known += sized;
      if (sized !== null && node?.approximate) approximate = true;
      for (const [p, n] of descendants(source, abs)) put(joinPath(dest, p.slice(abs === "/" ? 1 : abs.length + 1)), n, p);
      for (const [p, c] of source.contents) if (isUnder(p, abs)) state.contents.set(joinPath(dest, p.slice(abs === "/" ? 1 : abs.length + 1)), c);
      // The whole file system, an unlisted directory, or one a step of unknown effect may have written into.
      if ((node?.opaque && sized === null) || abs === "/" || source.untracked) addReason(reasons, { kind: "partly-known-dir", stage: from, path: abs });
    } else {
      const opaqueAncestor = [...source.tree.entries()].some(([p, n]) => n.opaque && isUnder(abs, p));
      const file = { type: "file" as const, bytes: null, opaque: false };
      if (opaqueAncestor) {
        arrive(target, { ...file, note: { kind: "stage-file-estimated", stage: from } });
        addReason(reasons, { kind: "made-by-unsized-step", stage: from, path: abs });
      } else if (source.baseFolders.includes(abs.split("/")[1] ?? "")) {
        // A path of the stage's base image: a folder when written with a trailing slash, whose
        // contents arrive (not the folder itself), else a file; either way not listed.
        const folder = raw.endsWith("/");
        const note = { kind: "stage-base-image-file" as const, stage: from, image: source.rootImageRef };
        if (folder) arrive(dest, { type: "dir", bytes: null, note, opaque: true });
        else arrive(target, { ...file, note });
        addReason(reasons, { kind: "base-image-file", stage: from, path: abs, image: source.rootImageRef });
      } else {
        arrive(target, { ...file, note: { kind: "maybe-missing-in-stage", stage: from } });
        addReason(reasons, { kind: "maybe-missing-in-stage", stage: from, path: abs });
        // No step of unknown effect ran there, the path is outside the base image's folders and not a pattern: it is not there.
        if (!source.untracked && !/[*?[]/.test(abs)) missing.push(abs);
      }
    }
  }
  return { known, reasons, what: { kind: "stage-files", paths: names, stage: from }, approximations: approximate ? [{ kind: "stage-approximate", stage: from }] : [], ...(missing.length > 0 ? { missing } : {}) };
}
