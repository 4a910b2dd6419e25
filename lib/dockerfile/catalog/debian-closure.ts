/**
 * What `apt-get install <names>` adds to a Debian-based image, from a suite's package
 * metadata (data/debian-<suite>.json): the dependency closure of the names, counting 0 for
 * what the base image already has. Pure: no fs, no network.
 *
 * It follows apt's choices only approximately: the first alternative of an `a | b` group
 * that is a real package, a virtual package's provider when it has one (the first, by name,
 * when it has several), and no version constraints (the suite has one version of each
 * package). Conflicts, Breaks and triggers are not modelled.
 */
import type { DebianSuiteData } from "./data-types";

/** One alternative of a dependency: a package name, its architecture qualifier dropped. */
export interface DepAlternative {
  name: string;
  /** The version constraint as written (`>= 2.34`), or null. */
  constraint: string | null;
}

/** Splits a Depends-style field into groups of alternatives. `"a (>= 1) | b, c:any"` -> `[[a, b], [c]]`. */
export function parseDependsField(field: string): DepAlternative[][] {
  if (!field.trim()) return [];
  return field.split(",").map((group) =>
    group
      .split("|")
      .map((alt) => {
        const m = /^\s*([^\s(:[]+)(?::[a-z0-9-]+)?\s*(?:\(([^)]*)\))?/.exec(alt);
        return m ? { name: m[1]!, constraint: m[2] ? m[2].trim() : null } : null;
      })
      .filter((a): a is DepAlternative => a !== null),
  ).filter((g) => g.length > 0);
}

/** Names a package provides (`"mail-transport-agent, foo (= 1)"` -> `[mail-transport-agent, foo]`). */
export function parseProvides(field: string): string[] {
  return parseDependsField(field).flatMap((g) => g.map((a) => a.name));
}

/** Options for {@link debianClosure}. */
export interface ClosureOptions {
  /** Follow Recommends too, as apt-get does by default; false for `--no-install-recommends`. */
  recommends: boolean;
}

/** One package the install adds. */
export interface CountedPackage {
  name: string;
  version: string;
  /** Installed-Size in KiB, or null when the suite gives none. */
  kib: number | null;
  /** Why it is installed: `requested`, or the package whose Depends/Pre-Depends/Recommends pulled it. */
  via: string;
  kind: "requested" | "depends" | "pre-depends" | "recommends";
}

/** Result of {@link debianClosure}. */
export interface ClosureResult {
  suite: string;
  /** Sum of the added packages' Installed-Size, in KiB. Unknown packages are not in it (see `unknown`). */
  addedKiB: number;
  /** `addedKiB` * 1024. */
  addedBytes: number;
  /** Packages the install adds, in the order they were reached. */
  counted: CountedPackage[];
  /** Requested or reached packages the base image already has: counted 0. */
  inBase: string[];
  /** Requested names the suite's data does not know (never counted as 0: the total is then a lower bound). */
  unknown: string[];
  /** Dependencies no package in the data satisfies (outside the stored closure, or not in the suite). */
  unresolved: { dependency: string; of: string }[];
  /** Virtual packages resolved to one of several providers: apt may choose another. */
  choices: { virtual: string; chose: string; among: string[] }[];
  /** Added packages whose Installed-Size is missing. */
  unsized: string[];
}

/**
 * The packages `apt-get install` of `requested` adds on top of `base` (the base image's
 * installed binary package names, e.g. from its repo-info package list), with their
 * Installed-Size summed. Names in `base` and everything they provide count 0.
 */
export function debianClosure(data: DebianSuiteData, requested: string[], base: Iterable<string>, options: ClosureOptions): ClosureResult {
  const providers = new Map<string, string[]>();
  for (const [name, pkg] of Object.entries(data.packages)) {
    for (const p of parseProvides(pkg.prov)) {
      const list = providers.get(p) ?? [];
      list.push(name);
      providers.set(p, list);
    }
  }
  for (const list of providers.values()) list.sort();

  const installed = new Set<string>();
  const provided = new Set<string>();
  const markInstalled = (name: string) => {
    installed.add(name);
    const pkg = data.packages[name];
    if (pkg) for (const p of parseProvides(pkg.prov)) provided.add(p);
  };
  const baseSet = new Set(base);
  for (const b of baseSet) markInstalled(b);

  const result: ClosureResult = {
    suite: data.suite,
    addedKiB: 0,
    addedBytes: 0,
    counted: [],
    inBase: [],
    unknown: [],
    unresolved: [],
    choices: [],
    unsized: [],
  };
  const inBase = new Set<string>();
  const isSatisfied = (name: string) => installed.has(name) || provided.has(name);

  const queue: { name: string; via: string; kind: CountedPackage["kind"] }[] = [];
  const add = (name: string, via: string, kind: CountedPackage["kind"]) => {
    const pkg = data.packages[name];
    if (!pkg) return;
    markInstalled(name);
    result.counted.push({ name, version: pkg.v, kib: pkg.kib, via, kind });
    if (pkg.kib === null) result.unsized.push(name);
    else result.addedKiB += pkg.kib;
    queue.push({ name, via, kind });
  };

  for (const name of [...new Set(requested)]) {
    if (baseSet.has(name)) {
      inBase.add(name);
      continue;
    }
    if (installed.has(name)) continue;
    if (data.packages[name]) {
      add(name, "requested", "requested");
      continue;
    }
    // `apt-get install <virtual>` works when exactly one package provides it.
    const prov = providers.get(name);
    if (prov && prov.length === 1) {
      if (!isSatisfied(name)) add(prov[0]!, "requested", "requested");
      continue;
    }
    result.unknown.push(name);
  }

  const resolveGroup = (group: DepAlternative[], of: string, kind: CountedPackage["kind"]) => {
    for (const alt of group) {
      if (isSatisfied(alt.name)) {
        if (baseSet.has(alt.name)) inBase.add(alt.name);
        return;
      }
    }
    for (const alt of group) {
      if (data.packages[alt.name]) {
        add(alt.name, of, kind);
        return;
      }
    }
    for (const alt of group) {
      const prov = providers.get(alt.name);
      if (prov && prov.length > 0) {
        if (prov.length > 1) result.choices.push({ virtual: alt.name, chose: prov[0]!, among: prov });
        add(prov[0]!, of, kind);
        return;
      }
    }
    if (kind !== "recommends") result.unresolved.push({ dependency: group.map((a) => a.name).join(" | "), of });
  };

  while (queue.length > 0) {
    const { name } = queue.shift()!;
    const pkg = data.packages[name]!;
    for (const g of parseDependsField(pkg.pre)) resolveGroup(g, name, "pre-depends");
    for (const g of parseDependsField(pkg.dep)) resolveGroup(g, name, "depends");
    if (options.recommends) for (const g of parseDependsField(pkg.rec)) resolveGroup(g, name, "recommends");
  }

  result.inBase = [...inBase].sort();
  result.addedBytes = result.addedKiB * 1024;
  return result;
}
