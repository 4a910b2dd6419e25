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
export function buildEstimates(config: EstimatesConfig, read: (file: string) => string, commit: string, commitDate: string, suites: Map<string, SuiteIndex>, generated: string): EstimatesData {
  const d = config.distroless;
  const sources: DataSource[] = [];
  const sourceId = (s: DataSource): number => {
    const i = sources.findIndex((x) => x.origin === s.origin && x.file === s.file && x.commit === s.commit);
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
  };
}
