/**
 * Builds the catalog data files from their sources. Each builder takes what was read and
 * returns plain data; scripts/catalog-update.ts does the reading and writing.
 */
import type {
  AlpineData,
  DataSource,
  DebianSuiteData,
  ImageContents,
  ImageEntry,
  ImagesData,
  ListedPackage,
  NpmData,
  PackageList,
  SizeFigure,
} from "../../lib/dockerfile/catalog/data-types";
import { mergeArchives, parsePackagesFile, parseReleaseHeader, selectClosure } from "./debian-packages";
import { contentsFromPackages, versionFromEnv } from "./image-facts";
import { parseLocalReport, type LocalReport } from "./repo-info-local";
import { amd64, parseRemoteReport, type RemoteReport } from "./repo-info-remote";
import type { RepoInfo } from "./sources";

/** scripts/catalog/images.json: the tags to describe, per official-image repository, most specific first. */
export interface TagConfig {
  repositories: Record<string, string[]>;
}

/** An image described by its publisher, not by repo-info (scripts/catalog/other-images.json). */
export interface OtherImage {
  ref: string;
  repository: string;
  tag: string;
  entrypoint: string[] | null;
  cmd: string[] | null;
  user: string | null;
  workingDir: string | null;
  contents: ImageContents;
  /** Only a size the publisher states (kind unstated, approximate), with its printed text; null otherwise. */
  statedSize: { bytes: number; printed: string } | null;
  sources: DataSource[];
  note: string;
}

const RI = "docker-library/repo-info";

/** What `buildImages` could not find, for the report. */
export interface ImagesReport {
  missing: string[];
  partial: string[];
}

