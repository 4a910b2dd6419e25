/**
 * The corpus of real-world multi-stage Dockerfiles that `npm run catalog:coverage` measures:
 * which files (repository, path, commit, sha256 of the text) are in it, how it is built from
 * git snapshots, and how a folder is checked against the manifest (scripts/catalog/corpus.json).
 */
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { parseDockerfile } from "../../lib/dockerfile/parser/parse";

export interface CorpusFile {
  /** owner/name on GitHub. */
  repo: string;
  path: string;
  commit: string;
  sha256: string;
  /** FROM instructions, as the course's parser counts them. */
  froms: number;
}

export interface CorpusManifest {
  description: string;
  /** Which files were kept: the rule, applied to every file of each repository at its commit. */
  selection: string;
  /** Path prefixes left out, per repository (third-party code vendored in). */
  excluded: Record<string, string[]>;
  repositories: { repo: string; commit: string; date: string }[];
  files: CorpusFile[];
  /**
   * Build contexts carried with some Dockerfiles: every file of the repository at the commit
   * under the Dockerfile's folder (what `docker build .` sends from a clean checkout), each
   * with the sha256 of its bytes, written next to the Dockerfile. A Dockerfile with a context
   * here is simulated with that folder as its build context; the others with none.
   */
  contexts?: CorpusContext[];
}

export interface CorpusContext {
  repo: string;
  /** The Dockerfile's path in the repository; the context is its folder. */
  dockerfile: string;
  commit: string;
  /** Paths relative to the Dockerfile's folder. */
  files: { path: string; sha256: string }[];
}

/** A file name the corpus considers a Dockerfile (as BuildKit users name them). */
export function isDockerfileName(path: string): boolean {
  const name = path.slice(path.lastIndexOf("/") + 1);
  return /(^|[._-])(dockerfile|containerfile)([._-]|$)/i.test(name) && !/\.(go|dockerignore|md)$/i.test(name);
}

/** The number of FROM instructions in a Dockerfile's text. */
export function fromCount(text: string): number {
  return parseDockerfile(text).stages.length;
}

export function sha256(text: string | Buffer): string {
  return typeof text === "string" ? createHash("sha256").update(text, "utf8").digest("hex") : createHash("sha256").update(text).digest("hex");
}

/** The folder of a Dockerfile's path in its repository ("" for the root). */
export function folderOf(path: string): string {
  return path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
}

/** The corpus path of a context file: <dir>/<owner>/<name>/<Dockerfile's folder>/<path>. */
export function contextPath(dir: string, c: { repo: string; dockerfile: string }, path: string): string {
  const folder = folderOf(c.dockerfile);
  return corpusPath(dir, { repo: c.repo, path: folder === "" ? path : `${folder}/${path}` });
}

/** Every file of a snapshot's HEAD under the Dockerfile's folder, with its bytes: the build context of `docker build <folder>` from a clean checkout. */
export function contextFromGit(repo: string, gitDir: string, dockerfile: string): CorpusContext & { data: Buffer[] } {
  const commit = git(gitDir, ["rev-parse", "HEAD"]).trim();
  const folder = folderOf(dockerfile);
  const paths = git(gitDir, ["ls-tree", "-r", "--name-only", commit, ...(folder === "" ? [] : [`${folder}/`])]).split("\n").filter(Boolean).sort();
  const files: { path: string; sha256: string }[] = [];
  const data: Buffer[] = [];
  for (const full of paths) {
    const bytes = execFileSync("git", ["--git-dir", gitDir, "show", `${commit}:${full}`], { maxBuffer: 1 << 28 });
    files.push({ path: folder === "" ? full : full.slice(folder.length + 1), sha256: sha256(bytes) });
    data.push(bytes);
  }
  return { repo, dockerfile, commit, files, data };
}

/** The corpus file of `repo` and `path` under `dir`: <dir>/<owner>/<name>/<path>. */
export function corpusPath(dir: string, f: { repo: string; path: string }): string {
  return join(dir, ...f.repo.split("/"), ...f.path.split("/"));
}

const git = (gitDir: string, args: string[]) => execFileSync("git", ["--git-dir", gitDir, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });

/** Every multi-stage Dockerfile (two FROMs or more) of a git snapshot's HEAD, outside `excluded` prefixes. */
export function collectFromGit(repo: string, gitDir: string, excluded: string[]): { commit: string; date: string; files: (CorpusFile & { text: string })[] } {
  const commit = git(gitDir, ["rev-parse", "HEAD"]).trim();
  const date = git(gitDir, ["log", "-1", "--format=%cs", commit]).trim();
  const paths = git(gitDir, ["ls-tree", "-r", "--name-only", commit]).split("\n").filter(Boolean);
  const files: (CorpusFile & { text: string })[] = [];
  for (const path of paths.sort()) {
    if (!isDockerfileName(path) || excluded.some((p) => path.startsWith(p))) continue;
    const text = git(gitDir, ["show", `${commit}:${path}`]);
    const froms = fromCount(text);
    if (froms < 2) continue;
    files.push({ repo, path, commit, sha256: sha256(text), froms, text });
  }
  return { commit, date, files };
}

/** What differs between a folder and the manifest: missing files, changed texts, files not in it. */
export interface CorpusCheck {
  ok: boolean;
  missing: string[];
  changed: string[];
  extra: string[];
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** Checks a corpus folder against the manifest, file by file (sha256 of each text). */
export function checkCorpus(dir: string, manifest: CorpusManifest): CorpusCheck {
  const missing: string[] = [];
  const changed: string[] = [];
  const expected = new Set<string>();
  for (const f of manifest.files) {
    const p = corpusPath(dir, f);
    const rel = `${f.repo}/${f.path}`;
    expected.add(relative(dir, p).split(sep).join("/"));
    if (!existsSync(p)) missing.push(rel);
    else if (sha256(readFileSync(p, "utf8")) !== f.sha256) changed.push(rel);
  }
  for (const c of manifest.contexts ?? []) {
    for (const f of c.files) {
      const p = contextPath(dir, c, f.path);
      const rel = relative(dir, p).split(sep).join("/");
      if (expected.has(rel)) continue;
      expected.add(rel);
      if (!existsSync(p)) missing.push(rel);
      else if (sha256(readFileSync(p)) !== f.sha256) changed.push(rel);
    }
  }
  const extra = existsSync(dir) ? walk(dir).map((p) => relative(dir, p).split(sep).join("/")).filter((r) => !expected.has(r)) : [];
  return { ok: missing.length === 0 && changed.length === 0 && extra.length === 0, missing, changed, extra };
}
