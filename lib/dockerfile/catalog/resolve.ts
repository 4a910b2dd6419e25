/**
 * Which image a FROM names, as far as the data knows it: the tag's own repo-info report, a
 * tag that is the same image (alias), the image a digest names, the course's own measurement
 * (for the course's projects), or the nearest known tag of the same image and variant (an
 * approximation, said as such). What none of these covers is unknown. Pure.
 */
import { COURSE_ALPINE_LATEST_BYTES } from "./course";
import { ESTIMATES_DATA, IMAGES_DATA } from "./data";
import type { DataSource, EstimatedImage, ImageEntry } from "./data-types";
import { parseImageRef } from "./ref";
import { DISTRO_RELEASES, alpineRelease, parseTag, versionNumbers, type TagParts } from "./tags";

/** Whose figures a simulation uses: the course's measurements for its own projects, else repo-info's. */
export type Calibration = "course" | "repo-info";

/** How a reference was resolved. */
export type ResolvedBy =
  /** `scratch`: the empty image. */
  | "scratch"
  /** The tag's own report. */
  | "exact"
  /** Another tag that is the same image (same amd64 digest, image ID, or report title). */
  | "alias"
  /** The digest the reference pins. */
  | "digest"
  /** The course's measurement, for the course's own projects. */
  | "course"
  /** A publisher's own description (distroless, mcr.microsoft.com, ghcr.io/astral-sh/uv). */
  | "publisher"
  /** The nearest known tag of the same image and variant: approximate. */
  | "nearest"
  | "unknown";

/** Why a resolution is approximate or unknown, as data (lib/workspace/simulation-words.ts words it). */
export type ResolutionNote =
  /** Estimated from another tag of the same image and variant; `differs` says what is not the same. */
  | { kind: "nearest"; from: string; reportedAs: string | null; differs: ("version" | "release" | "tag" | "build")[] }
  /** The digest is not in the data: estimated from the tag (or `latest`). */
  | { kind: "digest-unknown"; digest: string; from: string }
  /** The tag is known only by its compressed size: no on-disk figure. */
  | { kind: "no-on-disk"; compressed: number | null }
  /** The publisher states a size loosely, without saying whether it is compressed or on disk. */
  | { kind: "stated-loosely"; printed: string }
  /** No size stated: estimated from the Debian packages the publisher's build files list (`missing`: what has no figure). */
  | { kind: "estimated-from-packages"; publisher: string; suite: string; packages: number; missing: string[] }
  /**
   * No figure of its own: built FROM `chain[0]` (then `chain[1]`, …) as the publishers' Dockerfiles
   * say; the figure is `sizedFrom`'s (found as `sizedNote` says), what the Dockerfiles add missing.
   */
  | { kind: "built-on"; chain: string[]; sizedFrom: string; sizedNote: ResolutionNote | null }
  /** The publisher describes the image but states no size. */
  | { kind: "publisher-no-size"; publisher: string }
  /** Nothing in the data: `similar` are known tags of the same repository. */
  | { kind: "not-in-data"; similar: string[] }
  /** A repository the data has no tag of with the same version and variant. */
  | { kind: "no-same-variant"; similar: string[] };

/** What the data knows about one FROM reference. */
export interface ImageResolution {
  /** The reference as written (after ARG expansion). */
  ref: string;
  /** `repository:tag` with the implicit `latest` made explicit (`alpine:latest`), plus `@digest` when pinned. */
  name: string;
  by: ResolvedBy;
  /** For `alias`: what made the two tags the same image (`publisherDefault`: the publisher says the name selects it). */
  aliasBy: "amd64Digest" | "imageId" | "reportTitle" | "publisherDefault" | null;
  /** The data entry used (for sizes and contents), or null. */
  entry: ImageEntry | null;
  /** On-disk bytes for linux/amd64 as `docker image ls` shows it, or null when unknown. */
  bytes: number | null;
  /** `sourced`: a first-hand figure for exactly this image; `approximate`: nearest tag or a loose figure; `unknown`: no figure. */
  confidence: "sourced" | "approximate" | "unknown";
  /** Why it is approximate or unknown, or null. */
  note: ResolutionNote | null;
  /** The files the figure comes from. */
  sources: DataSource[];
  /** Parts of the image that have no figure (the figure is then a lower bound); empty when none. */
  missing: string[];
}