/** Builds images.json and alpine.json from repo-info and the publisher-described images. */
export function buildImages(repo: RepoInfo, config: TagConfig, others: OtherImage[], generated: string): { images: ImagesData; alpine: AlpineData; report: ImagesReport } {
  const sources: DataSource[] = [];
  const sourceIndex = new Map<string, number>();
  const addSource = (s: DataSource): number => {
    const key = `${s.origin}\u0000${s.file}\u0000${s.commit}`;
    if (s.note === undefined || s.note === null) delete s.note;
    const hit = sourceIndex.get(key);
    if (hit !== undefined) return hit;
    sources.push(s);
    sourceIndex.set(key, sources.length - 1);
    return sources.length - 1;
  };
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const nameId = (n: string) => {
    let i = nameIndex.get(n);
    if (i === undefined) {
      i = names.length;
      names.push(n);
      nameIndex.set(n, i);
    }
    return i;
  };
  const packageLists: PackageList[] = [];
  const listIndex = new Map<string, number>();
  const images: ImageEntry[] = [];
  const aliases: ImagesData["aliases"] = {};
  const report: ImagesReport = { missing: [], partial: [] };
  const alpine: AlpineData = { releases: {}, sources };

  const localCache = new Map<string, LocalReport | null>();
  const remoteCache = new Map<string, RemoteReport | null>();
  const local = (image: string, tag: string) => {
    const p = `repos/${image}/local/${tag}.md`;
    if (!localCache.has(p)) {
      const t = repo.read(p);
      localCache.set(p, t === null ? null : parseLocalReport(t));
    }
    return localCache.get(p)!;
  };
  const remote = (image: string, tag: string) => {
    const p = `repos/${image}/remote/${tag}.md`;
    if (!remoteCache.has(p)) {
      const t = repo.read(p);
      remoteCache.set(p, t === null ? null : parseRemoteReport(t));
    }
    return remoteCache.get(p)!;
  };

  /** Adds a remote report read under an alias tag to an entry that has none (same image: same image ID). */
  const attachRemote = (entry: ImageEntry, path: string, rem: RemoteReport, amd: NonNullable<ReturnType<typeof amd64>>) => {
    const o = repo.origin(path);
    const src = addSource({ origin: RI, file: path, commit: o.commit, date: amd.historyDate, note: o.note });
    entry.sources.push(src);
    entry.indexDigest = rem.indexDigest;
    entry.amd64Digest = amd.digest;
    if (amd.compressedBytes !== null) entry.compressedAmd64 = { bytes: amd.compressedBytes, unit: "B", printed: amd.compressedPrinted ?? "", rounded: false, source: src };
    entry.user = amd.user;
    entry.workingDir = amd.workingDir;
    const notes = (entry.note ?? "").split("; ").filter((n) => n && !n.startsWith("remote report not read"));
    notes.push(`remote figures read under ${rem.tag ?? path} (same image ID); its index digest is that tag's`);
    entry.note = notes.join("; ");
  };

  for (const [repository, tags] of Object.entries(config.repositories)) {
    const canonical: ImageEntry[] = [];
    const chosen = new Set(tags);
    // The same linux/amd64 image: the same amd64 manifest digest (remote report) or image ID (local
    // report). Index digests are not compared: two tags of one image can have different indexes when
    // their platform lists differ (alpine:3.24 and 3.24.2 at repo-info 1746b587: 16 and 14 platforms).
    const match = (tag: string): { entry: ImageEntry; by: "amd64Digest" | "imageId" } | null => {
      const rem = remote(repository, tag);
      const amdDigest = rem ? amd64(rem)?.digest : null;
      if (amdDigest) {
        const e = canonical.find((c) => c.amd64Digest === amdDigest);
        if (e) return { entry: e, by: "amd64Digest" };
      }
      const loc = local(repository, tag);
      const id = loc?.imageId ?? (rem ? amd64(rem)?.imageId : null);
      if (id) {
        const e = canonical.find((c) => c.imageId === id);
        if (e) return { entry: e, by: "imageId" };
      }
      return null;
    };

    // Tags with a whole local report first (size and the full package list), then a partly read
    // one, then remote only, each group in config order: of tags that are the same image, the
    // best-read one becomes the entry and the others its aliases.
    const whole = (t: string) => local(repository, t) !== null && repo.origin(`repos/${repository}/local/${t}.md`).complete;
    const ordered = [...tags.filter(whole), ...tags.filter((t) => local(repository, t) && !whole(t)), ...tags.filter((t) => !local(repository, t))];
    for (const tag of ordered) {
      const ref = `${repository}:${tag}`;
      const loc = local(repository, tag);
      const remAny = remote(repository, tag);
      if (!loc && !remAny) {
        report.missing.push(ref);
        continue;
      }
      const same = match(tag);
      if (same) {
        aliases[ref] = { canonical: same.entry.ref, by: same.by };
        const amdOfAlias = remAny ? amd64(remAny) : null;
        if (remAny && amdOfAlias && same.entry.amd64Digest === null && amdOfAlias.imageId === same.entry.imageId) attachRemote(same.entry, `repos/${repository}/remote/${tag}.md`, remAny, amdOfAlias);
        continue;
      }
      const localPath = `repos/${repository}/local/${tag}.md`;
      const remotePath = `repos/${repository}/remote/${tag}.md`;
      const lo = loc ? repo.origin(localPath) : null;
      const created = loc?.created ? loc.created.slice(0, 10) : null;
      const notes: string[] = [];
      // A remote report of another build (its amd64 image ID differs from the local report's) is not used.
      let rem: RemoteReport | null = remAny;
      let amd = rem ? amd64(rem) : null;
      if (loc?.imageId && amd?.imageId && amd.imageId !== loc.imageId) {
        const ro0 = repo.origin(remotePath);
        notes.push(`the remote report read (commit ${ro0.commit ?? "unknown"}) describes another build (amd64 image ID ${amd.imageId}), so its digest, compressed size, USER and WORKDIR are not used`);
        rem = null;
        amd = null;
      }
      const ro = rem ? repo.origin(remotePath) : null;
      const entrySources: number[] = [];
      let localSrc: number | null = null;
      let remoteSrc: number | null = null;
      if (loc && lo) entrySources.push((localSrc = addSource({ origin: RI, file: localPath, commit: lo.commit, date: created, note: lo.note })));
      if (rem && ro) entrySources.push((remoteSrc = addSource({ origin: RI, file: remotePath, commit: ro.commit, date: amd?.historyDate ?? null, note: ro.note })));

      const onDisk: SizeFigure | null =
        loc && loc.sizeBytes !== null && localSrc !== null ? { bytes: loc.sizeBytes, unit: "B", printed: loc.sizePrinted ?? "", rounded: loc.sizeRounded, source: localSrc } : null;
      const compressedAmd64: SizeFigure | null =
        amd && amd.compressedBytes !== null && remoteSrc !== null ? { bytes: amd.compressedBytes, unit: "B", printed: amd.compressedPrinted ?? "", rounded: false, source: remoteSrc } : null;

      let packageList: number | null = null;
      let contents: ImageContents = contentsFromPackages(null, [], false);
      const complete = lo?.complete ?? false;
      if (loc && (loc.manager === "dpkg" || loc.manager === "apk")) {
        const pkgs: ListedPackage[] = loc.packages.map((p) => [nameId(p.name), p.version, p.installedBytes]);
        const key = JSON.stringify([loc.manager, complete, pkgs]);
        let id = listIndex.get(key);
        if (id === undefined) {
          packageLists.push({ manager: loc.manager, complete, packages: pkgs });
          id = packageLists.length - 1;
          listIndex.set(key, id);
        }
        packageList = id;
        contents = contentsFromPackages(loc.manager, loc.packages.map((p) => p.name), complete, loc.lastSource);
        if (loc.manager === "apk" && localSrc !== null) {
          const rel = loc.packages.find((p) => p.name === "alpine-release")?.version.replace(/^(\d+\.\d+).*$/, "$1");
          if (rel) {
            const byName = (alpine.releases[rel] ??= {});
            for (const p of loc.packages) {
              if (p.installedBytes === null || byName[p.name]) continue;
              byName[p.name] = { v: p.version, bytes: p.installedBytes, printed: p.installedPrinted ?? "", image: ref, source: localSrc };
            }
          }
        }
      } else if (loc && complete) {
        contents = { ...contentsFromPackages(null, [], true), basis: "the report lists no dpkg or apk packages" };
      }
      if (loc && !complete) report.partial.push(ref);

      if (!remAny) notes.push("remote report not read: no index digest, compressed size, USER or WORKDIR");
      if (!loc) notes.push("local report not read: no on-disk size, package list or Env");
      if (rem && amd && amd.user === null) notes.push("the history was cut short: USER and WORKDIR unknown");

      const entry: ImageEntry = {
        ref,
        repository,
        tag,
        reportedAs: loc?.title ?? rem?.tag ?? null,
        version: versionFromEnv(repository, loc?.env ?? null),
        imageId: loc?.imageId ?? amd?.imageId ?? null,
        indexDigest: rem?.indexDigest ?? null,
        amd64Digest: amd?.digest ?? null,
        created: loc?.created ?? null,
        onDisk,
        compressedAmd64,
        statedSize: null,
        entrypoint: loc ? loc.entrypoint : null,
        cmd: loc ? loc.cmd : null,
        env: loc ? loc.env : null,
        user: amd ? amd.user : null,
        workingDir: amd ? amd.workingDir : null,
        packageList,
        contents,
        sources: entrySources,
        note: notes.length ? notes.join("; ") : null,
      };
      canonical.push(entry);
      images.push(entry);
    }

    // Every other tag of the repository that shares a digest with a described one.
    const allTags = new Set([...repo.tags(repository, "remote"), ...repo.tags(repository, "local")]);
    for (const tag of [...allTags].sort()) {
      const ref = `${repository}:${tag}`;
      if (chosen.has(tag) || aliases[ref]) continue;
      const same = match(tag);
      if (!same) continue;
      aliases[ref] = { canonical: same.entry.ref, by: same.by };
      const rem = remote(repository, tag);
      const amdOfAlias = rem ? amd64(rem) : null;
      if (rem && amdOfAlias && same.entry.amd64Digest === null && amdOfAlias.imageId === same.entry.imageId) attachRemote(same.entry, `repos/${repository}/remote/${tag}.md`, rem, amdOfAlias);
    }
  }

  // A local report's title names the tag it was written for (repo-info's `# \`python:3.12.14-slim-trixie\``):
  // the report read under another tag is that image's, so the title is an alias too. Of two entries
  // with the same title (reports read at different commits), the newest build wins.
  const described = new Set(images.map((i) => i.ref));
  const titled = [...images].sort((a, b) => (b.created ?? "").localeCompare(a.created ?? ""));
  for (const e of titled) {
    const title = e.reportedAs;
    if (!title || title === e.ref || described.has(title) || aliases[title] || !e.onDisk) continue;
    aliases[title] = { canonical: e.ref, by: "reportTitle" };
  }

  for (const o of others) {
    const idx = o.sources.map(addSource);
    images.push({
      ref: o.ref,
      repository: o.repository,
      tag: o.tag,
      reportedAs: null,
      version: null,
      imageId: null,
      indexDigest: null,
      amd64Digest: null,
      created: null,
      onDisk: null,
      compressedAmd64: null,
      statedSize: o.statedSize ? { bytes: o.statedSize.bytes, unit: "B", printed: o.statedSize.printed, rounded: true, source: idx[0]! } : null,
      entrypoint: o.entrypoint,
      cmd: o.cmd,
      env: null,
      user: o.user,
      workingDir: o.workingDir,
      packageList: null,
      contents: o.contents,
      sources: idx,
      note: o.note,
    });
  }

  const sortedAliases: ImagesData["aliases"] = {};
  for (const k of Object.keys(aliases).sort()) sortedAliases[k] = aliases[k]!;
  return { images: { generated, sources, names, packageLists, images, aliases: sortedAliases }, alpine, report };
}

