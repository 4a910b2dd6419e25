/**
 * Debian package metadata: parses apt's Packages indexes and Release/InRelease headers,
 * compares Debian versions, and selects the packages to store (the closure of the seed list
 * over every alternative the runtime closure in lib/dockerfile/catalog/debian-closure.ts can
 * pick, so that it never needs a package the data lacks).
 */
import { parseDependsField, parseProvides } from "../../lib/dockerfile/catalog/debian-closure";
import type { DebianPackage } from "../../lib/dockerfile/catalog/data-types";

/** The fields of one Packages stanza we keep. */
export interface PackagesStanza {
  name: string;
  version: string;
  installedSizeKiB: number | null;
  depends: string;
  preDepends: string;
  recommends: string;
  provides: string;
}

/** Parses a Packages file (RFC 822-style stanzas, continuation lines start with a space). */
export function parsePackagesFile(text: string): PackagesStanza[] {
  const out: PackagesStanza[] = [];
  for (const block of text.split(/\n\s*\n/)) {
    const fields = new Map<string, string>();
    let last: string | null = null;
    for (const line of block.split("\n")) {
      if (line.startsWith(" ") || line.startsWith("\t")) {
        if (last) fields.set(last, fields.get(last)! + "\n" + line.trim());
        continue;
      }
      const colon = line.indexOf(":");
      if (colon <= 0) continue;
      last = line.slice(0, colon);
      fields.set(last, line.slice(colon + 1).trim());
    }
    const name = fields.get("Package");
    const version = fields.get("Version");
    if (!name || !version) continue;
    const size = fields.get("Installed-Size");
    out.push({
      name,
      version,
      installedSizeKiB: size !== undefined && /^\d+$/.test(size) ? Number(size) : null,
      depends: fields.get("Depends") ?? "",
      preDepends: fields.get("Pre-Depends") ?? "",
      recommends: fields.get("Recommends") ?? "",
      provides: fields.get("Provides") ?? "",
    });
  }
  return out;
}

/** Suite, Version and Date (as yyyy-mm-dd) of a Release or InRelease file. */
export function parseReleaseHeader(text: string): { suite: string | null; codename: string | null; version: string | null; date: string | null } {
  const get = (k: string) => new RegExp(`^${k}: (.+)$`, "m").exec(text)?.[1]?.trim() ?? null;
  const d = get("Date");
  const parsed = d ? new Date(d) : null;
  return { suite: get("Suite"), codename: get("Codename"), version: get("Version"), date: parsed && !isNaN(parsed.getTime()) ? parsed.toISOString().slice(0, 10) : null };
}

// Debian version comparison (Debian Policy 5.6.12): epoch, upstream, revision; `~` sorts before anything.
const order = (c: string): number => (c === "~" ? -1 : c === "" ? 0 : /[A-Za-z]/.test(c) ? c.charCodeAt(0) : c.charCodeAt(0) + 256);

function comparePart(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    // Non-digit prefix.
    while ((i < a.length && !/\d/.test(a[i]!)) || (j < b.length && !/\d/.test(b[j]!))) {
      const ca = i < a.length && !/\d/.test(a[i]!) ? a[i]! : "";
      const cb = j < b.length && !/\d/.test(b[j]!) ? b[j]! : "";
      const d = order(ca) - order(cb);
      if (d !== 0) return d;
      if (ca) i++;
      if (cb) j++;
    }
    let na = "";
    let nb = "";
    while (i < a.length && /\d/.test(a[i]!)) na += a[i++];
    while (j < b.length && /\d/.test(b[j]!)) nb += b[j++];
    const d = Number(na || "0") - Number(nb || "0");
    if (d !== 0) return d;
  }
  return 0;
}

/** Compares two Debian versions: negative when a < b, 0 when equal, positive when a > b. */
export function compareDebianVersions(a: string, b: string): number {
  const split = (v: string) => {
    const colon = v.indexOf(":");
    const epoch = colon >= 0 ? Number(v.slice(0, colon)) : 0;
    const rest = colon >= 0 ? v.slice(colon + 1) : v;
    const dash = rest.lastIndexOf("-");
    return { epoch, upstream: dash >= 0 ? rest.slice(0, dash) : rest, revision: dash >= 0 ? rest.slice(dash + 1) : "" };
  };
  const x = split(a);
  const y = split(b);
  return x.epoch - y.epoch || comparePart(x.upstream, y.upstream) || comparePart(x.revision, y.revision);
}

/** Merges archives (main, -updates, -security): the highest version of each package wins. */
export function mergeArchives(archives: PackagesStanza[][]): Map<string, DebianPackage> {
  const out = new Map<string, DebianPackage>();
  archives.forEach((stanzas, from) => {
    for (const s of stanzas) {
      const prev = out.get(s.name);
      if (prev && compareDebianVersions(prev.v, s.version) >= 0) continue;
      out.set(s.name, { v: s.version, kib: s.installedSizeKiB, dep: s.depends, pre: s.preDepends, rec: s.recommends, prov: s.provides, from });
    }
  });
  return out;
}

/**
 * The packages to store: the seeds and, for every Pre-Depends, Depends and Recommends group
 * of a stored package, the alternative the runtime closure would pick when none is installed
 * (the first real package, else the first provider of the first virtual name). A seed that
 * is only a virtual name brings all its providers. Returns the names sorted and the seeds
 * the suite lacks.
 */
export function selectClosure(index: Map<string, DebianPackage>, seeds: string[]): { names: string[]; missing: string[] } {
  const providers = new Map<string, string[]>();
  for (const [name, pkg] of index) {
    for (const p of parseProvides(pkg.prov)) {
      const list = providers.get(p) ?? [];
      list.push(name);
      providers.set(p, list);
    }
  }
  for (const l of providers.values()) l.sort();
  const keep = new Set<string>();
  const missing: string[] = [];
  const queue: string[] = [];
  const push = (n: string) => {
    if (keep.has(n) || !index.has(n)) return;
    keep.add(n);
    queue.push(n);
  };
  for (const s of seeds) {
    if (index.has(s)) push(s);
    else if ((providers.get(s) ?? []).length > 0) for (const p of providers.get(s)!) push(p);
    else missing.push(s);
  }
  while (queue.length > 0) {
    const pkg = index.get(queue.shift()!)!;
    for (const field of [pkg.pre, pkg.dep, pkg.rec]) {
      for (const group of parseDependsField(field)) {
        const real = group.find((a) => index.has(a.name));
        if (real) {
          push(real.name);
          continue;
        }
        const virt = group.find((a) => (providers.get(a.name) ?? []).length > 0);
        if (virt) push(providers.get(virt.name)![0]!);
      }
    }
  }
  return { names: [...keep].sort(), missing: [...new Set(missing)].sort() };
}

/** Package names a Dockerfile installs with `apt-get install` / `apt install` (flags and `name=version` pins handled). */
export function aptInstallNames(dockerfile: string): string[] {
  const joined = dockerfile.replace(/\\\r?\n/g, " ");
  const names = new Set<string>();
  const re = /\bapt(?:-get)?\s+(?:-\S+\s+)*install\b([^;&|\n]*)/g;
  for (const m of joined.matchAll(re)) {
    for (const word of m[1]!.trim().split(/\s+/)) {
      if (!word || word.startsWith("-") || word.includes("$")) continue;
      const name = word.split("=")[0]!;
      if (/^[a-z0-9][a-z0-9+.-]+$/.test(name)) names.add(name);
    }
  }
  return [...names].sort();
}
