/**
 * `npm ci` / `npm install` sized from the project's package-lock.json: every package the lock
 * installs, with its unpacked size from the npm registry (data/npm.json). Pure.
 */
import { NPM_DATA } from "./data";

/** One package a lock file installs. */
export interface LockedPackage {
  /** `name@version`. */
  spec: string;
  /** Marked `dev` (or `devOptional`) in the lock: left out by `--omit=dev` / `--production`. */
  dev: boolean;
}

/** The packages of a lock file (lockfileVersion 2 or 3 `packages`, or version 1 `dependencies`); null when it cannot be read. */
export function lockedPackages(lockJson: string): LockedPackage[] | null {
  let lock: {
    packages?: Record<string, { version?: string; name?: string; link?: boolean; dev?: boolean; devOptional?: boolean }>;
    dependencies?: Record<string, { version?: string; dev?: boolean; dependencies?: unknown }>;
  };
  try {
    lock = JSON.parse(lockJson) as typeof lock;
  } catch {
    return null;
  }
  if (typeof lock !== "object" || lock === null) return null;
  const out = new Map<string, LockedPackage>();
  if (lock.packages && typeof lock.packages === "object") {
    for (const [path, p] of Object.entries(lock.packages)) {
      if (path === "" || !p || p.link || !p.version) continue;
      const name = p.name ?? path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length);
      if (!name) continue;
      const spec = `${name}@${p.version}`;
      // The same name@version at two paths is installed twice; counted at each path.
      out.set(`${path}\u0000${spec}`, { spec, dev: Boolean(p.dev || p.devOptional) });
    }
    return [...out.values()];
  }
  if (lock.dependencies && typeof lock.dependencies === "object") {
    const walk = (deps: Record<string, { version?: string; dev?: boolean; dependencies?: unknown }>, at: string) => {
      for (const [name, d] of Object.entries(deps)) {
        if (d.version && !d.version.startsWith("file:")) out.set(`${at}/${name}`, { spec: `${name}@${d.version}`, dev: Boolean(d.dev) });
        if (d.dependencies) walk(d.dependencies as Record<string, { version?: string; dev?: boolean; dependencies?: unknown }>, `${at}/${name}`);
      }
    };
    walk(lock.dependencies, "");
    return [...out.values()];
  }
  return [];
}

/** What installing a lock file adds. */
export interface NpmSizing {
  /** Known bytes: the unpacked sizes summed. */
  bytes: number;
  /** Packages installed, with their size (null when the data has none). */
  packages: { spec: string; bytes: number | null; via: string | null }[];
  /** Packages left out as dev dependencies. */
  omitted: number;
  /** Installed packages without a size. */
  unknown: string[];
}

/** Sizes installing `lock` (its dev dependencies left out when `omitDev`). */
export function sizeNpmLock(lock: LockedPackage[], omitDev: boolean): NpmSizing {
  const out: NpmSizing = { bytes: 0, packages: [], omitted: 0, unknown: [] };
  for (const p of lock) {
    if (omitDev && p.dev) {
      out.omitted++;
      continue;
    }
    const known = NPM_DATA.packages[p.spec];
    const bytes = known?.unpackedSize ?? null;
    out.packages.push({ spec: p.spec, bytes, via: known?.via ?? null });
    if (bytes === null) out.unknown.push(p.spec);
    else out.bytes += bytes;
  }
  return out;
}

/** When and where the npm figures were read. */
export const NPM_READ = { registry: NPM_DATA.registry, read: NPM_DATA.read };