/** One archive of a suite as read from disk. */
export interface ArchiveInput {
  /** `trixie`, `trixie-updates`, `trixie-security`. */
  name: string;
  mirror: string;
  releaseText: string;
  packagesText: string;
}

/** Builds debian-<suite>.json: the closure of `seeds` over the suite's archives. */
export function buildDebian(suite: string, archives: ArchiveInput[], seeds: string[], read: string): DebianSuiteData {
  const index = mergeArchives(archives.map((a) => parsePackagesFile(a.packagesText)));
  const { names, missing } = selectClosure(index, seeds);
  const packages: DebianSuiteData["packages"] = {};
  for (const n of names) packages[n] = index.get(n)!;
  return {
    suite,
    unit: "KiB",
    archives: archives.map((a) => {
      const h = parseReleaseHeader(a.releaseText);
      return { name: a.name, mirror: a.mirror, version: h.version, date: h.date };
    }),
    read,
    seeds: [...new Set(seeds)].sort(),
    missing,
    packages,
  };
}

/** What the registry gives for one `name@version`: its unpacked size and how it was read, or null. */
export interface NpmSize {
  bytes: number;
  /** `dist.unpackedSize` (the registry's field), or `npm pack --dry-run` (the tarball's files summed, for packages published without the field). */
  via: "dist.unpackedSize" | "npm pack --dry-run";
}

