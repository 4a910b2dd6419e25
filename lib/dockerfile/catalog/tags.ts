/**
 * Official-image tags read as their parts: the version (`3.12.14`, `24`, `lts`), the flavour
 * (`slim`, `alpine`, `jre`, `fpm`, `eclipse-temurin-21`) and the distribution release
 * (`trixie`, `alpine3.23`, `noble`). Used to find the nearest known tag of the same image and
 * variant when a tag is not in the data. Pure.
 */

/** Debian and Ubuntu releases by codename, with a number that orders them in time. */
export const DISTRO_RELEASES: Readonly<Record<string, { distro: "debian" | "ubuntu"; order: number; version: string }>> = {
  stretch: { distro: "debian", order: 9, version: "9" },
  buster: { distro: "debian", order: 10, version: "10" },
  bullseye: { distro: "debian", order: 11, version: "11" },
  bookworm: { distro: "debian", order: 12, version: "12" },
  trixie: { distro: "debian", order: 13, version: "13" },
  forky: { distro: "debian", order: 14, version: "14" },
  bionic: { distro: "ubuntu", order: 18.04, version: "18.04" },
  focal: { distro: "ubuntu", order: 20.04, version: "20.04" },
  jammy: { distro: "ubuntu", order: 22.04, version: "22.04" },
  noble: { distro: "ubuntu", order: 24.04, version: "24.04" },
  resolute: { distro: "ubuntu", order: 26.04, version: "26.04" },
};

/** A tag split into its parts. */
export interface TagParts {
  /** The numeric version the tag starts with, as numbers (`3.12.14` → [3, 12, 14]); empty when none. */
  version: number[];
  /** A named channel instead of a number (`lts`, `rc`, `latest`), or null. */
  channel: string | null;
  /** Flavour words, sorted, distribution releases left out (`slim`, `alpine`, `jre`, `eclipse-temurin-21`). */
  flavour: string[];
  /** The distribution release the tag names (`trixie`, `noble`, `alpine3.23`), or null when it names none. */
  release: string | null;
  /** True for an Alpine-based tag (`alpine`, `alpine3.23`, `alpine-3.24`). */
  alpine: boolean;
}

const CHANNELS = new Set(["lts", "latest", "current", "stable", "mainline", "rc"]);

/**
 * Splits a tag. `3.12-slim-trixie` → version [3, 12], flavour [slim], release trixie;
 * `lts-buster-slim` → channel lts, flavour [slim], release buster; `21.0.8_9-jre-jammy` →
 * version [21, 0, 8], flavour [jre], release jammy; `3.8.5-eclipse-temurin-17` → version
 * [3, 8, 5], flavour [eclipse-temurin-17]; `1.26-alpine3.23` → release alpine3.23, alpine.
 */
export function parseTag(tag: string): TagParts {
  let rest = tag.toLowerCase();
  let version: number[] = [];
  let channel: string | null = null;
  const v = /^v?(\d+(?:\.\d+)*)(?:[._+][0-9a-z]*)?(?=-|$)/.exec(rest);
  if (v) {
    version = (v[1] as string).split(".").map(Number);
    rest = rest.slice(v[0].length).replace(/^-/, "");
  }
  const words = rest === "" ? [] : rest.split("-");
  const flavour: string[] = [];
  let release: string | null = null;
  let alpine = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (!v && i === 0 && CHANNELS.has(w)) {
      channel = w;
      continue;
    }
    if (w === "rc") {
      channel = "rc";
      continue;
    }
    if (DISTRO_RELEASES[w]) {
      release = w;
      continue;
    }
    if (/^alpine\d+(\.\d+)*$/.test(w)) {
      alpine = true;
      release = w;
      continue;
    }
    if (w === "alpine") {
      alpine = true;
      // `alpine-3.24` (eclipse-temurin) names the release in the next word.
      const next = words[i + 1];
      if (next && /^\d+(\.\d+)*$/.test(next)) {
        release = `alpine${next}`;
        i++;
      }
      continue;
    }
    // `eclipse-temurin-21` (maven), `jdk21` (gradle): one flavour word with its number.
    if (w === "eclipse" && words[i + 1] === "temurin") {
      const n = words[i + 2] && /^\d+$/.test(words[i + 2] as string) ? `-${words[i + 2]}` : "";
      flavour.push(`eclipse-temurin${n}`);
      i += n ? 2 : 1;
      continue;
    }
    flavour.push(w);
  }
  return { version, channel, flavour: flavour.sort(), release, alpine };
}

/** Alpine's release as [major, minor] from `alpine3.23`, or null. */
export function alpineRelease(release: string | null): number[] | null {
  const m = release ? /^alpine(\d+(?:\.\d+)*)$/.exec(release) : null;
  return m ? (m[1] as string).split(".").map(Number) : null;
}

/** The version a dotted string starts with, as numbers (`3.12.14` → [3, 12, 14], `21.0.8_9` → [21, 0, 8]); empty when none. */
export function versionNumbers(text: string | null): number[] {
  const m = text ? /^v?(\d+(?:\.\d+)*)/.exec(text) : null;
  return m ? (m[1] as string).split(".").map(Number) : [];
}

/** -1, 0 or 1, comparing versions part by part (a missing part counts as 0). */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}
