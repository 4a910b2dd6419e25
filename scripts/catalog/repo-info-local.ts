/**
 * Parses docker-library/repo-info `repos/<image>/local/<tag>.md`, the report its
 * scan-local.sh writes: a "Docker Metadata" list from `docker inspect` (Image ID, Created,
 * Virtual Size, Arch, Entrypoint, Command, Environment, Labels) and then the package lists
 * (dpkg source packages with their binary packages; apk packages with their installed size).
 * It has no User or WorkingDir (scan-local.sh prints neither).
 */

/** A package the report lists. */
export interface LocalPackage {
  /** Binary package name, architecture qualifier dropped (`libacl1`). */
  name: string;
  version: string;
  /** dpkg: the source package it was listed under; apk: null. */
  source: string | null;
  /** apk's "installed size" in bytes, or null (dpkg reports give none). */
  installedBytes: number | null;
  /** The installed size as printed (`2738 KiB`), or null. */
  installedPrinted: string | null;
}

/** A parsed local report. */
export interface LocalReport {
  /** The image name as the report's title gives it (`python:3.12.14-slim-trixie`). */
  title: string | null;
  imageId: string | null;
  created: string | null;
  /** Virtual Size as printed after the colon (`~ 119.42 Mb`, `125 bytes`). */
  sizePrinted: string | null;
  /** Virtual Size in bytes (scan-local.sh divides by 1000-based units), or null. */
  sizeBytes: number | null;
  /** True when the printed figure is rounded (`~`). */
  sizeRounded: boolean;
  arch: string | null;
  entrypoint: string[] | null;
  cmd: string[] | null;
  env: string[];
  labels: Record<string, string>;
  manager: "dpkg" | "apk" | "rpm" | null;
  packages: LocalPackage[];
  /**
   * dpkg: the last source package heading in the text (scan-local.sh lists sources sorted),
   * so that a source sorting before it is known to be absent even when the text is cut short.
   */
  lastSource: string | null;
}

/**
 * scan-local.sh's size: `~ %.2f Gb|Mb|Kb` with oneKb = 1000, oneMb = 1000 * oneKb,
 * oneGb = 1000 * oneMb, or `%d bytes`. Returns bytes rounded to a whole byte, or null.
 */
export function parseVirtualSize(printed: string): { bytes: number; rounded: boolean } | null {
  const t = printed.trim();
  const exact = /^(\d+) bytes$/.exec(t);
  if (exact) return { bytes: Number(exact[1]), rounded: false };
  const m = /^~\s*([\d.]+)\s*(Kb|Mb|Gb)$/.exec(t);
  if (!m) return null;
  const factor = m[2] === "Kb" ? 1e3 : m[2] === "Mb" ? 1e6 : 1e9;
  return { bytes: Math.round(Number(m[1]) * factor), rounded: true };
}

/** apk's installed size (`6552 B`, `18 KiB`, `2.5 MiB`) in bytes, with 1024-based units. */
export function parseApkSize(printed: string): number | null {
  const m = /^([\d.]+)\s*(B|KiB|MiB|GiB)$/.exec(printed.trim());
  if (!m) return null;
  const f = m[2] === "B" ? 1 : m[2] === "KiB" ? 1024 : m[2] === "MiB" ? 1024 ** 2 : 1024 ** 3;
  return Math.round(Number(m[1]) * f);
}

const backticked = (s: string): string | null => {
  const m = /`(.*)`/.exec(s);
  return m ? m[1]! : null;
};

const jsonArray = (s: string | null): string[] | null => {
  if (s === null) return null;
  try {
    const v: unknown = JSON.parse(s);
    return Array.isArray(v) && v.every((x) => typeof x === "string") ? (v as string[]) : null;
  } catch {
    return null;
  }
};