/** Builds npm.json from lock files and a registry lookup. */
export function buildNpm(lockFiles: { path: string; packages: string[] }[], lookup: (spec: string) => NpmSize | null, registry: string, read: string): NpmData {
  const packages: NpmData["packages"] = {};
  for (const lf of lockFiles) {
    for (const spec of lf.packages) {
      let p = packages[spec];
      if (!p) {
        const size = lookup(spec);
        p = packages[spec] = { unpackedSize: size?.bytes ?? null, unit: "B", via: size?.via ?? null, lockFiles: [] };
      }
      p.lockFiles.push(lf.path);
    }
  }
  const sorted: NpmData["packages"] = {};
  for (const k of Object.keys(packages).sort()) sorted[k] = packages[k]!;
  return { registry, read, packages: sorted };
}

/** A publisher's family of images with the same tag variants (distroless: latest, nonroot, debug, debug-nonroot). */
export interface ImageFamily {
  registry: string;
  origin: string;
  sourceCommit: string;
  sourceDate: string;
  variants: { tag: string; user: string; workingDir: string; debug: boolean }[];
  /** Files that define the variants (users, debug entrypoint). */
  variantFiles: string[];
  variantBasis: string;
  images: {
    name: string;
    libc: "glibc" | "musl" | "none";
    caCertificates: boolean;
    tzdata: boolean;
    libstdcxx: boolean;
    libgcc: boolean;
    entrypoint: string[];
    /** True when the image sets its own entrypoint (language images), kept in :debug too. */
    entrypointIsOwn: boolean;
    files: string[];
    basis: string;
    statedSize?: { bytes: number; printed: string; file: string };
  }[];
}

/** Expands a family into one image per name and variant, each citing the publisher's files. */
export function expandFamily(f: ImageFamily): OtherImage[] {
  const src = (file: string): DataSource => ({ origin: f.origin, file, commit: f.sourceCommit, date: f.sourceDate });
  const out: OtherImage[] = [];
  for (const img of f.images) {
    for (const v of f.variants) {
      const files = [...(img.statedSize ? [img.statedSize.file] : []), ...img.files, ...f.variantFiles];
      out.push({
        ref: `${f.registry}/${img.name}:${v.tag}`,
        repository: `${f.registry}/${img.name}`,
        tag: v.tag,
        entrypoint: v.debug && !img.entrypointIsOwn ? ["/busybox/sh"] : img.entrypoint,
        cmd: null,
        user: v.user,
        workingDir: v.workingDir,
        contents: {
          libc: img.libc,
          shell: v.debug ? "/busybox/sh only" : "none",
          caCertificates: img.caCertificates,
          tzdata: img.tzdata,
          libstdcxx: img.libstdcxx,
          libgcc: img.libgcc,
          packageManager: "none",
          basis: `${img.basis}; ${f.variantBasis}`,
        },
        statedSize: img.statedSize && v.tag === "latest" ? { bytes: img.statedSize.bytes, printed: img.statedSize.printed } : null,
        sources: [...new Set(files)].map(src),
        note:
          (img.statedSize && v.tag === "latest" ? `The publisher states "${img.statedSize.printed}" without saying compressed or on-disk. ` : "") +
          "The publisher states no exact size, digest or CMD for this tag.",
      });
    }
  }
  return out;
}
