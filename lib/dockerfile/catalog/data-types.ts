/**
 * Shapes of the generated catalog data in `lib/dockerfile/catalog/data/*.json`, written by
 * `npm run catalog:update` (scripts/catalog-update.ts). Every figure says its unit and
 * where it was read; what a source does not give is `null` ("unknown"), never 0.
 */

/** Where a figure was read. */
export interface DataSource {
  /** `docker-library/repo-info`, `debian`, `npm registry`, a publisher's repository. */
  origin: string;
  /** The file inside the origin (`repos/alpine/local/3.23.md`), or the suite's index file. */
  file: string;
  /** The origin's commit the file was read at, or null when the origin has none (a registry, a suite). */
  commit: string | null;
  /** ISO date (yyyy-mm-dd) of the figure: the image's Created date, the suite's Release date, the day the registry was read. */
  date: string | null;
  /** How the file was read when not whole (an excerpt copied from it), or null. */
  note?: string | null;
}

/** A byte figure as a source prints it. */
export interface SizeFigure {
  /** The figure converted to bytes (repo-info's "Mb" is 10^6 B, see scripts/catalog/README.md). */
  bytes: number;
  /** The unit `bytes` is in: always "B" here; the printed text keeps the source's own unit. */
  unit: "B";
  /** The figure exactly as the source prints it (`~ 119.42 Mb`, `43.2 MB (43188023 bytes)`). */
  printed: string;
  /** True when the source rounds (repo-info's "~ 119.42 Mb" is +/- 5,000 B). */
  rounded: boolean;
  /** Index into `ImagesData.sources`. */
  source: number;
}

/** A package of an image's package list: [name index into `names`, version, installed size in bytes or null]. */
export type ListedPackage = [number, string, number | null];

/** One package list, shared by every tag whose list is the same. */
export interface PackageList {
  /** `dpkg` (Debian, Ubuntu) or `apk` (Alpine). */
  manager: "dpkg" | "apk";
  /** False when only part of the report was read: absent packages are then unknown, not absent. */
  complete: boolean;
  /** The packages, sorted by name. Installed size is apk's "installed size" converted to bytes; dpkg reports give none (null). */
  packages: ListedPackage[];
}

/**
 * What the image's package list says about what it can run. `true`/`false` only when the
 * list is complete or the package was seen; otherwise `null` (unknown).
 */
export interface ImageContents {
  /** `glibc` (libc6), `musl`, `none` (distroless static), or null. */
  libc: "glibc" | "musl" | "none" | null;
  /**
   * Which package gives /bin/sh (`dash`, `busybox-binsh`), `none`, `/busybox/sh only` (a
   * shell exists but not at /bin/sh, as in distroless :debug), or null (unknown).
   */
  shell: string | null;
  /** CA certificates package present. */
  caCertificates: boolean | null;
  /** tzdata present. */
  tzdata: boolean | null;
  /** libstdc++ (libstdc++6 / libstdc++) present. */
  libstdcxx: boolean | null;
  /** libgcc (libgcc-s1 / libgcc) present. */
  libgcc: boolean | null;
  /** The package manager the image ships (`apt`, `apk`), `none`, or null. */
  packageManager: "apt" | "apk" | "none" | null;
  /** Which package each fact was read from, or the publisher's statement. */
  basis: string;
}

/** One image tag as repo-info (or a publisher) describes it. */
export interface ImageEntry {
  /** `python:3.12-slim-trixie`, `gcr.io/distroless/static-debian13:nonroot`. */
  ref: string;
  repository: string;
  tag: string;
  /** The name the report gives the image (repo-info's title, e.g. `python:3.12.14-slim-trixie`), or null. */
  reportedAs: string | null;
  /** The version the image packages (PYTHON_VERSION, NODE_VERSION, ... from Env), or null. */
  version: string | null;
  /** The image config digest (`docker image ls` IMAGE ID), from the local report. */
  imageId: string | null;
  /** The manifest list / index digest (`docker pull repo@sha256:...`), from the remote report. */
  indexDigest: string | null;
  /** The linux/amd64 manifest digest, from the remote report. */
  amd64Digest: string | null;
  /** ISO timestamp the image was created (local report), or null. */
  created: string | null;
  /** Uncompressed size of all layers, linux/amd64 (what `docker image ls` shows with the classic store). */
  onDisk: SizeFigure | null;
  /** Registry transfer size of the linux/amd64 image (compressed layers). */
  compressedAmd64: SizeFigure | null;
  /**
   * A size the publisher states loosely without saying whether it is compressed or on disk
   * (distroless: "around 2 MiB"); always approximate. Null when none is stated.
   */
  statedSize: SizeFigure | null;
  /**
   * Entrypoint, Cmd and Env from the local report. scan-local.sh prints Entrypoint and Command
   * only when the image sets them, so with a local report read (`onDisk` not null) null means
   * "not set"; without one it means unknown (see `note`).
   */
  entrypoint: string[] | null;
  cmd: string[] | null;
  env: string[] | null;
  /** USER from the image's history (remote report); "" when the history sets none (root); null when not read. */
  user: string | null;
  /** WORKDIR from the image's history; "" when none is set ("/"); null when not read. */
  workingDir: string | null;
  /** Index into `ImagesData.packageLists`, or null when no list was read. */
  packageList: number | null;
  contents: ImageContents;
  /** Indexes into `ImagesData.sources` of the files this entry was read from. */
  sources: number[];
  /** Anything a reader should know (partial report, publisher figures, ...). */
  note: string | null;
}

