/**
 * What a base image holds and how it starts, as the data knows it: the facts a "will it run?"
 * check needs (C library, /bin/sh, CA certificates, tzdata, libstdc++, libgcc, the default
 * Entrypoint, Cmd, User, WorkingDir and Env, the package manager, the package names). Null
 * means unknown, never "absent". Pure.
 */
import { IMAGES_DATA } from "./data";
import type { ImageEntry } from "./data-types";
import { resolveImage, variantSibling, type Calibration, type ImageResolution } from "./resolve";
import { DISTRO_RELEASES, parseTag } from "./tags";

/** A resolved base image's facts. */
export interface BaseImageFacts {
  /** The reference as written. */
  ref: string;
  /** The data entry the facts come from (`python:3.12-slim-trixie`), `scratch`, or null when none. */
  resolvedTag: string | null;
  /** How the reference was resolved, and how far to trust the facts. */
  by: ImageResolution["by"];
  confidence: ImageResolution["confidence"];
  /** `glibc`, `musl`, `none` (no C library: scratch, distroless static), or null. */
  libc: "glibc" | "musl" | "none" | null;
  /** What provides /bin/sh (`dash`, `busybox-binsh`), `none`, `/busybox/sh only`, or null. */
  shell: string | null;
  caCertificates: boolean | null;
  tzdata: boolean | null;
  libstdcxx: boolean | null;
  libgcc: boolean | null;
  /**
   * The image's ENTRYPOINT and CMD; `[]` when the image sets none (known from the report),
   * null when unknown.
   */
  entrypoint: string[] | null;
  cmd: string[] | null;
  /** USER: `""` when none is set (root), null when unknown. */
  user: string | null;
  /** WORKDIR: `""` when none is set (`/`), null when unknown. */
  workingDir: string | null;
  /** Env as `KEY=value`, or null when unknown. */
  env: string[] | null;
  packageManager: "apt" | "apk" | "none" | null;
  /** Installed package names (dpkg binary packages, apk packages), or null when no list was read. */
  packages: string[] | null;
  /** False when only part of the package list was read: a name not in `packages` may still be installed. */
  packagesComplete: boolean;
  /** The distribution release (`trixie`, `noble`, `alpine3.24`), or null. */
  release: string | null;
  /** Where the package facts come from (package names or the publisher's statement). */
  basis: string | null;
  /**
   * When the image's own package list was not read (or only in part): the entry of the same
   * image and variant whose whole list stands for it (`python:3.12-slim-trixie`), else null.
   */
  factsFrom: string | null;
}

/** The package names of an entry's list, and whether the list is whole; null when none was read. */
export function entryPackages(entry: ImageEntry): { names: string[]; complete: boolean; manager: "dpkg" | "apk" } | null {
  if (entry.packageList === null) return null;
  const list = IMAGES_DATA.packageLists[entry.packageList];
  if (!list) return null;
  return { names: list.packages.map(([n]) => IMAGES_DATA.names[n] ?? "").filter(Boolean), complete: list.complete, manager: list.manager };
}

/** The version of a listed package (`alpine-release` → `3.24.2`), or null. */
export function listedVersion(entry: ImageEntry, name: string): string | null {
  if (entry.packageList === null) return null;
  const list = IMAGES_DATA.packageLists[entry.packageList];
  const hit = list?.packages.find(([n]) => IMAGES_DATA.names[n] === name);
  return hit ? hit[1] : null;
}

/** True when the entry's package list was read whole. */
const wholeList = (e: ImageEntry) => e.packageList !== null && IMAGES_DATA.packageLists[e.packageList]?.complete === true;

/**
 * The entry whose package list stands for `entry`'s: its own when read whole, else the
 * nearest entry of the same image and variant whose list was (approximate), else its own
 * partial list, or null.
 */
export function listFor(entry: ImageEntry): { entry: ImageEntry; own: boolean } | null {
  if (wholeList(entry)) return { entry, own: true };
  const sibling = variantSibling(entry, wholeList, entryRelease);
  if (sibling) return { entry: sibling, own: false };
  return entry.packageList !== null ? { entry, own: true } : null;
}

/** Debian's base-files major version → codename (base-files 13.x is trixie). */
const BASE_FILES: Record<string, string> = { "10": "buster", "11": "bullseye", "12": "bookworm", "13": "trixie" };

/**
 * The distribution release an entry is built on: named by its tag or its report's title
 * (`python:3.12.13-slim-trixie`), else read from its package list (`alpine-release`,
 * Debian's `base-files`), else null.
 */
