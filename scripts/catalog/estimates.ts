/**
 * Builds estimates.json: sizes of publisher images that state none, estimated from what the
 * publisher's own build files say goes into them. Distroless: the Debian packages each image's
 * config.bzl lists (GoogleContainerTools/distroless), each package's Installed-Size from the
 * Debian suite the image is built from, summed along the chain of images it builds on
 * (static → base → cc → python3, as its *.bzl files say). What the files add that is not a
 * Debian package (Node.js from nodejs.org, Temurin from Adoptium's repository, busybox for
 * :debug) has no figure: it is listed as missing, and the estimate is then a lower bound.
 */
import type { DataSource, EstimatedImage, EstimatesData } from "../../lib/dockerfile/catalog/data-types";
import type { DebianPackage } from "../../lib/dockerfile/catalog/data-types";

/** scripts/catalog/estimates.json: which images to estimate and how their build files chain. */
export interface EstimatesConfig {
  distroless: {
    origin: string;
    registry: string;
    /** distroless's distro names (`debian13`) → Debian suite codenames (`trixie`). */
    suites: Record<string, string>;
    /** The publisher's lock files per distro (the versions its build pins), read for `pinned`. */
    locks: Record<string, string[]>;
    /** A package list: the dict `variable` in `file`, keyed by distro (or by `key` when the dict is keyed otherwise). */
    layers: Record<string, { file: string; variable: string; key?: string }>;
    /** Files that say which image builds on which (`base = "//cc:cc..."`). */
    chainFiles: string[];
    variants: { tag: string; debug: boolean }[];
    /** What :debug adds that has no figure. */
    debugAdds: string;
    images: { name: string; distros: string[]; layers: string[]; missing: string[]; basis: string }[];
    /** The image names without a distro suffix select this distro (README.md says so). */
    unsuffixed: { selects: string; file: string; quote: string; names: string[] };
  };
  built?: BuiltConfig;
}

