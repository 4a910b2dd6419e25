/**
 * simulateBuild: what each stage makes, what ends up in the final image, how big, and the
 * build log, without a Docker engine. Sizes come from the catalog (./catalog) and from
 * the build-context sizes passed in; what neither knows is reported as unknown with a
 * reason, and the totals then read as lower bounds. Stage structure (bases, `--from`
 * resolution, which stages each builder runs) comes from analyzeDockerfile, so the
 * simulation and the analyser never disagree about the graph.
 */
import type { Analysis, AnalyzeOptions, StageInfo } from "./analysis/types";
import { contextDockerignore, type ContextFile } from "./build-context";
import { findBuildOutput, findImage, lookupPackages, qualifyImage, similarImages } from "./catalog";
import { isCopyIgnored } from "./dockerignore";
import { argPairs, splitWords, unquote } from "./parser/lex";
import type { DockerfileDocument, Instruction, InstructionDetail } from "./parser/types";
import { expandWord } from "./shell/expand";

type ParseResult = DockerfileDocument;

// --- result types (plain, serialisable) ---------------------------------------

export type { ContextFile };

/** Options of one simulated `docker build`. */
export interface SimulateOptions {
  /** `--target`; matched case-insensitively. Default: the last stage. */
  target?: string;
  /** `--build-arg KEY=VALUE` values. */
  buildArgs?: Record<string, string>;
  /** The build context. Absent: every `COPY` from the context "depends on your project". */
  contextFiles?: ContextFile[];
  /** `.dockerignore` text; default: the content of a `.dockerignore` entry in contextFiles. */
  dockerignore?: string;
  /** `-t` repository name for the log and `docker image ls` (`hello-cmake`); tag `latest` unless given as `name:tag`. */
  tag?: string;
}

/** What kind of change an instruction makes. */
export type LayerKind = "metadata" | "workdir" | "run" | "copy" | "copy-from" | "add";

/** The estimated effect of one instruction (other than FROM). */
export interface SimulatedLayer {
  /** The instruction as written, continuation lines joined. */
  instruction: string;
  /** Upper-cased keyword. */
  keyword: string;
  /** 1-based line of the instruction. */
  line: number;
  /** What kind of change it makes. */
  kind: LayerKind;
  /** Estimated size delta in bytes, or null when any part of it is unknown. */
  bytes: number | null;
  /** The part of the delta that is known, in bytes (equals `bytes` when `bytes` is not null). */
  knownBytes: number;
  /** Why `bytes` is null ("size unknown: package foo not in the catalog"), else null. */
  reason: string | null;
  /** Short description for a bar label (`g++, make and cmake`, `3 files from the build context`). */
  description: string;
  /** Catalog entry ids the estimate used. */
  catalogIds: string[];
  /** True when the figure is an estimate from a measurement of something similar, not of this exact thing. */
  estimated: boolean;
}

/** The image a stage starts from. */
export interface SimulatedBase {
  /** The FROM value after ARG expansion. */
  ref: string;
  /** Index of the stage it names (`FROM build`), else null. */
  stage: number | null;
  /** Size in bytes: the catalog image's, or the parent stage's total; null when unknown. */
  bytes: number | null;
  /** Size kind of the catalog figure, or null. */
  kind: "on-disk" | "compressed" | "unstated" | null;
  /** The catalog entry id, or null. */
  catalogId: string | null;
  /** True when the catalog figure is approximate ("around 2 MiB"). */
  approximate: boolean;
  /** Why `bytes` is null, else null. */
  reason: string | null;
}

/** One stage of the simulation. */
export interface SimulatedStage {
  /** 0-based index. */
  index: number;
  /** The label BuildKit prints: the stage name, or `stage-<index>`. */
  label: string;
  /** Lower-cased stage name, or null. */
  name: string | null;
  /** What it starts from. */
  base: SimulatedBase;
  /** The layers of its own instructions, in order. */
  layers: SimulatedLayer[];
  /** Known bytes of its own layers. */
  ownBytes: number;
  /** Known bytes of the whole stage: base (or parent stage) plus own layers. */
  totalBytes: number;
  /** True when something in the stage or its base is unknown, so totalBytes is a lower bound. */
  lowerBound: boolean;
  /** True when BuildKit builds it for the target. */
  builtByBuildKit: boolean;
  /** True when the legacy builder runs it (stages 0 to the target). */
  builtByLegacy: boolean;
  /** True when its layers are part of the final image (the target and the stages it is FROM). */
  inFinalImage: boolean;
}

/** Where a file-tree entry comes from. */
export type TreeOrigin = "base" | "context" | "stage" | "image" | "run";

/** One node of the final image's file tree. */
export interface FileTreeNode {
  /** Base name (`hello`); `/` for the root. */
  name: string;
  /** Absolute path. */
  path: string;
  /** File or directory. */
  type: "file" | "dir";
  /** Where it comes from. */
  origin: TreeOrigin;
  /** The stage that put it there (its label), or null for the base image's folders. */
  stage: string | null;
  /** For `origin: "stage"`: the stage it was copied from; for `"image"`: the image. */
  from: string | null;
  /**
   * Files: size in bytes, null when unknown. Directories: the known bytes the build added
   * below it (the base image's own contents are not listed); null for a base image folder
   * the build added nothing to.
   */
  bytes: number | null;
  /** Extra text: "directory from stage build (contents estimated)", "typical top folder". */
  note: string | null;
  /** Children, sorted by name (directories only). */
  children: FileTreeNode[];
}

/** A stage whose contents never reach the final image. */
export interface LeftBehind {
  /** Stage index. */
  stage: number;
  /** Stage label. */
  label: string;
  /** Known bytes that stay behind (the stage minus a base it shares with the image, minus what is copied out). */
  bytes: number;
  /** True when unknown sizes make `bytes` a lower bound. */
  lowerBound: boolean;
  /** What stays behind, e.g. ["g++, make and cmake", "the build directory"]. */
  items: string[];
  /** The sentence: "the ~295MB of g++, make and cmake in stage `build` never reach the image". */
  text: string;
}

/** The image the build produces. */
export interface SimulatedImage {
  /** Index of the target stage. */
  stage: number;
  /** Stage indexes whose layers it holds, base first (the target and its FROM-stage ancestors). */
  chain: number[];
  /** Known bytes. */
  bytes: number;
  /** True when bytes is a lower bound. */
  lowerBound: boolean;
  /** Docker's formatting of bytes (`8.34MB`), prefixed `≥ ` when a lower bound. */
  display: string;
  /** The final image's file tree. */
  tree: FileTreeNode;
}

