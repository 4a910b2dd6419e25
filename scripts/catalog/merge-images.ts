/**
 * Adds newly read repo-info tags to the images.json and alpine.json already generated, for when
 * the files the data was first generated from are not at hand any more (`catalog:update --only
 * images --merge`): the new entries, their sources, names and package lists are appended and
 * re-indexed; an entry of the same ref is replaced. Every figure keeps its own source.
 */
import type { AlpineData, DataSource, ImageEntry, ImagesData, SizeFigure } from "../../lib/dockerfile/catalog/data-types";

const key = (s: DataSource) => `${s.origin}\u0000${s.file}\u0000${s.commit}\u0000${s.note ?? ""}`;

export function mergeImagesData(base: ImagesData, baseAlpine: AlpineData, add: ImagesData, addAlpine: AlpineData, generated: string): { images: ImagesData; alpine: AlpineData } {
  const sources = [...base.sources];
  const sourceIndex = new Map(sources.map((s, i) => [key(s), i]));
  const src = (i: number): number => {
    const s = add.sources[i];
    if (!s) throw new Error(`source ${i} missing`);
    const k = key(s);
    let j = sourceIndex.get(k);
    if (j === undefined) {
      j = sources.length;
      sources.push(s);
      sourceIndex.set(k, j);
    }
    return j;
  };
  const names = [...base.names];
  const nameIndex = new Map(names.map((n, i) => [n, i]));
  const name = (i: number): number => {
    const n = add.names[i]!;
    let j = nameIndex.get(n);
    if (j === undefined) {
      j = names.length;
      names.push(n);
      nameIndex.set(n, j);
    }
    return j;
  };
  const packageLists = [...base.packageLists];
  const listIndex = new Map(packageLists.map((l, i) => [JSON.stringify(l), i]));
  const list = (i: number): number => {
    const l = add.packageLists[i]!;
    const mapped = { ...l, packages: l.packages.map(([n, v, b]) => [name(n), v, b] as typeof l.packages[number]) };
    const k = JSON.stringify(mapped);
    let j = listIndex.get(k);
    if (j === undefined) {
      j = packageLists.length;
      packageLists.push(mapped);
      listIndex.set(k, j);
    }
    return j;
  };
  const fig = (f: SizeFigure | null): SizeFigure | null => (f ? { ...f, source: src(f.source) } : null);
  const added: ImageEntry[] = add.images.map((e) => ({
    ...e,
    onDisk: fig(e.onDisk),
    compressedAmd64: fig(e.compressedAmd64),
    statedSize: fig(e.statedSize),
    packageList: e.packageList === null ? null : list(e.packageList),
    sources: e.sources.map(src),
  }));
  const refs = new Set(added.map((e) => e.ref));
  const images = [...base.images.filter((e) => !refs.has(e.ref)), ...added];
  const aliases: ImagesData["aliases"] = {};
  const all = { ...base.aliases, ...add.aliases };
  for (const k of Object.keys(all).sort()) if (!refs.has(k)) aliases[k] = all[k]!;
  const releases: AlpineData["releases"] = JSON.parse(JSON.stringify(baseAlpine.releases)) as AlpineData["releases"];
  for (const [rel, pkgs] of Object.entries(addAlpine.releases)) {
    const into = (releases[rel] ??= {});
    for (const [n, p] of Object.entries(pkgs)) if (!into[n]) into[n] = { ...p, source: src(p.source) };
  }
  return { images: { generated, sources, names, packageLists, images, aliases }, alpine: { releases, sources } };
}
