/**
 * `apt-get install` sized from Debian's package data: the dependency closure of the names
 * (debian-closure.ts) on top of what the image already has, in the suite the image is built
 * on. Another suite's figures (an Ubuntu image, an older Debian) are used as an
 * approximation and said to be one. Pure.
 */
import { DEBIAN_SUITES } from "./data";
import type { DebianSuiteData } from "./data-types";
import { debianClosure, type ClosureResult } from "./debian-closure";
import { DISTRO_RELEASES } from "./tags";

/** What a stage's system packages are, as far as the data knows. */
export interface SystemPackages {
  /** `apt` (dpkg) or `apk`, or null when the base image is unknown. */
  manager: "apt" | "apk" | null;
  /** The distribution release (`trixie`, `noble`, `alpine3.24`), or null. */
  release: string | null;
  /** Installed package names: the base image's list plus what earlier installs added; null when unknown. */
  installed: Set<string> | null;
  /** False when the base image's list was only partly read (a name not in it may be installed). */
  complete: boolean;
  /** The entry whose list stands for the base image's (the same variant's), when the image's own was not read whole; else null. */
  listFrom?: string | null;
}

/** Why an apt figure is approximate. */
export type AptApproximation =
  /** The image's release has no package data here: another suite's figures are used. */
  | { kind: "other-suite"; suite: string; release: string | null }
  /** The base image's package list was only partly read: some packages counted may already be there. */
  | { kind: "base-list-partial" }
  /** The base image's own list was not read whole: the same variant's list stands for it. */
  | { kind: "base-list-other"; from: string }
  /** A virtual package had several providers: the first by name was counted; apt may choose another. */
  | { kind: "provider-choice"; virtual: string; chose: string };

/** What one `apt-get install` adds. */
export interface AptSizing {
  /** The suite whose data was used, or null when none could be. */
  suite: DebianSuiteData | null;
  release: string | null;
  /** Known bytes: Installed-Size (KiB) of every package added, times 1024. */
  bytes: number;
  closure: ClosureResult | null;
  /** Requested names the data does not know, and packages reached whose size it does not know. */
  unknown: string[];
  approximations: AptApproximation[];
  /** Why nothing could be sized: the base image (and so its packages and suite) is unknown. */
  blocked: "base-unknown" | null;
}

/** The Debian suite whose data stands for a release, and whether it is the release's own. */
export function suiteFor(release: string | null): { suite: DebianSuiteData; own: boolean } | null {
  const own = release ? DEBIAN_SUITES[release] : undefined;
  if (own) return { suite: own, own: true };
  const r = release ? DISTRO_RELEASES[release] : undefined;
  // Ubuntu 24.04 and later, and Debian after trixie, are nearest to trixie; older releases to bookworm.
  const newer = r ? (r.distro === "ubuntu" ? r.order >= 24 : r.order >= 13) : true;
  const suite = DEBIAN_SUITES[newer ? "trixie" : "bookworm"];
  return suite ? { suite, own: false } : null;
}

/** Sizes `apt-get install <names>` on a stage whose packages are `system`; adds what it installs to `system.installed`. */
export function sizeAptInstall(system: SystemPackages, names: string[], options: { recommends: boolean }): AptSizing {
  if (system.installed === null || system.manager !== "apt") {
    return { suite: null, release: system.release, bytes: 0, closure: null, unknown: [...names], approximations: [], blocked: "base-unknown" };
  }
  const chosen = suiteFor(system.release);
  if (!chosen) return { suite: null, release: system.release, bytes: 0, closure: null, unknown: [...names], approximations: [], blocked: "base-unknown" };
  const closure = debianClosure(chosen.suite, names, system.installed, { recommends: options.recommends });
  const approximations: AptApproximation[] = [];
  if (!chosen.own) approximations.push({ kind: "other-suite", suite: chosen.suite.suite, release: system.release });
  if (system.listFrom) approximations.push({ kind: "base-list-other", from: system.listFrom });
  else if (!system.complete && closure.counted.length > 0) approximations.push({ kind: "base-list-partial" });
  for (const c of closure.choices) approximations.push({ kind: "provider-choice", virtual: c.virtual, chose: c.chose });
  for (const c of closure.counted) system.installed.add(c.name);
  const unknown = [...closure.unknown, ...closure.unsized, ...closure.unresolved.map((u) => u.dependency)];
  return { suite: chosen.suite, release: system.release, bytes: closure.addedBytes, closure, unknown, approximations, blocked: null };
}