/** Simulated build output. */
export interface SimulatedLogs {
  /** BuildKit's TTY output (`=> [build 2/5] RUN ...`), stages it skips absent. Times omitted: nothing ran. */
  buildkit: string[];
  /** The legacy builder's output (`Step 1/6 : FROM ...`), every stage up to the target. */
  legacy: string[];
  /** The label a UI must show with either log. */
  notice: string;
}

/** A simulated `docker image ls` row. */
export interface SimulatedImageLs {
  /** The header line. */
  header: string;
  /** The row, aligned under the header. */
  line: string;
  /** REPOSITORY column. */
  repository: string;
  /** TAG column. */
  tag: string;
  /** IMAGE ID column: a fake id derived from a hash of the Dockerfile and options. */
  id: string;
  /** CREATED column. */
  created: string;
  /** SIZE column as Docker formats it (3 significant digits, decimal units). */
  size: string;
}

/** Everything simulateBuild returns. */
export interface BuildSimulation {
  /** Always true: this is a model, not a build. */
  simulated: true;
  /** Every stage, in order (including those no builder runs). */
  stages: SimulatedStage[];
  /** Index of the target stage, or null when there is none. */
  target: number | null;
  /** The final image, or null when there is no target. */
  image: SimulatedImage | null;
  /** Stages BuildKit builds whose contents stay out of the image. */
  leftBehind: LeftBehind[];
  /** The simulated logs. */
  logs: SimulatedLogs;
  /** The simulated `docker image ls` row, or null when there is no image. */
  imageLs: SimulatedImageLs | null;
  /** BuildKit's error when the real build would fail (from analyzeDockerfile), else null. */
  error: string | null;
  /** Catalog entry ids any estimate used, sorted, so a UI can list the sources. */
  catalogIds: string[];
}

// --- formatting: Docker's size strings and deterministic fake ids -------------
const UNITS = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];

