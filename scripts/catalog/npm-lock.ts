/**
 * npm lock files: the `name@version` of every package `npm ci` installs from a
 * package-lock.json (lockfileVersion 2 or 3 `packages`, or version 1 `dependencies`), and
 * the registry's `dist.unpackedSize` for each, read with `npm view --json`.
 */
import { execFileSync } from "node:child_process";

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

/** Reads `dist.unpackedSize` of `name@version` from the registry (`npm view --json`); null when it gives none. */
export function npmUnpackedSize(spec: string): number | null {
  const out = execFileSync("npm", ["view", "--json", spec, "dist.unpackedSize"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();
  if (!out) return null;
  const v: unknown = JSON.parse(out);
  return typeof v === "number" ? v : null;
}
