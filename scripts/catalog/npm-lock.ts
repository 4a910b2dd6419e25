/**
 * npm lock files: the `name@version` of every package `npm ci` installs from a
 * package-lock.json (lockfileVersion 2 or 3 `packages`, or version 1 `dependencies`), and
 * the registry's `dist.unpackedSize` for each, read with `npm view --json`.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { NpmSize } from "./generate";

/** `name@version` of every installed package of a lock file, sorted; links and the root are skipped. */
export function lockPackages(lockJson: string): string[] {
  const lock = JSON.parse(lockJson) as {
    packages?: Record<string, { version?: string; name?: string; link?: boolean }>;
    dependencies?: Record<string, { version?: string; dependencies?: unknown }>;
  };
  const out = new Set<string>();
  if (lock.packages) {
    for (const [path, p] of Object.entries(lock.packages)) {
      if (path === "" || p.link || !p.version) continue;
      const name = p.name ?? path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
      if (name) out.add(`${name}@${p.version}`);
    }
  } else if (lock.dependencies) {
    const walk = (deps: Record<string, { version?: string; dependencies?: unknown }>) => {
      for (const [name, d] of Object.entries(deps)) {
        if (d.version && !d.version.startsWith("file:")) out.add(`${name}@${d.version}`);
        if (d.dependencies) walk(d.dependencies as Record<string, { version?: string; dependencies?: unknown }>);
      }
    };
    walk(lock.dependencies);
  }
  return [...out].sort();
}

/**
 * The unpacked size of `name@version`: the registry's `dist.unpackedSize` (`npm view --json`),
 * or, for packages published before the registry recorded it (`ms@2.1.3`), the size npm itself
 * reports for the tarball's files (`npm pack --dry-run --json`, which downloads the tarball and
 * sums its files' sizes). Null when neither gives one.
 */
export function npmUnpackedSize(spec: string): NpmSize | null {
  const out = execFileSync("npm", ["view", "--json", spec, "dist.unpackedSize"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  const v: unknown = out ? JSON.parse(out) : null;
  if (typeof v === "number") return { bytes: v, via: "dist.unpackedSize" };
  const dir = mkdtempSync(join(tmpdir(), "npm-pack-"));
  const packed = execFileSync("npm", ["pack", spec, "--dry-run", "--json"], { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const first = (JSON.parse(packed) as { unpackedSize?: unknown }[])[0];
  return typeof first?.unpackedSize === "number" ? { bytes: first.unpackedSize, via: "npm pack --dry-run" } : null;
}