export function entryRelease(entry: ImageEntry): string | null {
  for (const t of [entry.tag, entry.reportedAs?.slice(entry.repository.length + 1) ?? ""]) {
    const r = parseTag(t).release;
    if (r && (DISTRO_RELEASES[r] || r.startsWith("alpine"))) return r.startsWith("alpine") ? normaliseAlpine(r, entry) : r;
  }
  const alpine = listedVersion(entry, "alpine-release");
  if (alpine) return `alpine${alpine.split(".").slice(0, 2).join(".")}`;
  const baseFiles = listedVersion(entry, "base-files");
  if (baseFiles) {
    const debian = BASE_FILES[baseFiles.split(".")[0] ?? ""];
    if (debian) return debian;
    const ubuntu = /^(\d+)ubuntu/.exec(baseFiles)?.[1];
    if (ubuntu) return ({ "12": "jammy", "13": "noble", "14": "resolute" } as Record<string, string>)[ubuntu] ?? null;
  }
  if (entry.repository === "alpine") return `alpine${entry.tag.split(".").slice(0, 2).join(".")}`;
  if (entry.repository === "debian" || entry.repository === "ubuntu") return DISTRO_RELEASES[entry.tag] ? entry.tag : null;
  return null;
}

/** `alpine3.24` from a tag's release word, checked against the list's alpine-release when there is one. */
function normaliseAlpine(release: string, entry: ImageEntry): string {
  const listed = listedVersion(entry, "alpine-release");
  return listed ? `alpine${listed.split(".").slice(0, 2).join(".")}` : release;
}

const SCRATCH: Omit<BaseImageFacts, "ref"> = {
  resolvedTag: "scratch",
  by: "scratch",
  confidence: "sourced",
  libc: "none",
  shell: "none",
  caCertificates: false,
  tzdata: false,
  libstdcxx: false,
  libgcc: false,
  entrypoint: [],
  cmd: [],
  user: "",
  workingDir: "",
  env: [],
  packageManager: "none",
  packages: [],
  packagesComplete: true,
  release: null,
  basis: "scratch is empty: no files, no configuration",
  factsFrom: null,
};

/** The facts of an already resolved reference. */
export function factsOf(resolution: ImageResolution): BaseImageFacts {
  if (resolution.by === "scratch") return { ref: resolution.ref, ...SCRATCH };
  const e = resolution.entry;
  const unknown: BaseImageFacts = {
    ref: resolution.ref,
    resolvedTag: null,
    by: resolution.by,
    confidence: "unknown",
    libc: null,
    shell: null,
    caCertificates: null,
    tzdata: null,
    libstdcxx: null,
    libgcc: null,
    entrypoint: null,
    cmd: null,
    user: null,
    workingDir: null,
    env: null,
    packageManager: null,
    packages: null,
    packagesComplete: false,
    release: null,
    basis: null,
    factsFrom: null,
  };
  if (!e) return unknown;
  // A list read only in part leaves facts unknown: the same variant's whole list stands for it, approximately.
  const list = listFor(e);
  const from = list && !list.own ? list.entry : null;
  const c = from ? from.contents : e.contents;
  const listed = list ? entryPackages(list.entry) : null;
  // A local report read (on-disk size known) prints Entrypoint and Command only when set.
  const localRead = e.onDisk !== null;
  const isPublisher = e.imageId === null && e.onDisk === null;
  return {
    ...unknown,
    resolvedTag: e.ref,
    // The facts are this image's own unless they were read from another tag (the nearest, the tag of an unknown digest, the same variant's list).
    confidence: (resolution.by === "nearest" && e.ref !== resolution.name) || resolution.note?.kind === "digest-unknown" || from ? "approximate" : "sourced",
    libc: c.libc,
    shell: c.shell,
    caCertificates: c.caCertificates,
    tzdata: c.tzdata,
    libstdcxx: c.libstdcxx,
    libgcc: c.libgcc,
    entrypoint: e.entrypoint ?? (localRead || isPublisher ? [] : null),
    cmd: e.cmd ?? (localRead ? [] : null),
    user: e.user,
    workingDir: e.workingDir,
    env: e.env,
    packageManager: c.packageManager,
    packages: listed ? listed.names : null,
    packagesComplete: listed?.complete ?? false,
    release: entryRelease(e),
    basis: c.basis,
    factsFrom: from?.ref ?? null,
  };
}

/**
 * The facts of the image a FROM names (for the "will it run?" checks): resolved as the
 * simulator resolves it (exact tag, alias, digest, nearest tag), with `confidence` saying how
 * far the facts are this image's own. Null fields are unknown.
 */
export function baseImageFacts(ref: string, options: { calibration?: Calibration } = {}): BaseImageFacts {
  return factsOf(resolveImage(ref, options));
}