const byRef = new Map<string, ImageEntry>(IMAGES_DATA.images.map((e) => [e.ref, e]));
const byRepository = new Map<string, ImageEntry[]>();
for (const e of IMAGES_DATA.images) {
  const list = byRepository.get(e.repository) ?? [];
  list.push(e);
  byRepository.set(e.repository, list);
}

/** The data entry of exactly `repository:tag`, or null. */
export function imageEntry(ref: string): ImageEntry | null {
  return byRef.get(ref) ?? null;
}

/** Every entry of a repository (`python`), in data order. */
export function entriesOf(repository: string): readonly ImageEntry[] {
  return byRepository.get(repository) ?? [];
}

function sourcesOf(entry: ImageEntry): DataSource[] {
  return entry.sources.map((i) => IMAGES_DATA.sources[i]).filter((s): s is DataSource => s !== undefined);
}

const estimateByRef = new Map<string, EstimatedImage>(ESTIMATES_DATA.images.map((e) => [e.ref, e]));

/** The package-based estimate of a publisher image that states no size, or null. */
export function estimatedImage(ref: string): EstimatedImage | null {
  return estimateByRef.get(ref) ?? null;
}

function estimateSources(e: EstimatedImage): DataSource[] {
  return e.sources.map((i) => ESTIMATES_DATA.sources[i]).filter((s): s is DataSource => s !== undefined);
}

/** The tags a repository's entries answer for, for "did you mean". */
function knownTags(repository: string): string[] {
  const tags = new Set(entriesOf(repository).map((e) => e.ref));
  for (const [alias, a] of Object.entries(IMAGES_DATA.aliases)) if (byRef.get(a.canonical)?.repository === repository) tags.add(alias);
  return [...tags].sort();
}

/** Parts of a candidate: its report's title says more than its tag (`python:3.12.13-slim-trixie` for `3.12-slim`). */
function candidateParts(e: ImageEntry): { tag: TagParts; full: TagParts; version: number[] } {
  const tag = parseTag(e.tag);
  const title = e.reportedAs && e.reportedAs.startsWith(`${e.repository}:`) ? parseTag(e.reportedAs.slice(e.repository.length + 1)) : tag;
  const full: TagParts = { ...title, flavour: title.flavour.length >= tag.flavour.length ? title.flavour : tag.flavour, release: title.release ?? tag.release, alpine: title.alpine || tag.alpine };
  const fromEnv = versionNumbers(e.version);
  const version = fromEnv.length > 0 ? fromEnv : title.version.length > 0 ? title.version : tag.version;
  return { tag, full, version };
}