/** Go's `%.<p>g`: shortest form with p significant digits, trailing zeros removed. */
function goG(value: number, precision: number): string {
  const s = value.toPrecision(precision);
  const e = s.indexOf("e");
  const strip = (m: string) => (m.includes(".") ? m.replace(/\.?0+$/, "") : m);
  if (e < 0) return strip(s);
  const mantissa = strip(s.slice(0, e));
  const exp = Number(s.slice(e + 1));
  const sign = exp < 0 ? "-" : "+";
  return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, "0")}`;
}

/**
 * go-units HumanSizeWithPrecision: divide by 1000 while the value is at least 1000, then
 * `%.<precision>g` and the unit (`B`, `kB`, `MB`, ...).
 */
export function humanSize(bytes: number, precision = 4): string {
  let size = Number.isFinite(bytes) ? Math.max(0, bytes) : 0;
  let i = 0;
  while (size >= 1000 && i < UNITS.length - 1) {
    size /= 1000;
    i++;
  }
  return goG(size, precision) + UNITS[i];
}

/** `docker image ls` SIZE: docker/cli formats it with HumanSizeWithPrecision(size, 3). */
export function formatDockerSize(bytes: number): string {
  return humanSize(bytes, 3);
}

/** FNV-1a over a string, 32 bits. */
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // murmur3's finaliser, so that texts differing in one character give unrelated ids.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A deterministic fake hex id of `length` digits derived from `text`. Not a real digest:
 * the simulation says so wherever it shows one.
 */
export function fakeHex(text: string, length: number): string {
  let out = "";
  for (let seed = 0; out.length < length; seed++) out += fnv1a(text, seed).toString(16).padStart(8, "0");
  return out.slice(0, length);
}

// --- simulation ----------------------------------------------------------------

const NOTICE =
  "Simulated: no Docker engine ran. Sizes are estimates from the catalog's sources; ids are fake, derived from a hash of the Dockerfile; times are omitted.";

/** One tracked path in a stage's file system. */
interface Node {
  type: "file" | "dir";
  /** Bytes for files, null when unknown; unused for directories. */
  bytes: number | null;
  origin: TreeOrigin;
  stage: string | null;
  from: string | null;
  note: string | null;
  /** For directories a step wrote but the model cannot list: contents unknown. */
  opaque: boolean;
}

/** The simulated file system and environment of a stage while its instructions run. */
interface StageState {
  tree: Map<string, Node>;
  contents: Map<string, string>;
  workdir: string;
  env: Map<string, string>;
  /** Top folders of the root base image. */
  baseFolders: string[];
  /** Catalog id of the root base image, or null. */
  rootImageId: string | null;
  /** The root base image reference. */
  rootImageRef: string;
  /** Where the top folders come from (the catalog's topFoldersSource). */
  baseFoldersNote: string;
}

/** A layer plus what the simulator needs internally. */
interface LayerWork extends SimulatedLayer {
  /** For COPY --from a stage: that stage's index. */
  fromStage: number | null;
  /** Text a RUN would print (echo), for the legacy log. */
  output: string[];
}

// --- paths -------------------------------------------------------------------

function normPath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return "/" + parts.join("/");
}

function resolvePath(cwd: string, p: string): string {
  return p.startsWith("/") ? normPath(p) : normPath(`${cwd}/${p}`);
}

function joinPath(dir: string, rel: string): string {
  return rel === "" ? normPath(dir) : normPath(`${dir}/${rel}`);
}

function baseName(p: string): string {
  const parts = normPath(p).split("/");
  return parts[parts.length - 1] ?? "";
}

function parentPath(p: string): string {
  const n = normPath(p);
  const i = n.lastIndexOf("/");
  return i <= 0 ? "/" : n.slice(0, i);
}

function isUnder(path: string, dir: string): boolean {
  return dir === "/" ? path !== "/" : path.startsWith(dir + "/");
}

function addNode(state: StageState, path: string, node: Node): void {
  const p = normPath(path);
  if (p === "/") return;
  // Parents a copy or a mkdir -p creates take the same origin, unless they already exist.
  const parent = parentPath(p);
  if (parent !== "/" && !state.tree.has(parent)) {
    addNode(state, parent, { ...node, type: "dir", bytes: null, note: null, opaque: false });
  }
  const existing = state.tree.get(p);
  if (existing && existing.type === "dir" && node.type === "dir") {
    // Keep the first origin of a directory; a later copy into it does not change where it came from.
    if (node.opaque) existing.opaque = true;
    if (node.note && !existing.note) existing.note = node.note;
    return;
  }
  state.tree.set(p, node);
}

function descendants(state: StageState, dir: string): [string, Node][] {
  return [...state.tree.entries()].filter(([p]) => isUnder(p, dir));
}

// --- words -------------------------------------------------------------------

function joinAnd(items: string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The instruction as BuildKit names its vertex: keyword upper-cased, the rest as written. */
function vertexText(detail: InstructionDetail | undefined, ins: Instruction): string {
  const original = (detail?.original ?? `${ins.keywordRaw} ${ins.args}`).trim();
  const sp = original.search(/\s/);
  return sp < 0 ? original.toUpperCase() : original.slice(0, sp).toUpperCase() + original.slice(sp);
}

// --- RUN ---------------------------------------------------------------------

const ZERO_COMMANDS = new Set([
  "true",
  ":",
  "set",
  "export",
  "ls",
  "cat",
  "pwd",
  "whoami",
  "id",
  "env",
  "printenv",
  "rm",
  "chmod",
  "chown",
  "chgrp",
  "ln",
  "mv",
  "adduser",
  "addgroup",
  "useradd",
  "groupadd",
  "usermod",
  "sleep",
  "test",
  "[",
  "exit",
  "which",
  "uname",
  "date",
  "printf",
]);

const DEPS_UNKNOWN = "size unknown: depends on your project's dependencies";
const PROJECT_UNKNOWN = "size unknown: depends on your project";

interface RunResult {
  known: number;
  reasons: string[];
  descriptions: string[];
  catalogIds: string[];
  estimated: boolean;
  output: string[];
}

function parseCMakeLists(content: string): { executables: string[]; sources: string[] } {
  const executables: string[] = [];
  const sources: string[] = [];
  const re = /add_executable\s*\(([^)]*)\)/gi;
  for (let m = re.exec(content); m; m = re.exec(content)) {
    const words = (m[1] ?? "").split(/\s+/).filter((w) => w !== "");
    const [name, ...rest] = words;
    if (!name) continue;
    executables.push(name);
    for (const w of rest) if (!["WIN32", "MACOSX_BUNDLE", "EXCLUDE_FROM_ALL", "IMPORTED", "ALIAS", "GLOBAL"].includes(w)) sources.push(w);
  }
  return { executables, sources };
}

function simulateRun(state: StageState, text: string, label: string): RunResult {
  const r: RunResult = { known: 0, reasons: [], descriptions: [], catalogIds: [], estimated: false, output: [] };
  let cwd = state.workdir;
  const cmakeConfigs: { src: string; build: string }[] = [];
  let built = false;
  const unknown = (reason: string) => {
    if (!r.reasons.includes(reason)) r.reasons.push(reason);
  };
  const mk = (path: string, type: "file" | "dir", bytes: number | null, note: string | null = null, opaque = false) =>
    addNode(state, path, { type, bytes, origin: "run", stage: label, from: null, note, opaque });

  for (const raw of text.split(/&&|\|\||;|\||\n/)) {
    let words = splitWords(raw.trim()).map(unquote);
    while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0] as string)) words = words.slice(1);
    if (words[0] === "sudo" || words[0] === "exec") words = words.slice(1);
    const prog = baseName(words[0] ?? "");
    if (prog === "" || prog.startsWith("#")) continue;
    const args = words.slice(1);
    const operands = args.filter((a) => !a.startsWith("-"));
    const redirect = /(^|[^0-9&])>/.test(raw);

    if (prog === "cd") {
      cwd = resolvePath(cwd, operands[0] ?? "/root");
    } else if (prog === "mkdir") {
      for (const d of operands) mk(resolvePath(cwd, d), "dir", null);
    } else if (prog === "touch") {
      for (const f of operands) mk(resolvePath(cwd, f), "file", 0);
    } else if (prog === "echo") {
      if (redirect) unknown("size unknown: a file written by echo");
      else r.output.push(args.filter((a) => a !== "-n" && a !== "-e").join(" "));
    } else if (prog === "apk") {
      const sub = args.findIndex((a) => !a.startsWith("-"));
      const cmd = sub >= 0 ? args[sub] : "";
      if (cmd === "add") {
        const pkgs: string[] = [];
        for (let i = sub + 1; i < args.length; i++) {
          const a = args[i] as string;
          if (a === "--virtual" || a === "-t" || a === "--repository" || a === "-X") i++;
          else if (!a.startsWith("-")) pkgs.push(a.split(/[=<>~]/)[0] as string);
        }
        const found = lookupPackages("apk", pkgs);
        r.known += found.bytes;
        for (const e of found.entries) {
          r.descriptions.push(e.label);
          r.catalogIds.push(e.id);
        }
        for (const p of found.unknown) {
          unknown(`size unknown: apk package ${p} not in the catalog`);
          r.descriptions.push(p);
        }
        for (const dir of ["/usr", "/lib", "/etc"]) mk(dir, "dir", null, null, true);
      } else if (cmd === "update") {
        unknown("size unknown: apk update stores the package index (not in the catalog)");
      }
    } else if (prog === "apt-get" || prog === "apt") {
      const cmd = operands[0] ?? "";
      if (cmd === "install") {
        for (const p of operands.slice(1)) {
          unknown(`size unknown: apt package ${p.split("=")[0]} not in the catalog`);
          r.descriptions.push(p.split("=")[0] as string);
        }
        for (const dir of ["/usr", "/lib", "/etc"]) mk(dir, "dir", null, null, true);
      } else if (cmd === "update") {
        unknown("size unknown: apt-get update downloads package lists (not in the catalog)");
      }
    } else if (["pip", "pip3", "uv", "poetry", "pipenv"].includes(prog) || (prog.startsWith("python") && args.includes("pip"))) {
      if (args.includes("install") || args.includes("sync")) {
        unknown(DEPS_UNKNOWN);
        r.descriptions.push(`${prog} install`);
      } else if (!args.includes("cache")) unknown(PROJECT_UNKNOWN);
    } else if (["npm", "yarn", "pnpm", "bun"].includes(prog)) {
      const cmd = operands[0] ?? "install";
      if (["ci", "install", "i", "add"].includes(cmd)) {
        unknown(DEPS_UNKNOWN);
        r.descriptions.push(`${prog} ${cmd}`);
        mk(resolvePath(cwd, "node_modules"), "dir", null, "dependencies (contents unknown)", true);
      } else if (cmd !== "cache") {
        unknown(PROJECT_UNKNOWN);
        r.descriptions.push(`${prog} ${operands.join(" ")}`.trim());
      }
    } else if (prog === "go") {
      if (operands[0] === "mod" && operands[1] === "download") {
        unknown(DEPS_UNKNOWN);
        r.descriptions.push("go mod download");
      } else {
        unknown(PROJECT_UNKNOWN);
        const o = args.indexOf("-o");
        if (operands[0] === "build" && o >= 0 && args[o + 1]) mk(resolvePath(cwd, args[o + 1] as string), "file", null);
        r.descriptions.push(`go ${operands[0] ?? ""}`.trim());
      }
    } else if (prog === "cmake") {
      if (args.includes("--build")) built = true;
      else {
        let src = operands[0] ?? ".";
        let build = cwd;
        const s = args.findIndex((a) => a === "-S" || a.startsWith("-S"));
        const b = args.findIndex((a) => a === "-B" || a.startsWith("-B"));
        if (s >= 0) src = args[s] === "-S" ? (args[s + 1] ?? ".") : (args[s] as string).slice(2);
        if (b >= 0) build = resolvePath(cwd, args[b] === "-B" ? (args[b + 1] ?? ".") : (args[b] as string).slice(2));
        cmakeConfigs.push({ src: resolvePath(cwd, src), build });
      }
    } else if (prog === "make" || prog === "ninja") {
      if (cmakeConfigs.length > 0) built = true;
      else {
        unknown(PROJECT_UNKNOWN);
        r.descriptions.push(prog);
      }
    } else if (["g++", "gcc", "c++", "cc", "clang", "clang++", "rustc", "cargo", "javac", "mvn", "mvnw", "gradle", "gradlew", "dotnet", "tsc"].includes(prog)) {
      unknown(PROJECT_UNKNOWN);
      const o = args.indexOf("-o");
      if (o >= 0 && args[o + 1]) mk(resolvePath(cwd, args[o + 1] as string), "file", null);
      r.descriptions.push(`${prog} output`);
    } else if (prog === "curl" || prog === "wget" || prog === "git") {
      unknown(`size unknown: ${prog} downloads at build time`);
      r.descriptions.push(`${prog} download`);
    } else if (prog === "cp") {
      unknown("size unknown: cp copies files inside the image");
    } else if (!ZERO_COMMANDS.has(prog)) {
      unknown(`size unknown: the model does not know what \`${prog}\` writes`);
      r.descriptions.push(prog);
    } else if (redirect) {
      unknown("size unknown: a file written by a redirect");
    }
  }

  for (const cfg of built ? cmakeConfigs : []) {
    const listsPath = joinPath(cfg.src, "CMakeLists.txt");
    const content = state.contents.get(listsPath);
    const project = content === undefined ? null : parseCMakeLists(content);
    const output = project ? findBuildOutput(project.executables, project.sources) : null;
    if (output) {
      for (const f of output.files) mk(joinPath(cfg.build, f.path), "file", f.bytes);
      r.known += output.bytes;
      r.catalogIds.push(output.id);
      r.estimated = true;
      r.descriptions.push(`the CMake build of ${joinAnd(output.executables)}`);
    } else {
      mk(cfg.build, "dir", null, `build directory from stage ${label} (contents estimated)`, true);
      for (const f of ["CMakeCache.txt", "Makefile", "cmake_install.cmake"]) mk(joinPath(cfg.build, f), "file", null);
      mk(joinPath(cfg.build, "CMakeFiles"), "dir", null, "CMake's object files and scratch (contents estimated)", true);
      for (const exe of project?.executables ?? []) mk(joinPath(cfg.build, exe), "file", null);
      unknown(`${PROJECT_UNKNOWN} (what CMake and make write)`);
      r.descriptions.push("the CMake build");
    }
  }
  if (cmakeConfigs.length > 0 && !built) {
    for (const cfg of cmakeConfigs) mk(cfg.build, "dir", null, "CMake configuration (contents estimated)", true);
    unknown(`${PROJECT_UNKNOWN} (what CMake writes)`);
  }
  return r;
}

