/**
 * The size catalog: base images, packages and known build outputs, each with its size
 * kind, version and sources. Pure data plus lookups; the simulator never invents a size.
 */
import { BUILD_OUTPUTS, PACKAGES } from "./packages";
import { IMAGES } from "./images";
import type { CatalogBuildOutput, CatalogImage, CatalogPackageSet } from "./types";

export { IMAGES } from "./images";
export { BUILD_OUTPUTS, PACKAGES } from "./packages";
export * as COURSE_FIGURES from "./course";
export type { CatalogBuildFile, CatalogBuildOutput, CatalogEntryBase, CatalogImage, CatalogPackageSet, CatalogSource, SizeKind } from "./types";

/** Any catalog entry: an image, a package set or a build output. */
export type CatalogEntry = CatalogImage | CatalogPackageSet | CatalogBuildOutput;

/** Every entry, for listing sources. */
export const CATALOG: readonly CatalogEntry[] = [...IMAGES, ...PACKAGES, ...BUILD_OUTPUTS];

/** An image reference split into repository and tag, `docker.io/library/` removed. */
export interface ImageRef {
  /** `alpine`, `gcr.io/distroless/static-debian13`. */
  repository: string;
  /** The tag, or `""` when none was written. */
  tag: string;
  /** The digest (`sha256:...`), or `""`. */
  digest: string;
}

/** Splits `docker.io/library/alpine:3.23@sha256:...` into its parts. Never throws. */
export function parseImageRef(ref: string): ImageRef {
  let rest = ref.trim();
  let digest = "";
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = "";
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let repository = rest.toLowerCase();
  if (repository.startsWith("docker.io/")) repository = repository.slice("docker.io/".length);
  if (repository.startsWith("index.docker.io/")) repository = repository.slice("index.docker.io/".length);
  if (repository.startsWith("library/")) repository = repository.slice("library/".length);
  return { repository, tag, digest };
}

/** The fully qualified name BuildKit prints (`docker.io/library/alpine:latest`). */
export function qualifyImage(ref: string, withDefaultTag: boolean): string {
  const { repository, tag, digest } = parseImageRef(ref);
  const first = repository.split("/")[0] ?? "";
  const hasDomain = repository.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost");
  let name = hasDomain ? repository : repository.includes("/") ? `docker.io/${repository}` : `docker.io/library/${repository}`;
  if (tag) name += `:${tag}`;
  else if (withDefaultTag && !digest) name += ":latest";
  if (digest) name += `@${digest}`;
  return name;
}

/**
 * The catalog image for a reference: the on-disk figure when there is one (what
 * `docker image ls` shows), else any figure. Null when the catalog does not size it.
 */
export function findImage(ref: string): CatalogImage | null {
  const { repository, tag } = parseImageRef(ref);
  const matches = IMAGES.filter((i) => i.repository === repository && i.tags.includes(tag));
  return matches.find((i) => i.kind === "on-disk") ?? matches.find((i) => i.kind === "unstated") ?? matches[0] ?? null;
}

/** Catalog images of the same repository, for a "did you mean" when a tag is unknown. */
export function similarImages(ref: string): CatalogImage[] {
  const { repository } = parseImageRef(ref);
  return IMAGES.filter((i) => i.repository === repository && i.kind !== "compressed");
}

/** Result of sizing one package install. */
export interface PackageLookup {
  /** Entries used, in order. */
  entries: CatalogPackageSet[];
  /** Requested packages no entry sizes. */
  unknown: string[];
  /** Sum of the entries' bytes. */
  bytes: number;
}

/**
 * Sizes `apk add <packages>`: an entry naming exactly the requested set wins; otherwise the
 * largest entries whose packages are all requested, then single packages, skipping what an
 * earlier entry already covers.
 */
export function lookupPackages(manager: "apk" | "apt", requested: string[]): PackageLookup {
  const want = [...new Set(requested)].sort();
  const candidates = PACKAGES.filter((p) => p.manager === manager).slice().sort((a, b) => b.packages.length - a.packages.length);
  const entries: CatalogPackageSet[] = [];
  const covered = new Set<string>();
  for (const entry of candidates) {
    if (!entry.packages.every((p) => want.includes(p))) continue;
    if (entry.packages.every((p) => covered.has(p))) continue;
    entries.push(entry);
    for (const c of entry.covers) covered.add(c);
  }
  const unknown = want.filter((p) => !covered.has(p));
  return { entries, unknown, bytes: entries.reduce((s, e) => s + e.bytes, 0) };
}

/** The known build output for a CMake project declaring exactly these executables and sources. */
export function findBuildOutput(executables: string[], sources: string[]): CatalogBuildOutput | null {
  const same = (a: string[], b: string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);
  return BUILD_OUTPUTS.find((b) => same(b.executables, executables) && same(b.sourceFiles, sources)) ?? null;
}