const sameFlavour = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The version a channel tag names today (`node:lts` → node:24's version), from the data, or []. */
function channelVersion(repository: string, channel: string): number[] {
  const e = resolveExactOrAlias(`${repository}:${channel}`)?.entry;
  return e ? candidateParts(e).version : [];
}

/** How far apart two releases are (0 the same; larger is farther); Infinity across distributions. */
function releaseDistance(want: string | null, have: string | null): number {
  if (want === have) return 0;
  const aw = alpineRelease(want);
  const ah = alpineRelease(have);
  if (aw && ah) return Math.abs((aw[0] ?? 0) * 100 + (aw[1] ?? 0) - ((ah[0] ?? 0) * 100 + (ah[1] ?? 0))) / 100;
  const w = want ? DISTRO_RELEASES[want] : undefined;
  const h = have ? DISTRO_RELEASES[have] : undefined;
  if (w && h) return w.distro === h.distro ? Math.abs(w.order - h.order) : 1000;
  return 0.5;
}

/**
 * The nearest entry with an on-disk figure of the same repository and variant: the same
 * flavour (slim, alpine, jre, fpm, ...), the same major version (or the channel's version),
 * the closest minor version, then the closest distribution release. Null when none qualifies.
 */
export function nearestEntry(repository: string, tag: string): { entry: ImageEntry; differs: ("version" | "release" | "build")[] } | null {
  const want = parseTag(tag === "" ? "latest" : tag);
  let wantVersion = want.version;
  if (wantVersion.length === 0 && want.channel && want.channel !== "latest") wantVersion = channelVersion(repository, want.channel);
  const scored: { entry: ImageEntry; score: number[]; differs: ("version" | "release" | "build")[] }[] = [];
  for (const e of entriesOf(repository)) {
    if (!e.onDisk) continue;
    const { tag: ct, full, version } = candidateParts(e);
    if (want.alpine !== full.alpine) continue;
    if (!sameFlavour(want.flavour, full.flavour) && !sameFlavour(want.flavour, ct.flavour)) continue;
    if ((want.channel === "rc") !== (full.channel === "rc")) continue;
    const differs: ("version" | "release" | "build")[] = [];
    let versionScore = 0;
    if (wantVersion.length > 0) {
      if (version[0] !== wantVersion[0]) continue;
      const exact = wantVersion.every((n, i) => version[i] === n);
      if (!exact) differs.push("version");
      // Only the major version asked for (`1-alpine`, `3-slim`): Docker gives the newest.
      versionScore = wantVersion.length === 1 ? -((version[1] ?? 0) * 1000 + (version[2] ?? 0)) : Math.abs((version[1] ?? 0) - (wantVersion[1] ?? 0)) * 1000 + Math.abs((version[2] ?? 0) - (wantVersion[2] ?? 0));
    } else {
      // No version asked for (`alpine`, `slim`, `bookworm`): the newest, preferring a tag that names none either.
      versionScore = (ct.version.length > 0 ? 1e6 : 0) - ((version[0] ?? 0) * 1e4 + (version[1] ?? 0) * 100 + (version[2] ?? 0));
    }
    let releaseScore: number;
    if (want.release) {
      releaseScore = releaseDistance(want.release, full.release);
      if (releaseScore > 0) differs.push("release");
    } else {
      // No release named: the tag's default; a candidate that names none is that default too.
      releaseScore = ct.release === null ? 0 : 0.25;
    }
    if (differs.length === 0) differs.push("build");
    const complete = e.packageList !== null && IMAGES_DATA.packageLists[e.packageList]?.complete ? 0 : 1;
    scored.push({ entry: e, score: [versionScore, releaseScore, complete, -Date.parse(e.created ?? "1970-01-01")], differs });
  }
  scored.sort((a, b) => {
    for (let i = 0; i < a.score.length; i++) if ((a.score[i] as number) !== (b.score[i] as number)) return (a.score[i] as number) - (b.score[i] as number);
    return a.entry.ref < b.entry.ref ? -1 : 1;
  });
  const best = scored[0];
  return best ? { entry: best.entry, differs: best.differs } : null;
}

/**
 * Another entry of the same image and variant (flavour, Alpine or not, distribution release)
 * that `accept` takes, nearest in version: it stands for `entry` where `entry`'s own report
 * lacks something (a package list read only in part). Null when there is none.
 */
export function variantSibling(entry: ImageEntry, accept: (e: ImageEntry) => boolean, releaseOf: (e: ImageEntry) => string | null): ImageEntry | null {
  const me = candidateParts(entry);
  const myRelease = releaseOf(entry);
  let best: ImageEntry | null = null;
  let bestScore = Infinity;
  for (const e of entriesOf(entry.repository)) {
    if (e === entry || !accept(e)) continue;
    const c = candidateParts(e);
    if (c.full.alpine !== me.full.alpine || !sameFlavour(c.full.flavour, me.full.flavour) || (c.full.channel === "rc") !== (me.full.channel === "rc")) continue;
    const theirs = releaseOf(e);
    const release = releaseDistance(myRelease, theirs);
    if (myRelease !== theirs && (myRelease === null || theirs === null || release > 0)) continue;
    const score = release * 1e6 + Math.abs((c.version[0] ?? 0) - (me.version[0] ?? 0)) * 1000 + Math.abs((c.version[1] ?? 0) - (me.version[1] ?? 0));
    if (score < bestScore) {
      best = e;
      bestScore = score;
    }
  }
  return best;
}

function resolveExactOrAlias(name: string): { entry: ImageEntry; by: "exact" | "alias"; aliasBy: ImageResolution["aliasBy"] } | null {
  const exact = byRef.get(name);
  if (exact) return { entry: exact, by: "exact", aliasBy: null };
  const alias = IMAGES_DATA.aliases[name];
  const canonical = alias ? byRef.get(alias.canonical) : undefined;
  if (alias && canonical) return { entry: canonical, by: "alias", aliasBy: alias.by };
  // A name the publisher says selects another (`gcr.io/distroless/cc` → `cc-debian13`).
  const chosen = ESTIMATES_DATA.aliases[name];
  const target = chosen ? byRef.get(chosen.canonical) : undefined;
  return chosen && target ? { entry: target, by: "alias", aliasBy: "publisherDefault" } : null;
}

function byDigest(digest: string): ImageEntry | null {
  return IMAGES_DATA.images.find((e) => e.indexDigest === digest || e.amd64Digest === digest) ?? null;
}

const isPublisher = (repository: string) => repository.includes("/") && /[.:]|^localhost$/.test(repository.split("/")[0] ?? "");

/**
 * For a distroless image without a stated size: the same image's stated figure under another
 * tag (`:nonroot` → `:latest`) or another Debian release (`static-debian12` → `static-debian13`),
 * the nearest release first. Null when the publisher states none for that image.
 */
function publisherNearest(repository: string, tag: string): { entry: ImageEntry; differs: ("version" | "release" | "tag" | "build")[] } | null {
  const m = /^(gcr\.io\/distroless\/.+?)-debian(\d+)$/.exec(repository);
  // :debug adds busybox: no other tag's figure stands for it.
  if (!m || tag.startsWith("debug")) return null;
  const [, family, release] = m as unknown as [string, string, string];
  const stated = IMAGES_DATA.images.filter((e) => e.statedSize && e.repository.startsWith(`${family}-debian`) && /^\d+$/.test(e.repository.slice(family.length + "-debian".length)));
  stated.sort((a, b) => Math.abs(Number(a.repository.slice(family.length + 7)) - Number(release)) - Math.abs(Number(b.repository.slice(family.length + 7)) - Number(release)));
  const best = stated[0];
  if (!best) return null;
  return { entry: best, differs: best.repository !== repository ? ["release"] : best.tag !== tag ? ["tag"] : ["build"] };
}

/**
 * An image with no figure of its own that its publisher's Dockerfile builds FROM another
 * (estimates.json `built`): that image's figure, approximate, with what the Dockerfile adds
 * missing. Null when the chain ends in an image of no figure.
 */
function builtOn(tagName: string, options: { calibration?: Calibration }, depth = 0): ImageResolution | null {
  const b = ESTIMATES_DATA.built[tagName];
  if (!b || depth > 8) return null;
  const inner = resolveImage(b.from, options);
  if (inner.bytes === null) return null;
  const deeper = inner.note?.kind === "built-on" ? inner.note : null;
  const own = b.sources.map((i) => ESTIMATES_DATA.sources[i]).filter((s): s is DataSource => s !== undefined);
  return {
    ref: tagName,
    name: tagName,
    by: "publisher",
    aliasBy: null,
    entry: null,
    bytes: inner.bytes,
    confidence: "approximate",
    note: { kind: "built-on", chain: [b.from, ...(deeper ? deeper.chain : [])], sizedFrom: deeper ? deeper.sizedFrom : inner.name, sizedNote: deeper ? deeper.sizedNote : inner.note },
    sources: [...own, ...inner.sources],
    missing: [...b.adds, ...inner.missing],
  };
}

/** Course figures: alpine:latest as the course pulled it (docs/facts/course.md, lib/dockerfile/catalog/course.ts). */
const COURSE_SOURCE: DataSource = {
  origin: "Stagecraft course",
  file: "docs/facts/course.md (8.34MB multi-stage image as docker image ls printed it) and lib/dockerfile/catalog/course.ts (the derivation)",
  commit: null,
  date: null,
};

/**
 * What the data knows about the image a FROM names. `calibration: "course"` (the course's own
 * projects) uses the course's measured `alpine:latest`; otherwise repo-info's figures.
 */
export function resolveImage(ref: string, options: { calibration?: Calibration } = {}): ImageResolution {
  const { repository, tag, digest } = parseImageRef(ref);
  const effectiveTag = tag === "" && digest === "" ? "latest" : tag;
  const name = `${repository}${effectiveTag ? `:${effectiveTag}` : ""}${digest ? `@${digest}` : ""}`;
  const base: Omit<ImageResolution, "by" | "entry" | "bytes" | "confidence" | "note" | "sources" | "aliasBy" | "missing"> = { ref, name };
  const unknown = (note: ResolutionNote | null): ImageResolution => ({ ...base, by: "unknown", aliasBy: null, entry: null, bytes: null, confidence: "unknown", note, sources: [], missing: [] });

  if (repository === "scratch" && effectiveTag === "latest" && !digest) {
    return { ...base, name: "scratch", by: "scratch", aliasBy: null, entry: null, bytes: 0, confidence: "sourced", note: null, sources: [], missing: [] };
  }
  if (repository === "") return unknown(null);

  const tagName = `${repository}:${effectiveTag || "latest"}`;
  const built = !digest && !byRef.has(tagName) ? builtOn(tagName, options) : null;
  if (built) return { ...built, ref, name };
  const fromEntry = (entry: ImageEntry, by: ResolvedBy, aliasBy: ImageResolution["aliasBy"], approximateNote: ResolutionNote | null): ImageResolution => {
    if (entry.onDisk) {
      return { ...base, by, aliasBy, entry, bytes: entry.onDisk.bytes, confidence: approximateNote ? "approximate" : "sourced", note: approximateNote, sources: sourcesOf(entry), missing: [] };
    }
    if (entry.statedSize) {
      return { ...base, by, aliasBy, entry, bytes: entry.statedSize.bytes, confidence: "approximate", note: approximateNote ?? { kind: "stated-loosely", printed: entry.statedSize.printed }, sources: sourcesOf(entry), missing: [] };
    }
    const est = estimatedImage(entry.ref);
    if (est) {
      const publisher = sourcesOf(entry)[0]?.origin ?? repository;
      return { ...base, by, aliasBy, entry, bytes: est.bytes, confidence: "approximate", note: approximateNote ?? { kind: "estimated-from-packages", publisher, suite: est.suite, packages: est.packages.length, missing: est.missing }, sources: estimateSources(est), missing: est.missing };
    }
    return { ...base, by, aliasBy, entry, bytes: null, confidence: "unknown", note: isPublisher(repository) ? { kind: "publisher-no-size", publisher: sourcesOf(entry)[0]?.origin ?? repository } : { kind: "no-on-disk", compressed: entry.compressedAmd64?.bytes ?? null }, sources: sourcesOf(entry), missing: [] };
  };

  if (options.calibration === "course" && repository === "alpine" && effectiveTag === "latest" && !digest) {
    const contents = resolveExactOrAlias("alpine:latest")?.entry ?? null;
    return { ...base, by: "course", aliasBy: null, entry: contents, bytes: COURSE_ALPINE_LATEST_BYTES, confidence: "sourced", note: null, sources: [COURSE_SOURCE], missing: [] };
  }

  if (digest) {
    const pinned = byDigest(digest);
    if (pinned && pinned.repository === repository) return fromEntry(pinned, "digest", null, null);
    const viaTag = resolveImage(tagName, options);
    if (viaTag.by === "unknown") return viaTag;
    const note: ResolutionNote = { kind: "digest-unknown", digest, from: viaTag.entry?.ref ?? viaTag.name };
    return { ...viaTag, ref, name, confidence: viaTag.bytes === null ? "unknown" : "approximate", note };
  }

  const found = resolveExactOrAlias(tagName);
  if (found) {
    const r = fromEntry(found.entry, isPublisher(repository) ? "publisher" : found.by, found.aliasBy, null);
    if (r.bytes !== null) return r;
    if (isPublisher(repository)) {
      // Described, but with no size: the same image's stated size (another tag, another Debian release) stands for it, approximately.
      const near = publisherNearest(repository, effectiveTag || "latest");
      return near ? { ...fromEntry(near.entry, "nearest", null, { kind: "nearest", from: near.entry.ref, reportedAs: null, differs: near.differs }), entry: found.entry } : r;
    }
  }
  if (isPublisher(repository)) {
    const near = publisherNearest(repository, effectiveTag || "latest");
    if (near) return fromEntry(near.entry, "nearest", null, { kind: "nearest", from: near.entry.ref, reportedAs: null, differs: near.differs });
    return unknown({ kind: "not-in-data", similar: knownTags(repository) });
  }

  const near = nearestEntry(repository, effectiveTag);
  if (near) {
    const r = fromEntry(near.entry, "nearest", null, { kind: "nearest", from: near.entry.ref, reportedAs: near.entry.reportedAs, differs: near.differs });
    if (found && !found.entry.onDisk) return { ...r, note: { kind: "nearest", from: near.entry.ref, reportedAs: near.entry.reportedAs, differs: near.differs } };
    return r;
  }
  if (found) return fromEntry(found.entry, found.by, found.aliasBy, null);
  const similar = knownTags(repository);
  return unknown(similar.length > 0 ? { kind: "no-same-variant", similar } : { kind: "not-in-data", similar });
}