/** Reads a Starlark dict of string lists (`X = { "debian13": ["a", "b"], }`) from a .bzl file. */
export function bzlStringListDict(text: string, variable: string): Record<string, string[]> {
  const noComments = text.replace(/#[^\n]*/g, "");
  const start = new RegExp(`^${variable}\\s*=\\s*\\{`, "m").exec(noComments);
  if (!start) throw new Error(`${variable} not found`);
  let depth = 0;
  let end = -1;
  for (let i = start.index + start[0].length - 1; i < noComments.length; i++) {
    if (noComments[i] === "{") depth++;
    else if (noComments[i] === "}" && --depth === 0) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error(`${variable}: no closing brace`);
  const body = noComments.slice(start.index + start[0].length, end);
  const out: Record<string, string[]> = {};
  for (const m of body.matchAll(/"([^"]+)"\s*:\s*\[([^\]]*)\]/g)) out[m[1]!] = [...m[2]!.matchAll(/"([^"]+)"/g)].map((x) => x[1]!);
  return out;
}

/** One suite's merged package index and its archives' names and Release dates. */
export interface SuiteIndex {
  suite: string;
  packages: Map<string, DebianPackage>;
  archives: { name: string; version: string | null; date: string | null }[];
}

/** Builds estimates.json from the publisher's files (read at `commit`) and the suites' indexes. */
export function buildEstimates(
  config: EstimatesConfig,
  read: (file: string) => string,
  commit: string,
  commitDate: string,
  suites: Map<string, SuiteIndex>,
  generated: string,
  built?: { read: (origin: string, commit: string, file: string) => string; commitDate: (origin: string, commit: string) => string },
): EstimatesData {
  const d = config.distroless;
  const sources: DataSource[] = [];
  const sourceId = (s: DataSource): number => {
    if (s.note === undefined || s.note === null) delete s.note;
    const i = sources.findIndex((x) => x.origin === s.origin && x.file === s.file && x.commit === s.commit && x.note === s.note);
    if (i >= 0) return i;
    sources.push(s);
    return sources.length - 1;
  };
  const publisher = (file: string) => sourceId({ origin: d.origin, file, commit, date: commitDate });
  const lists = new Map<string, Record<string, string[]>>();
  const layerPackages = (layer: string, distro: string): string[] => {
    const l = d.layers[layer];
    if (!l) throw new Error(`unknown layer ${layer}`);
    const key = `${l.file}\u0000${l.variable}`;
    if (!lists.has(key)) lists.set(key, bzlStringListDict(read(l.file), l.variable));
    const dict = lists.get(key)!;
    const got = dict[l.key ?? distro];
    if (!got) throw new Error(`${l.variable} in ${l.file} has no ${l.key ?? distro}`);
    return got;
  };

  const pins = new Map<string, Map<string, string>>();
  const pinned = (distro: string): Map<string, string> => {
    if (!pins.has(distro)) {
      const m = new Map<string, string>();
      for (const file of d.locks[distro] ?? []) {
        const lock = JSON.parse(read(file)) as { packages: { name: string; arch: string; version: string }[] };
        for (const p of lock.packages) if (p.arch === "amd64" && !m.has(p.name)) m.set(p.name, p.version);
      }
      pins.set(distro, m);
    }
    return pins.get(distro)!;
  };

  const images: EstimatedImage[] = [];
  for (const img of d.images) {
    for (const distro of img.distros) {
      const suiteName = d.suites[distro];
      const suite = suiteName ? suites.get(suiteName) : undefined;
      if (!suiteName || !suite) throw new Error(`no Debian suite for ${distro}`);
      const suiteSrc = sourceId({
        origin: "debian",
        file: `${suite.archives.map((a) => a.name).join(", ")} main binary-amd64 Packages`,
        commit: null,
        date: suite.archives[0]?.date ?? null,
        note: `Release ${suite.archives.map((a) => `${a.name} ${a.version ?? "?"} (${a.date ?? "?"})`).join(", ")}; read ${generated}`,
      });
      const seen = new Set<string>();
      const packages: EstimatedImage["packages"] = [];
      for (const layer of img.layers) {
        for (const name of layerPackages(layer, distro)) {
          if (seen.has(name)) continue;
          seen.add(name);
          const p = suite.packages.get(name);
          packages.push({ name, version: p?.v ?? null, pinned: pinned(distro).get(name) ?? null, kib: p?.kib ?? null, layer });
        }
      }
      const unknownPackages = packages.filter((p) => p.kib === null).map((p) => `${p.name} (not in Debian ${suiteName}'s index)`);
      const kib = packages.reduce((s, p) => s + (p.kib ?? 0), 0);
      const layerFiles = [...new Set(img.layers.map((l) => d.layers[l]!.file))];
      for (const v of d.variants) {
        const missing = [...img.missing, ...unknownPackages, ...(v.debug ? [d.debugAdds] : [])];
        images.push({
          ref: `${d.registry}/${img.name}-${distro}:${v.tag}`,
          bytes: kib * 1024,
          unit: "B",
          kib,
          suite: suiteName,
          packages,
          missing,
          basis: img.basis,
          sources: [...layerFiles.map(publisher), ...d.chainFiles.map(publisher), ...(d.locks[distro] ?? []).map(publisher), suiteSrc],
        });
      }
    }
  }
  const aliases: EstimatesData["aliases"] = {};
  const readme = publisher(d.unsuffixed.file);
  for (const name of d.unsuffixed.names) {
    for (const v of d.variants) {
      aliases[`${d.registry}/${name}:${v.tag}`] = { canonical: `${d.registry}/${name}-${d.unsuffixed.selects}:${v.tag}`, source: readme, quote: d.unsuffixed.quote };
    }
  }
  return {
    generated,
    method:
      "Sum of the Debian Installed-Size (KiB, Debian's own estimate of a package's unpacked size) of the packages the publisher's config.bzl files list for the image and the images it builds on, in the Debian suite the image is built from. An estimate, not a measurement: the publisher's build may leave files out of a package, and adds files of its own (passwd, the CA bundle, ldconfig caches) that are not counted.",
    sources,
    images,
    aliases,
    built: config.built && built ? buildBuilt(config.built, built.read, built.commitDate, sourceId) : {},
  };
}

/** estimates.json `built`: images sized from the image their publisher's Dockerfile builds FROM. */
export interface BuiltConfig {
  note: string;
  /** Docker Hub organisations that publish one architecture's builds of the official images (`amd64/` → ``). */
  architectureOrgs: Record<string, unknown> & { source: { origin: string; file: string; section: string; quote: string } };
  images: {
    ref: string;
    origin: string;
    commit: string;
    file: string;
    /** Where the publisher's manifest.json maps the tag to `file` (checked), or null when the file's name is the tag. */
    manifest: { file: string; repo: string; tag: string } | null;
    adds: string[];
  }[];
}

/** The last FROM of a Dockerfile, ARG defaults before it expanded (`ARG REPO=x` then `FROM $REPO:1` gives `x:1`). */
export function lastFrom(text: string): string {
  const args = new Map<string, string>();
  let from: string | null = null;
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const arg = /^ARG\s+([A-Za-z_][A-Za-z0-9_]*)=(\S+)/i.exec(line);
    if (arg && from === null) args.set(arg[1]!, arg[2]!.replace(/^"|"$/g, ""));
    const m = /^FROM\s+(?:--platform=\S+\s+)?(\S+)/i.exec(line);
    if (m) from = m[1]!.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, n: string) => args.get(n) ?? `$${n}`);
  }
  if (from === null) throw new Error("no FROM");
  return from;
}

