/**
 * `apk add` sized from what the data has: the course's measured toolchain (`g++ make cmake`),
 * and apk's own installed size of each package an official image's package list shows
 * (data/alpine.json). The lists give no dependencies, so what a package pulls in that the
 * image lacks stays unknown. Pure.
 */
import { ALPINE_DATA, IMAGES_DATA } from "./data";
import type { DataSource } from "./data-types";
import { alpineRelease } from "./tags";
import type { SystemPackages } from "./apt";

/** One package sized from an official image's list. */
export interface ApkListed {
  name: string;
  version: string;
  bytes: number;
  /** apk's figure as printed (`2738 KiB`). */
  printed: string;
  /** The image whose list it was read in (`node:24-alpine`). */
  image: string;
  /** The Alpine release of that list (`3.24`). */
  release: string;
  source: DataSource | null;
}

/** What one `apk add` adds, as far as the data knows. */
export interface ApkSizing {
  /** Known bytes. */
  bytes: number;
  /** Packages sized from a list. */
  listed: ApkListed[];
  /** Packages the image already has (count 0). */
  inBase: string[];
  /** Requested packages no list sizes. */
  unknown: string[];
  /** Sized packages whose dependencies the data does not know (they may add more). */
  dependenciesUnknown: string[];
  /** The release the image is on (`3.24`), or null; listed figures of another release are approximate. */
  release: string | null;
  /** Listed figures read in another Alpine release than the image's. */
  otherRelease: boolean;
}

/** `3.24` from `alpine3.24`. */
function releaseKey(release: string | null): string | null {
  const r = alpineRelease(release);
  return r ? `${r[0]}.${r[1] ?? 0}` : null;
}

/** The releases with figures, newest first. */
const RELEASES = Object.keys(ALPINE_DATA.releases).sort((a, b) => Number(b.split(".")[1]) - Number(a.split(".")[1]) || Number(b.split(".")[0]) - Number(a.split(".")[0]));

/** Sizes `apk add <names>` on a stage whose packages are `system` (names the course's toolchain sized are passed in `covered`); adds them to `system.installed`. */
export function sizeApkAdd(system: SystemPackages, names: string[], covered: ReadonlySet<string>): ApkSizing {
  const release = releaseKey(system.release);
  const order = release && ALPINE_DATA.releases[release] ? [release, ...RELEASES.filter((r) => r !== release)] : RELEASES;
  const out: ApkSizing = { bytes: 0, listed: [], inBase: [], unknown: [], dependenciesUnknown: [], release, otherRelease: false };
  for (const name of [...new Set(names)]) {
    if (covered.has(name)) continue;
    if (system.installed?.has(name)) {
      out.inBase.push(name);
      continue;
    }
    const rel = order.find((r) => ALPINE_DATA.releases[r]?.[name]);
    const fig = rel ? ALPINE_DATA.releases[rel]?.[name] : undefined;
    if (!rel || !fig) {
      out.unknown.push(name);
      continue;
    }
    if (rel !== release) out.otherRelease = true;
    out.listed.push({ name, version: fig.v, bytes: fig.bytes, printed: fig.printed, image: fig.image, release: rel, source: ALPINE_DATA.sources[fig.source] ?? IMAGES_DATA.sources[fig.source] ?? null });
    out.bytes += fig.bytes;
    out.dependenciesUnknown.push(name);
    system.installed?.add(name);
  }
  return out;
}