/** `images.json`. */
export interface ImagesData {
  /** Date the generator ran (yyyy-mm-dd). */
  generated: string;
  /** Every file read, referenced by index. */
  sources: DataSource[];
  /** Binary package names, referenced by index from `packageLists`. */
  names: string[];
  packageLists: PackageList[];
  images: ImageEntry[];
  /**
   * Tag -> the tag whose entry describes the same linux/amd64 image: the same amd64 manifest
   * digest (remote reports), else the same image ID (local reports), else the local report's
   * title (the report read under the entry's tag is the titled tag's, at that commit). Index
   * digests are not compared: tags of one image can have different indexes when their
   * platform lists differ.
   */
  aliases: Record<string, { canonical: string; by: "amd64Digest" | "imageId" | "reportTitle" }>;
}

/** One Debian binary package, as the suite's Packages index gives it. */
export interface DebianPackage {
  /** Version. */
  v: string;
  /** Installed-Size in KiB, as Debian gives it (null when the stanza has none). */
  kib: number | null;
  /** Depends, verbatim (alternatives with `|`, version constraints kept), or "". */
  dep: string;
  /** Pre-Depends, verbatim, or "". */
  pre: string;
  /** Recommends, verbatim, or "" (apt installs them unless --no-install-recommends). */
  rec: string;
  /** Provides, verbatim, or "". */
  prov: string;
  /** Index into `DebianSuiteData.archives` of the archive the version was taken from. */
  from: number;
}

/** `debian-<suite>.json`: the dependency closure of the curated package list, for one suite. */
export interface DebianSuiteData {
  /** `bookworm`, `trixie`. */
  suite: string;
  /** Unit of `kib`: "KiB" (Debian's Installed-Size is in kibibytes). */
  unit: "KiB";
  /** The archives read (main, -updates, -security), with their Release date and version. */
  archives: { name: string; mirror: string; version: string | null; date: string | null }[];
  /** Day the Packages files were downloaded. */
  read: string;
  /** The names the closure started from (scripts/catalog/debian-packages.json plus lessons' apt-get installs). */
  seeds: string[];
  /** Names in the seeds the suite does not have. */
  missing: string[];
  packages: Record<string, DebianPackage>;
}

/** `npm.json`. */
export interface NpmData {
  registry: string;
  /** Day the registry was read. */
  read: string;
  /**
   * `name@version` -> its unpacked size in bytes: the registry's dist.unpackedSize, or, when the
   * registry has none, the sum of the tarball's files as `npm pack --dry-run` reports it (`via`
   * says which); null when neither gives one. And the lock files that name it.
   */
  packages: Record<string, { unpackedSize: number | null; unit: "B"; via: "dist.unpackedSize" | "npm pack --dry-run" | null; lockFiles: string[] }>;
}

/** `alpine.json`: installed sizes of the apk packages repo-info lists in official images. */
export interface AlpineData {
  /** Alpine release (from alpine-release in the same list) -> package name -> figure. */
  releases: Record<string, Record<string, { v: string; bytes: number; printed: string; image: string; source: number }>>;
  /** The files read, as in images.json. */
  sources: DataSource[];
}

/** One image estimated from its packages (`estimates.json`): the publisher states no size for it. */
export interface EstimatedImage {
  /** `gcr.io/distroless/cc-debian13:latest`. */
  ref: string;
  /** The packages' Installed-Size summed, in bytes (`kib` × 1024): what the estimate counts. */
  bytes: number;
  unit: "B";
  /** The same sum in KiB, as Debian gives Installed-Size. */
  kib: number;
  /** The Debian suite the sizes were read from (`trixie`). */
  suite: string;
  /**
   * Every package counted, with the layer (the publisher's image) that lists it: `version` and
   * `kib` as the suite's index gives them (null when it has no such package), `pinned` the
   * version the publisher's lock file pins (null when it pins none).
   */
  packages: { name: string; version: string | null; pinned: string | null; kib: number | null; layer: string }[];
  /** What the image holds that has no figure (the estimate is then a lower bound). */
  missing: string[];
  /** What the publisher's files say the image is. */
  basis: string;
  /** Indexes into `EstimatesData.sources`: the publisher's files, then the suite. */
  sources: number[];
}

/** `estimates.json`: publisher images sized from what their build files install. */
export interface EstimatesData {
  generated: string;
  /** How every estimate is made, in one paragraph. */
  method: string;
  sources: DataSource[];
  images: EstimatedImage[];
  /** A name the publisher says selects another (`gcr.io/distroless/cc` → `cc-debian13`), with its words. */
  aliases: Record<string, { canonical: string; source: number; quote: string }>;
  /**
   * Images sized from the image their publisher's Dockerfile builds FROM (`mcr.microsoft.com/dotnet/aspnet:6.0`
   * → `…/runtime:6.0.36-bullseye-slim-amd64` → … → `debian:bullseye-slim`): `from` as resolved
   * (`written` as the file says it), `adds` what the Dockerfile adds that has no figure.
   */
  built: Record<string, { from: string; written: string; adds: string[]; sources: number[] }>;
}