// --- COPY / ADD --------------------------------------------------------------

function globToRegExp(glob: string): RegExp {
  let re = "";
  for (const c of glob) {
    if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else re += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

interface CopyResult {
  known: number;
  reasons: string[];
  description: string;
}

function copyFromContext(
  state: StageState,
  sources: string[],
  destRaw: string,
  label: string,
  files: ContextFile[] | undefined,
  dockerignore: string,
  heredocs: { name: string; content: string }[],
): CopyResult {
  const dest = resolvePath(state.workdir, destRaw);
  const existing = state.tree.get(dest);
  const destIsDir = destRaw.endsWith("/") || destRaw === "." || destRaw === ".." || sources.length > 1 || existing?.type === "dir" || dest === state.workdir;
  const reasons: string[] = [];
  let known = 0;
  let count = 0;
  const put = (path: string, bytes: number | null, content?: string) => {
    addNode(state, path, { type: "file", bytes, origin: "context", stage: label, from: null, note: null, opaque: false });
    if (content !== undefined) state.contents.set(normPath(path), content);
    if (bytes !== null) known += bytes;
    count++;
  };
  for (const src of sources) {
    if (src.startsWith("<<")) {
      const name = src.replace(/^<<-?/, "").replace(/^["']|["']$/g, "");
      const doc = heredocs.find((h) => h.name === name);
      const bytes = doc ? new TextEncoder().encode(doc.content).length : 0;
      put(destIsDir ? joinPath(dest, name) : dest, bytes, doc?.content);
      continue;
    }
    if (files === undefined) {
      addNode(state, dest, { type: destIsDir ? "dir" : "file", bytes: null, origin: "context", stage: label, from: null, note: "files from the build context (not given)", opaque: destIsDir });
      if (!reasons.includes("depends on your project")) reasons.push("depends on your project");
      continue;
    }
    const rel = normPath(src).slice(1);
    const usable = files.filter((f) => !isCopyIgnored(dockerignore, f.path));
    let matched = 0;
    if (rel === "") {
      for (const f of usable) {
        put(joinPath(dest, normPath(f.path).slice(1)), f.size, f.content);
        matched++;
      }
    } else if (/[*?[]/.test(rel)) {
      const re = globToRegExp(rel);
      for (const f of usable) {
        const p = normPath(f.path).slice(1);
        if (re.test(p)) {
          put(joinPath(dest, baseName(p)), f.size, f.content);
          matched++;
        }
      }
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
    if (matched === 0) reasons.push(`\`${src}\` is not in the build context: docker build would fail here`);
  }
  return { known, reasons, description: files === undefined ? "files from the build context" : `${plural(count, "file")} from the build context` };
}

function copyFromStage(state: StageState, source: StageState, sourceLabel: string, sources: string[], destRaw: string, label: string): CopyResult {
  const dest = resolvePath(state.workdir, destRaw);
  const existing = state.tree.get(dest);
  const destIsDir = destRaw.endsWith("/") || destRaw === "." || sources.length > 1 || existing?.type === "dir" || dest === state.workdir;
  const reasons: string[] = [];
  let known = 0;
  const names: string[] = [];
  const put = (path: string, node: Node) => {
    addNode(state, path, { ...node, origin: "stage", stage: label, from: sourceLabel });
    if (node.type === "file") {
      if (node.bytes === null) {
        const reason = `size unknown: a file stage ${sourceLabel} writes that the model cannot size`;
        if (!reasons.includes(reason)) reasons.push(reason);
      } else known += node.bytes;
    }
  };
  for (const raw of sources) {
    // The source of COPY --from is always resolved from the root of the stage.
    const abs = resolvePath("/", raw);
    const node = source.tree.get(abs);
    names.push(abs);
    if (node && node.type === "file") {
      const c = source.contents.get(abs);
      put(destIsDir ? joinPath(dest, baseName(abs)) : dest, node);
      if (c !== undefined) state.contents.set(destIsDir ? joinPath(dest, baseName(abs)) : dest, c);
    } else if (node || abs === "/") {
      // A directory: its contents arrive, not the directory itself.
      const target = dest;
      const note = node?.opaque ? `directory from stage ${sourceLabel} (contents estimated)` : null;
      addNode(state, target, { type: "dir", bytes: null, origin: "stage", stage: label, from: sourceLabel, note, opaque: node?.opaque ?? false });
      for (const [p, n] of descendants(source, abs)) put(joinPath(target, p.slice(abs === "/" ? 1 : abs.length + 1)), n);
      if (node?.opaque || abs === "/") {
        const reason = `size unknown: what stage ${sourceLabel} has in ${abs} is only partly known`;
        if (!reasons.includes(reason)) reasons.push(reason);
      }
    } else {
      const opaqueAncestor = [...source.tree.entries()].find(([p, n]) => n.opaque && isUnder(abs, p));
      const target = destIsDir ? joinPath(dest, baseName(abs)) : dest;
      if (opaqueAncestor) {
        addNode(state, target, { type: "file", bytes: null, origin: "stage", stage: label, from: sourceLabel, note: `from stage ${sourceLabel} (contents estimated)`, opaque: false });
        reasons.push(`size unknown: ${abs} is made in stage ${sourceLabel} by a step the model cannot size`);
      } else if (source.baseFolders.includes(abs.split("/")[1] ?? "")) {
        addNode(state, target, { type: "file", bytes: null, origin: "stage", stage: label, from: sourceLabel, note: `from the base image ${source.rootImageRef} of stage ${sourceLabel}`, opaque: false });
        reasons.push(`size unknown: ${abs} comes from the base image ${source.rootImageRef}, whose files the catalog does not list`);
      } else {
        addNode(state, target, { type: "file", bytes: null, origin: "stage", stage: label, from: sourceLabel, note: `not known to exist in stage ${sourceLabel}`, opaque: false });
        reasons.push(`size unknown: the model cannot tell whether stage ${sourceLabel} has ${abs}`);
      }
    }
  }
  return { known, reasons, description: `${joinAnd(names)} from stage ${sourceLabel}` };
}

// --- stages ------------------------------------------------------------------

function stageLabelOf(s: StageInfo): string {
  return s.name ?? `stage-${s.index}`;
}

function cloneState(s: StageState): StageState {
  return {
    tree: new Map([...s.tree.entries()].map(([k, v]) => [k, { ...v }])),
    contents: new Map(s.contents),
    workdir: s.workdir,
    env: new Map(s.env),
    baseFolders: s.baseFolders.slice(),
    rootImageId: s.rootImageId,
    rootImageRef: s.rootImageRef,
    baseFoldersNote: s.baseFoldersNote,
  };
}

function baseOf(info: StageInfo, sims: SimulatedStage[], states: StageState[]): { base: SimulatedBase; state: StageState; lowerBound: boolean } {
  const parent = info.baseStage !== null && info.baseStage < info.index ? sims[info.baseStage] : undefined;
  const parentState = info.baseStage !== null ? states[info.baseStage] : undefined;
  if (parent && parentState) {
    return {
      base: {
        ref: info.base,
        stage: parent.index,
        bytes: parent.totalBytes,
        kind: null,
        catalogId: null,
        approximate: false,
        reason: parent.lowerBound ? `stage ${parent.label} has unknown sizes: its total is a lower bound` : null,
      },
      state: cloneState(parentState),
      lowerBound: parent.lowerBound,
    };
  }
  const image = findImage(info.base);
  const state: StageState = {
    tree: new Map(),
    contents: new Map(),
    workdir: "/",
    env: new Map(),
    baseFolders: image ? image.topFolders.slice() : [],
    rootImageId: image?.id ?? null,
    rootImageRef: info.base,
    baseFoldersNote: image ? `from the base image ${info.base} (${image.topFoldersSource})` : "",
  };
  if (image) {
    return {
      base: { ref: info.base, stage: null, bytes: image.bytes, kind: image.kind, catalogId: image.id, approximate: image.approximate, reason: null },
      state,
      lowerBound: false,
    };
  }
  const similar = similarImages(info.base).map((i) => `${i.repository}:${i.tags.filter((t) => t !== "")[0] ?? "latest"}`);
  const hint = similar.length > 0 ? `; the catalog has ${joinAnd([...new Set(similar)])}` : "";
  return {
    base: { ref: info.base, stage: null, bytes: null, kind: null, catalogId: null, approximate: false, reason: `size unknown: image ${info.base || "(blank)"} is not in the catalog${hint}` },
    state,
    lowerBound: true,
  };
}

const METADATA = new Set(["ENV", "ARG", "LABEL", "CMD", "ENTRYPOINT", "EXPOSE", "USER", "STOPSIGNAL", "HEALTHCHECK", "SHELL", "ONBUILD", "VOLUME", "MAINTAINER"]);

function layer(ins: Instruction, detail: InstructionDetail | undefined, kind: LayerKind, known: number, reasons: string[], description: string): LayerWork {
  return {
    instruction: vertexText(detail, ins),
    keyword: ins.keyword,
    line: ins.line,
    kind,
    bytes: reasons.length > 0 ? null : known,
    knownBytes: known,
    reason: reasons.length > 0 ? reasons.join("; ") : null,
    description,
    catalogIds: [],
    estimated: false,
    fromStage: null,
    output: [],
  };
}

interface StageRun {
  sim: SimulatedStage;
  state: StageState;
  layers: LayerWork[];
}

function simulateStage(
  info: StageInfo,
  instructions: Instruction[],
  ctx: { parsed: ParseResult; detail: ReadonlyMap<Instruction, InstructionDetail>; analysis: Analysis; options: SimulateOptions; dockerignore: string; runs: StageRun[] },
): StageRun {
  const label = stageLabelOf(info);
  const sims = ctx.runs.map((r) => r.sim);
  const states = ctx.runs.map((r) => r.state);
  const { base, state, lowerBound: baseLowerBound } = baseOf(info, sims, states);
  const layers: LayerWork[] = [];
  const buildArgs = ctx.options.buildArgs ?? {};
  const expand = (w: string): string => {
    const r = expandWord(w, state.env);
    return r.result;
  };

  for (const ins of instructions.slice(1)) {
    const detail = ctx.detail.get(ins);
    const kw = ins.keyword;
    if (kw === "RUN") {
      let text = detail?.json ? detail.json.join(" ") : ins.args;
      for (const h of detail?.heredocs ?? []) text += "\n" + h.content;
      const r = simulateRun(state, text, label);
      const l = layer(ins, detail, "run", r.known, r.reasons, r.descriptions.length > 0 ? joinAnd(r.descriptions) : "a command");
      l.catalogIds = r.catalogIds;
      l.estimated = r.estimated;
      l.output = r.output;
      layers.push(l);
    } else if (kw === "COPY" || kw === "ADD") {
      const words = detail?.json ?? splitWords(ins.args).map(unquote);
      const parts = words.map(expand);
      const fromFlag = ins.flags.find((f) => f.name.toLowerCase() === "from");
      const kind: LayerKind = fromFlag ? "copy-from" : kw === "ADD" ? "add" : "copy";
      if (parts.length < 2) {
        layers.push(layer(ins, detail, kind, 0, [], "nothing copied"));
        continue;
      }
      const destRaw = parts[parts.length - 1] as string;
      const sources = parts.slice(0, -1);
      if (fromFlag) {
        const edge = ctx.analysis.edges.find((e) => e.to === info.index && e.kind === "copy" && e.line === ins.line);
        const src = edge ? ctx.runs[edge.from] : undefined;
        if (edge && src && edge.from < info.index) {
          const r = copyFromStage(state, src.state, src.sim.label, sources, destRaw, label);
          const l = layer(ins, detail, kind, r.known, r.reasons, r.description);
          l.fromStage = edge.from;
          layers.push(l);
        } else if (edge) {
          const dest = resolvePath(state.workdir, destRaw);
          addNode(state, dest, { type: "file", bytes: null, origin: "stage", stage: label, from: fromFlag.value ?? "", note: "from a stage defined later", opaque: false });
          layers.push(layer(ins, detail, kind, 0, [`size unknown: stage ${fromFlag.value ?? ""} is defined after this one`], `from stage ${fromFlag.value ?? ""}`));
        } else {
          const image = fromFlag.value ?? "";
          const dest = resolvePath(state.workdir, destRaw);
          addNode(state, dest, { type: destRaw.endsWith("/") ? "dir" : "file", bytes: null, origin: "image", stage: label, from: image, note: `from image ${image}`, opaque: true });
          layers.push(layer(ins, detail, kind, 0, [`size unknown: files from image ${image} are not in the catalog`], `files from image ${image}`));
        }
      } else if (kw === "ADD" && sources.some((s) => /^(https?:\/\/|git@|git:\/\/)/.test(s))) {
        const dest = resolvePath(state.workdir, destRaw);
        addNode(state, dest, { type: "file", bytes: null, origin: "run", stage: label, from: null, note: "downloaded at build time", opaque: false });
        layers.push(layer(ins, detail, kind, 0, ["size unknown: ADD downloads it at build time"], "a download"));
      } else {
        const heredocs = (detail?.heredocs ?? []).map((h) => ({ name: h.name, content: h.content }));
        const r = copyFromContext(state, sources, destRaw, label, ctx.options.contextFiles, ctx.dockerignore, heredocs);
        layers.push(layer(ins, detail, kind, r.known, r.reasons, r.description));
      }
    } else if (kw === "WORKDIR") {
      const dir = resolvePath(state.workdir, expand(ins.args.trim()));
      state.workdir = dir;
      if (!state.tree.has(dir) && dir !== "/" && !(state.baseFolders.includes(dir.slice(1)) && !dir.slice(1).includes("/"))) {
        addNode(state, dir, { type: "dir", bytes: null, origin: "run", stage: label, from: null, note: null, opaque: false });
      }
      layers.push(layer(ins, detail, "workdir", 0, [], `working directory ${dir}`));
    } else {
      if (kw === "ENV" || kw === "ARG") {
        const pairs = argPairs(ins.args);
        if (kw === "ENV" && pairs.length >= 2 && pairs[0]?.value === null) {
          // Legacy `ENV key value`: everything after the key is the value.
          state.env.set(pairs[0].key, unquote(ins.args.trim().slice(pairs[0].key.length).trim()));
        } else {
          for (const p of pairs) {
            const value = kw === "ARG" ? (buildArgs[p.key] ?? (p.value === null ? undefined : expand(p.value))) : expand(p.value ?? "");
            if (value !== undefined) state.env.set(p.key, unquote(value));
          }
        }
      }
      layers.push(layer(ins, detail, "metadata", 0, [], METADATA.has(kw) ? "metadata only" : "not an instruction Docker knows"));
    }
  }

  const ownBytes = layers.reduce((s, l) => s + l.knownBytes, 0);
  const lowerBound = baseLowerBound || base.bytes === null || layers.some((l) => l.bytes === null);
  const sim: SimulatedStage = {
    index: info.index,
    label,
    name: info.name,
    base,
    layers: layers.map(({ fromStage: _f, output: _o, ...rest }) => rest),
    ownBytes,
    totalBytes: (base.bytes ?? 0) + ownBytes,
    lowerBound,
    builtByBuildKit: ctx.analysis.buildkitStages.includes(info.index),
    builtByLegacy: ctx.analysis.legacyStages.includes(info.index),
    inFinalImage: false,
  };
  return { sim, state, layers };
}

// --- final image -------------------------------------------------------------

function chainOf(runs: StageRun[], index: number): number[] {
  const chain: number[] = [];
  const seen = new Set<number>();
  for (let i: number | null = index; i !== null && !seen.has(i); ) {
    seen.add(i);
    chain.unshift(i);
    const parent: number | null = runs[i]?.sim.base.stage ?? null;
    i = parent;
  }
  return chain;
}

function buildTree(state: StageState): FileTreeNode {
  const root: FileTreeNode = { name: "/", path: "/", type: "dir", origin: "base", stage: null, from: null, bytes: null, note: null, children: [] };
  const byPath = new Map<string, FileTreeNode>([["/", root]]);
  const ensure = (path: string, make: () => FileTreeNode): FileTreeNode => {
    const found = byPath.get(path);
    if (found) return found;
    const parent = ensure(parentPath(path), () => ({
      name: baseName(parentPath(path)),
      path: parentPath(path),
      type: "dir",
      origin: "base",
      stage: null,
      from: null,
      bytes: null,
      note: null,
      children: [],
    }));
    const node = make();
    parent.children.push(node);
    byPath.set(path, node);
    return node;
  };
  for (const folder of state.baseFolders) {
    ensure(`/${folder}`, () => ({ name: folder, path: `/${folder}`, type: "dir", origin: "base", stage: null, from: null, bytes: null, note: state.baseFoldersNote, children: [] }));
  }
  const paths = [...state.tree.keys()].sort();
  for (const p of paths) {
    const n = state.tree.get(p) as Node;
    const existing = byPath.get(p);
    if (existing) {
      // A base folder that a step also wrote to stays the base's folder.
      if (existing.origin !== "base") {
        existing.type = n.type;
        existing.bytes = n.type === "file" ? n.bytes : null;
      }
      continue;
    }
    ensure(p, () => ({ name: baseName(p), path: p, type: n.type, origin: n.origin, stage: n.stage, from: n.from, bytes: n.type === "file" ? n.bytes : null, note: n.note, children: [] }));
  }
  const finish = (node: FileTreeNode): number => {
    if (node.type === "file") return node.bytes ?? 0;
    node.children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const sum = node.children.reduce((s, c) => s + finish(c), 0);
    // A base image's folder with nothing the build added: its share of the base is unknown.
    node.bytes = node.origin === "base" && node.path !== "/" && node.children.length === 0 ? null : sum;
    return sum;
  };
  finish(root);
  return root;
}

function leftBehindOf(runs: StageRun[], analysis: Analysis, chain: number[]): LeftBehind[] {
  const out: LeftBehind[] = [];
  const finalRoot = runs[chain[0] as number]?.state.rootImageId ?? null;
  for (const j of analysis.buildkitStages) {
    const run = runs[j];
    if (!run || chain.includes(j)) continue;
    const own = chainOf(runs, j);
    // Whatever j shares with the final image (a common stage, or the same base image) does not count.
    const sharedStage = [...own].reverse().find((k) => chain.includes(k));
    let shared = 0;
    let baseItems: string[] = [];
    const layersLeft: LayerWork[] = [];
    if (sharedStage !== undefined) {
      shared = runs[sharedStage]?.sim.totalBytes ?? 0;
      for (const k of own.slice(own.indexOf(sharedStage) + 1)) layersLeft.push(...(runs[k]?.layers ?? []));
    } else {
      const rootRun = runs[own[0] as number];
      if (rootRun && rootRun.state.rootImageId !== null && rootRun.state.rootImageId === finalRoot) shared = rootRun.sim.base.bytes ?? 0;
      else if (rootRun) baseItems = [rootRun.sim.base.ref];
      for (const k of own) layersLeft.push(...(runs[k]?.layers ?? []));
    }
    let copiedOut = 0;
    for (const k of chain) for (const l of runs[k]?.layers ?? []) if (l.fromStage === j) copiedOut += l.knownBytes;
    const bytes = Math.max(0, run.sim.totalBytes - shared - copiedOut);
    const sized = layersLeft.filter((l) => l.bytes === null || l.knownBytes > 0);
    const baseBytes = baseItems.length > 0 ? (runs[own[0] as number]?.sim.base.bytes ?? 0) : 0;
    const candidates: { text: string; bytes: number }[] = [
      ...baseItems.map((b) => ({ text: b, bytes: baseBytes })),
      ...sized.map((l) => ({ text: l.description, bytes: l.knownBytes })),
    ];
    const items = candidates.map((c) => c.text);
    // The sentence names what dominates; the smaller layers stay in `items`.
    const main = candidates.filter((c) => bytes === 0 || c.bytes >= bytes * 0.1).map((c) => c.text);
    const what = main.length > 0 ? joinAnd([...new Set(main)]) : "its layers";
    const lowerBound = run.sim.lowerBound;
    const text = `the ${lowerBound ? "at least " : "~"}${formatDockerSize(bytes)} of ${what} in stage \`${run.sim.label}\` never reach the image`;
    out.push({ stage: j, label: run.sim.label, bytes, lowerBound, items, text });
  }
  return out;
}

// --- logs --------------------------------------------------------------------

function parseTag(tag: string | undefined): { repository: string; tag: string } | null {
  if (!tag) return null;
  const colon = tag.lastIndexOf(":");
  if (colon > tag.lastIndexOf("/")) return { repository: tag.slice(0, colon), tag: tag.slice(colon + 1) };
  return { repository: tag, tag: "latest" };
}

function contextBytes(options: SimulateOptions, dockerignore: string): number | null {
  if (!options.contextFiles) return null;
  return options.contextFiles.filter((f) => !isCopyIgnored(dockerignore, f.path)).reduce((s, f) => s + f.size, 0);
}

function countsAsVertex(keyword: string): boolean {
  return keyword === "RUN" || keyword === "COPY" || keyword === "ADD" || keyword === "WORKDIR";
}

function buildkitLog(
  text: string,
  runs: StageRun[],
  analysis: Analysis,
  parsed: ParseResult,
  options: SimulateOptions,
  dockerignore: string,
  imageId: string,
  error: string | null,
): string[] {
  const steps: string[] = [];
  const metadata: string[] = [];
  let usesContext = false;
  for (const j of analysis.buildkitStages) {
    const run = runs[j];
    const stage = parsed.stages[j];
    if (!run || !stage) continue;
    const fromImage = run.sim.base.stage === null && run.sim.base.ref.toLowerCase() !== "scratch";
    const counted = stage.instructions.slice(1).filter((i) => countsAsVertex(i.keyword));
    const total = counted.length + (fromImage ? 1 : 0);
    const width = String(total).length;
    let k = 0;
    const prefix = () => `[${run.sim.label} ${String(++k).padStart(width, " ")}/${total}]`;
    if (fromImage) {
      const q = qualifyImage(run.sim.base.ref, true);
      if (!metadata.includes(q)) metadata.push(q);
      steps.push(` => ${prefix()} FROM ${qualifyImage(run.sim.base.ref, false)}`);
    }
    for (const ins of counted) {
      const from = ins.flags.find((f) => f.name.toLowerCase() === "from");
      if ((ins.keyword === "COPY" || ins.keyword === "ADD") && !from) usesContext = true;
      if (from && from.value && !analysis.edges.some((e) => e.to === j && e.line === ins.line)) {
        const q = qualifyImage(from.value, true);
        if (!metadata.includes(q)) metadata.push(q);
      }
      steps.push(` => ${prefix()} ${vertexText(parsed.details[parsed.instructions.indexOf(ins)], ins)}`);
    }
  }
  const lines: string[] = [];
  lines.push(" => [internal] load build definition from Dockerfile");
  lines.push(` => => transferring dockerfile: ${humanSize(new TextEncoder().encode(text).length)}`);
  lines.push(" => [internal] load .dockerignore");
  lines.push(` => => transferring context: ${humanSize(dockerignore ? new TextEncoder().encode(dockerignore).length : 2)}`);
  for (const m of metadata) lines.push(` => [internal] load metadata for ${m}`);
  let vertices = 2 + metadata.length;
  if (usesContext) {
    const bytes = contextBytes(options, dockerignore);
    lines.push(" => [internal] load build context");
    lines.push(` => => transferring context: ${bytes === null ? "(size depends on your project)" : humanSize(bytes)}`);
    vertices++;
  }
  lines.push(...steps);
  vertices += steps.length;
  if (error) {
    lines.push(`ERROR: failed to solve: ${error}`);
  } else {
    lines.push(" => exporting to image");
    lines.push(" => => exporting layers");
    lines.push(` => => writing image sha256:${imageId}`);
    const tag = parseTag(options.tag);
    if (tag) lines.push(` => => naming to ${qualifyImage(`${tag.repository}:${tag.tag}`, true)}`);
    vertices++;
  }
  return [`[+] Building (${vertices}/${vertices}) FINISHED`, ...lines];
}

function legacyLog(runs: StageRun[], analysis: Analysis, parsed: ParseResult, options: SimulateOptions, dockerignore: string, imageId: string, error: string | null, seed: string): string[] {
  const lines: string[] = [];
  const bytes = contextBytes(options, dockerignore);
  lines.push(`Sending build context to Docker daemon  ${bytes === null ? "(size depends on your project)" : humanSize(bytes)}`);
  const stages = analysis.legacyStages.map((j) => parsed.stages[j]).filter((s) => s !== undefined);
  const total = stages.reduce((s, st) => s + st.instructions.length, 0);
  const lastId = new Map<number, string>();
  let step = 0;
  let current = "";
  for (const stage of stages) {
    const run = runs[stage.index];
    for (const ins of stage.instructions) {
      step++;
      const detail = parsed.details[parsed.instructions.indexOf(ins)];
      lines.push(`Step ${step}/${total} : ${(detail?.original ?? `${ins.keywordRaw} ${ins.args}`).trim()}`);
      const isLast = step === total;
      const nextId = isLast && !error ? imageId.slice(0, 12) : fakeHex(`${seed}|layer|${step}`, 12);
      if (ins.keyword === "FROM") {
        const parent = run?.sim.base.stage ?? null;
        if (parent !== null && lastId.has(parent)) current = lastId.get(parent) as string;
        else if ((run?.sim.base.ref ?? "").toLowerCase() === "scratch") current = "";
        else current = fakeHex(`image|${run?.sim.base.ref ?? ""}`, 12);
        lines.push(` ---> ${current}`.trimEnd());
        continue;
      }
      if (ins.keyword === "COPY" || ins.keyword === "ADD") {
        current = nextId;
        lines.push(` ---> ${current}`);
        continue;
      }
      const container = fakeHex(`${seed}|container|${step}`, 12);
      lines.push(` ---> Running in ${container}`);
      if (ins.keyword === "RUN") {
        const l = run?.layers.find((x) => x.line === ins.line);
        for (const o of l?.output ?? []) lines.push(o);
      }
      lines.push(`Removing intermediate container ${container}`);
      current = nextId;
      lines.push(` ---> ${current}`);
    }
    lastId.set(stage.index, current);
  }
  if (error) {
    lines.push(`Error: ${error}`);
    return lines;
  }
  lines.push(`Successfully built ${imageId.slice(0, 12)}`);
  const tag = parseTag(options.tag);
  if (tag) lines.push(`Successfully tagged ${tag.repository}:${tag.tag}`);
  return lines;
}

function imageLsOf(image: SimulatedImage, options: SimulateOptions, imageId: string): SimulatedImageLs {
  const tag = parseTag(options.tag);
  const cols = {
    repository: tag?.repository ?? "<none>",
    tag: tag?.tag ?? "<none>",
    id: imageId.slice(0, 12),
    created: "Less than a second ago",
    size: image.display,
  };
  const headers = ["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"];
  const values = [cols.repository, cols.tag, cols.id, cols.created, cols.size];
  // docker/cli prints a tabwriter table: columns padded to the widest cell plus 3 spaces.
  const widths = headers.map((h, i) => Math.max(h.length, (values[i] as string).length));
  const row = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd((widths[i] as number) + 3)))
      .join("")
      .trimEnd();
  return { header: row(headers), line: row(values), ...cols };
}

// --- entry point -------------------------------------------------------------

function emptySimulation(error: string | null): BuildSimulation {
  return {
    simulated: true,
    stages: [],
    target: null,
    image: null,
    leftBehind: [],
    logs: { buildkit: [], legacy: [], notice: NOTICE },
    imageLs: null,
    error,
    catalogIds: [],
  };
}

function simulate(parsed: DockerfileDocument, analysis: Analysis, options: SimulateOptions): BuildSimulation {
  const text = parsed.text;
  const dockerignore = contextDockerignore(options) ?? "";
  const detail = parsed.detail;

  const runs: StageRun[] = [];
  for (const info of analysis.stages) {
    const stage = parsed.stages[info.index];
    runs.push(simulateStage(info, stage ? stage.instructions : [], { parsed, detail, analysis, options, dockerignore, runs }));
  }
  if (analysis.target === null || !runs[analysis.target]) {
    const sim = emptySimulation(analysis.error);
    sim.stages = runs.map((r) => r.sim);
    return sim;
  }

  const target = analysis.target;
  const chain = chainOf(runs, target);
  for (const k of chain) (runs[k] as StageRun).sim.inFinalImage = true;
  const finalRun = runs[target] as StageRun;
  const seed = fakeHex(JSON.stringify([text, options.target ?? "", options.buildArgs ?? {}, options.contextFiles?.map((f) => [f.path, f.size]) ?? null]), 16);
  const imageId = fakeHex(`${seed}|image`, 64);
  const bytes = finalRun.sim.totalBytes;
  const lowerBound = finalRun.sim.lowerBound;
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
  const logs: SimulatedLogs = {
    buildkit: buildkitLog(text, runs, analysis, parsed, options, dockerignore, imageId, analysis.error),
    legacy: legacyLog(runs, analysis, parsed, options, dockerignore, imageId, analysis.error, seed),
    notice: NOTICE,
  };
  return {
    simulated: true,
    stages: runs.map((r) => r.sim),
    target,
    image,
    leftBehind: leftBehindOf(runs, analysis, chain),
    logs,
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
export function simulateBuild(parsed: DockerfileDocument, analysis: Analysis, options: SimulateOptions = {}): BuildSimulation {
  try {
    return simulate(parsed, analysis, options);
  } catch (e) {
    // A bug in the model must not take the page down; the tests assert this path is never taken.
    return emptySimulation(`internal simulator error: ${String(e)}`);
  }
}
