/**
 * Types of the size catalog the build simulator reads. Every figure carries its size kind,
 * its version and where it comes from; a derived figure says how it was derived. A size
 * nobody has sourced is not in the catalog: the simulator then says "size unknown".
 */

/**
 * What a byte figure measures. `on-disk`: the uncompressed size of all layers, as
 * repo-info's local reports and the classic image store's `docker image ls` give it.
 * `compressed`: the registry's transfer size. `unstated`: the source does not say.
 */
export type SizeKind = "on-disk" | "compressed" | "unstated";

/** Where a figure comes from. */
export interface CatalogSource {
  /** The document, as a path or an upstream `owner/repo path` (e.g. `docker-library/repo-info repos/alpine/local/3.23.6.md`). */
  document: string;
  /** The place inside the document (section, field, commit), or null. */
  locator: string | null;
  /** ISO date (yyyy-mm-dd) of the figure as the document states it, or null when it states none. */
  date: string | null;
  /**
   * True when the figure was read in the document itself (or measured by us); false when it
   * reaches us only through the course's fact sheets (FACTS.md, FACTS-PATTERNS.md).
   */
  firstHand: boolean;
}

/** Fields every catalog entry has. */
export interface CatalogEntryBase {
  /** Stable id, e.g. `image:alpine:3.23:on-disk`, `apk:g++ make cmake`. */
  id: string;
  /** The size in bytes (decimal units converted as 1 MB = 1,000,000 B unless the derivation says otherwise). */
  bytes: number;
  /** What the figure measures. */
  kind: SizeKind;
  /** True when the source itself gives the figure loosely ("around 2 MiB"). */
  approximate: boolean;
  /** The tag, release or package version the figure is for, as precisely as the source gives it. */
  version: string;
  /** Sources, most direct first. Never empty. */
  sources: CatalogSource[];
  /** How the figure was derived from its sources, or null when it is copied as stated. */
  derivation: string | null;
}

/** A base image. */
export interface CatalogImage extends CatalogEntryBase {
  /** Repository without `docker.io/library/` (`alpine`, `gcr.io/distroless/static-debian13`). */
  repository: string;
  /** Tags this entry answers for (`""` stands for no tag, i.e. `latest`). */
  tags: string[];
  /** Top-level folders of the image's root file system, shown in the file tree. */
  topFolders: string[];
  /** Where `topFolders` comes from, or why it is a convention rather than a source. */
  topFoldersSource: string;
  /** Package manager the image ships, if any (used to read `RUN apk add` and the like). */
  packageManager: "apk" | "apt" | null;
}

/** A set of packages installed together (`apk add g++ make cmake`), with what it pulls in. */
export interface CatalogPackageSet extends CatalogEntryBase {
  /** Package manager. */
  manager: "apk" | "apt";
  /** The packages as a student names them on the command line, sorted. */
  packages: string[];
  /** Every package the install brings, dependencies included (for de-duplication), sorted. */
  covers: string[];
  /** Human label, e.g. `g++, make and cmake`. */
  label: string;
}

/** One file a known build writes. */
export interface CatalogBuildFile {
  /** Path relative to the build directory, `/`-separated. */
  path: string;
  /** Size in bytes. */
  bytes: number;
}

/** The outputs of a known project's build (the course's CMake hello world, its Go programs). */
export interface CatalogBuildOutput extends CatalogEntryBase {
  /** The build system: `cmake` (configure and make), or `go` (`go build`). */
  system: "cmake" | "go";
  /** CMake: executable targets the project declares (`add_executable(hello hello.cpp)` gives `hello`). Go: empty. */
  executables: string[];
  /** Source files of those targets (CMake), or of the Go package (`main.go`). */
  sourceFiles: string[];
  /** Go: the module path go.mod declares (`example.com/hello-server`); null for CMake. */
  module: string | null;
  /** Go: the build tags (`-tags timetzdata`), sorted; empty for CMake. */
  tags: string[];
  /**
   * Every file the build writes, sizes in bytes: CMake's build directory (relative to it);
   * for Go the one binary, under the name `<binary>` (written where `-o` says).
   */
  files: CatalogBuildFile[];
}
