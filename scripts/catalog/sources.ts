/**
 * Reading docker-library/repo-info: a bare git directory (what the search tool's `fetch`
 * brings), a checkout, or a plain directory of its files with a SOURCES.json that records the
 * commit each file was read at (for files copied out one by one, e.g. only their beginning).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** Where one file of the source was read. */
export interface FileOrigin {
  commit: string | null;
  /** False when only the beginning of the file is present (an excerpt): lists in it may be cut short. */
  complete: boolean;
  note: string | null;
}

/** A readable copy of repo-info. */
export interface RepoInfo {
  /** How it was read, for the data's metadata (`git dir /path @ <commit>`). */
  description: string;
  /** Tags with a `repos/<image>/<kind>/<tag>.md`, sorted. */
  tags(image: string, kind: "local" | "remote"): string[];
  read(path: string): string | null;
  origin(path: string): FileOrigin;
}

/** SOURCES.json of a plain directory. */
interface SourcesManifest {
  origin?: string;
  /** Commit for files the `files` map does not name. */
  commit?: string | null;
  files?: Record<string, { commit?: string | null; complete?: boolean; note?: string | null }>;
}

function gitRepoInfo(gitArgs: string[], description: string): RepoInfo {
  const git = (...args: string[]) => execFileSync("git", [...gitArgs, ...args], { encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "ignore"] });
  const head = git("rev-parse", "HEAD").trim();
  const all = git("ls-tree", "-r", "--name-only", "HEAD", "repos/").split("\n").filter(Boolean);
  const files = new Set(all);
  return {
    description: `${description} @ ${head}`,
    tags(image, kind) {
      const prefix = `repos/${image}/${kind}/`;
      return all.filter((f) => f.startsWith(prefix) && f.endsWith(".md")).map((f) => f.slice(prefix.length, -3)).sort();
    },
    read(path) {
      if (!files.has(path)) return null;
      return git("show", `HEAD:${path}`);
    },
    origin() {
      return { commit: head, complete: true, note: null };
    },
  };
}

/** Opens repo-info at `path`: a bare git dir, a git checkout, or a plain directory of its files. */
export function openRepoInfo(path: string): RepoInfo {
  if (existsSync(join(path, "HEAD")) && existsSync(join(path, "objects"))) return gitRepoInfo(["--git-dir", path], `git dir ${path}`);
  if (existsSync(join(path, ".git"))) return gitRepoInfo(["-C", path], `checkout ${path}`);
  const manifestPath = join(path, "SOURCES.json");
  const manifest: SourcesManifest = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, "utf8")) as SourcesManifest) : {};
  return {
    description: `directory ${path}${existsSync(manifestPath) ? " (commits per file from SOURCES.json)" : ""}`,
    tags(image, kind) {
      const dir = join(path, "repos", image, kind);
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .filter((f) => f.endsWith(".md"))
        .map((f) => f.slice(0, -3))
        .sort();
    },
    read(p) {
      const full = join(path, p);
      return existsSync(full) ? readFileSync(full, "utf8") : null;
    },
    origin(p) {
      const f = manifest.files?.[p];
      return { commit: f?.commit ?? manifest.commit ?? null, complete: f?.complete ?? true, note: f?.note ?? null };
    },
  };
}