/** Parses a local report. Unknown lines are ignored; missing fields are null. */
export function parseLocalReport(md: string): LocalReport {
  const lines = md.split(/\r?\n/);
  const r: LocalReport = {
    title: null,
    imageId: null,
    created: null,
    sizePrinted: null,
    sizeBytes: null,
    sizeRounded: false,
    arch: null,
    entrypoint: null,
    cmd: null,
    env: [],
    labels: {},
    manager: null,
    packages: [],
    lastSource: null,
  };
  let section: "meta" | "env" | "labels" | "dpkg" | "apk" | "rpm" | null = null;
  let dpkgSource: string | null = null;
  let inBinaryList = false;
  let apkName: string | null = null;
  let apkVersion: string | null = null;
  let expectSizeFor: string | null = null;

  for (const line of lines) {
    if (r.title === null && line.startsWith("# ")) {
      r.title = backticked(line) ?? line.slice(2).trim();
      continue;
    }
    if (line.startsWith("## ")) {
      if (line.includes("Docker Metadata")) section = "meta";
      else if (line.includes("`dpkg`")) section = r.manager = "dpkg";
      else if (line.includes("`apk`")) section = r.manager = "apk";
      else if (line.includes("`rpm`")) section = r.manager = "rpm";
      else section = null;
      continue;
    }
    if (section === "meta" || section === "env" || section === "labels") {
      const top = /^- ([A-Za-z ]+):\s*(.*)$/.exec(line);
      if (top) {
        const [, key, rest] = top as unknown as [string, string, string];
        section = "meta";
        if (key === "Image ID") r.imageId = backticked(rest);
        else if (key === "Created") r.created = backticked(rest);
        else if (key === "Virtual Size") {
          r.sizePrinted = rest.trim();
          const s = parseVirtualSize(rest);
          if (s) {
            r.sizeBytes = s.bytes;
            r.sizeRounded = s.rounded;
          }
        } else if (key === "Arch") r.arch = (backticked(rest.replace(/`\/`/, "/")) ?? rest).replace(/`/g, "");
        else if (key === "Entrypoint") r.entrypoint = jsonArray(backticked(rest));
        else if (key === "Command") r.cmd = jsonArray(backticked(rest));
        else if (key === "Environment") section = "env";
        else if (key === "Labels") section = "labels";
        continue;
      }
      const item = /^ {2}- `(.*)`\s*$/.exec(line);
      if (item && section === "env") r.env.push(item[1]!);
      else if (item && section === "labels") {
        const eq = item[1]!.indexOf("=");
        if (eq > 0) r.labels[item[1]!.slice(0, eq)] = item[1]!.slice(eq + 1);
      }
      continue;
    }
    if (section === "dpkg") {
      const src = /^### `dpkg` source package: `([^`]+)`/.exec(line);
      if (src) {
        dpkgSource = src[1]!;
        r.lastSource = dpkgSource.split("=")[0]!;
        inBinaryList = false;
        continue;
      }
      if (line.startsWith("Binary Packages:")) {
        inBinaryList = true;
        continue;
      }
      if (inBinaryList) {
        const bin = /^- `([^`=]+)=([^`]+)`/.exec(line);
        if (bin) {
          r.packages.push({ name: bin[1]!.replace(/:[a-z0-9]+$/, ""), version: bin[2]!, source: dpkgSource, installedBytes: null, installedPrinted: null });
          continue;
        }
        if (line.trim() !== "") inBinaryList = false;
      }
      continue;
    }
    if (section === "apk") {
      const head = /^### `apk` package: `([^`]+)`/.exec(line);
      if (head) {
        apkName = head[1]!;
        apkVersion = null;
        expectSizeFor = null;
        continue;
      }
      if (apkName === null) continue;
      const sizeHead = /^(\S+) installed size:$/.exec(line);
      if (sizeHead) {
        const full = sizeHead[1]!;
        if (full.startsWith(apkName + "-")) apkVersion = full.slice(apkName.length + 1);
        expectSizeFor = apkName;
        continue;
      }
      if (expectSizeFor !== null && line.trim() !== "") {
        const bytes = parseApkSize(line);
        r.packages.push({ name: apkName, version: apkVersion ?? "", source: null, installedBytes: bytes, installedPrinted: line.trim() });
        expectSizeFor = null;
        apkName = null;
      }
    }
  }
  r.packages.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return r;
}
