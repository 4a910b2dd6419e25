/**
 * The size catalog: base images (generated from docker-library/repo-info and publishers'
 * own descriptions, data/images.json), Debian, Alpine and npm packages (data/*.json), and the
 * course's own measurements. Pure data plus lookups; the simulator never invents a size.
 */
import { BUILD_OUTPUTS, PACKAGES } from "./packages";
import type { CatalogBuildOutput, CatalogImage, CatalogPackageSet } from "./types";

export { COURSE_ALPINE, FHS, FHS_SOURCE } from "./images";
export { BUILD_OUTPUTS, GO_RULE_OF_THUMB, PACKAGES } from "./packages";
export * as COURSE_FIGURES from "./course";
export { parseImageRef, qualifyImage, type ImageRef } from "./ref";
export { entriesOf, imageEntry, nearestEntry, resolveImage, variantSibling, type Calibration, type ImageResolution, type ResolutionNote, type ResolvedBy } from "./resolve";
export { baseImageFacts, entryPackages, entryRelease, factsOf, listFor, type BaseImageFacts } from "./facts";
export { sizeAptInstall, suiteFor, type AptApproximation, type AptSizing, type SystemPackages } from "./apt";
export { sizeApkAdd, type ApkListed, type ApkSizing } from "./apk";
export { lockedPackages, NPM_READ, sizeNpmLock, type LockedPackage, type NpmSizing } from "./npm";
export { IMAGES_DATA } from "./data";
export type { DataSource, ImageEntry } from "./data-types";
export type { CatalogBuildFile, CatalogBuildOutput, CatalogEntryBase, CatalogImage, CatalogPackageSet, CatalogSource, SizeKind } from "./types";

/** Any hand-made catalog entry: the course's image, package set or build output. */
export type CatalogEntry = CatalogImage | CatalogPackageSet | CatalogBuildOutput;

/** Result of sizing one package install from the course's package sets. */
export interface PackageLookup {
  /** Entries used, in order. */
  entries: CatalogPackageSet[];
  /** Requested packages no entry sizes. */
  unknown: string[];
  /** Sum of the entries' bytes. */
  bytes: number;
  /** Every package the entries bring (theirs and what they pull in). */
  covered: string[];
}

/**
 * Sizes `apk add <packages>` from the course's package sets: the largest sets whose packages
 * are all requested, skipping what an earlier set already covers.
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
  return { entries, unknown, bytes: entries.reduce((s, e) => s + e.bytes, 0), covered: [...covered].sort() };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/** The known build output for a CMake project declaring exactly these executables and sources. */
export function findBuildOutput(executables: string[], sources: string[]): CatalogBuildOutput | null {
  return BUILD_OUTPUTS.find((b) => b.system === "cmake" && same(b.executables, executables) && same(b.sourceFiles, sources)) ?? null;
}

/** The known `go build` output of a module (the path its go.mod declares) with these build tags and these source files, or null. */
export function findGoBuildOutput(module: string, tags: string[], sources: string[]): CatalogBuildOutput | null {
  return BUILD_OUTPUTS.find((b) => b.system === "go" && b.module === module && same(b.tags, tags) && same(b.sourceFiles, sources)) ?? null;
}