/** Checks that the publisher's manifest.json lists `tag` for the platform built from `dockerfileDir`. */
export function manifestHasTag(manifestText: string, repo: string, dockerfileDir: string, tag: string): boolean {
  const m = JSON.parse(manifestText) as { repos: { name: string; images: { sharedTags?: Record<string, unknown>; platforms: { dockerfile?: string; tags?: Record<string, unknown> }[] }[] }[] };
  return m.repos.some((r) => r.name === repo && r.images.some((img) => img.platforms.some((p) => p.dockerfile === dockerfileDir && (tag in (p.tags ?? {}) || tag in (img.sharedTags ?? {})))));
}

/** Builds estimates.json's `built` list: each image's FROM as its Dockerfile says, with what it adds. */
export function buildBuilt(config: BuiltConfig, read: (origin: string, commit: string, file: string) => string, commitDate: (origin: string, commit: string) => string, addSource: (s: DataSource) => number): EstimatesData["built"] {
  const orgs = Object.entries(config.architectureOrgs).filter(([k]) => k !== "source") as [string, string][];
  const orgSource = addSource({ origin: config.architectureOrgs.source.origin, file: config.architectureOrgs.source.file, commit: null, date: null, note: `section "${config.architectureOrgs.source.section}": ${config.architectureOrgs.source.quote}` });
  const out: EstimatesData["built"] = {};
  for (const img of config.images) {
    const text = read(img.origin, img.commit, img.file);
    const written = lastFrom(text);
    const org = orgs.find(([prefix]) => written.startsWith(prefix));
    const from = org ? org[1] + written.slice(org[0].length) : written;
    const sources = [addSource({ origin: img.origin, file: img.file, commit: img.commit, date: commitDate(img.origin, img.commit), note: `last FROM: ${written}` })];
    if (img.manifest) {
      const dir = img.file.replace(/\/Dockerfile$/, "");
      if (!manifestHasTag(read(img.origin, img.commit, img.manifest.file), img.manifest.repo, dir, img.manifest.tag)) throw new Error(`${img.manifest.file} at ${img.commit} does not list ${img.manifest.tag} for ${dir}`);
      sources.push(addSource({ origin: img.origin, file: img.manifest.file, commit: img.commit, date: commitDate(img.origin, img.commit), note: `${img.manifest.repo} tag ${img.manifest.tag} is built from ${dir}` }));
    }
    if (org) sources.push(orgSource);
    out[img.ref] = { from, written, adds: img.adds, sources };
  }
  return out;
}
