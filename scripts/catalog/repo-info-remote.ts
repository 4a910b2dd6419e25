/**
 * Parses docker-library/repo-info `repos/<image>/remote/<tag>.md`: the tag's index digest
 * (`docker pull image@sha256:...` under the `## ` heading) and, per platform, the manifest
 * digest, the compressed transfer size ("Total Size: **43.2 MB (43188023 bytes)**") and the
 * image's build history, from which USER and WORKDIR are read.
 */

/** One platform of a remote report. */
export interface RemotePlatform {
  /** `linux; amd64`, `linux; arm variant v7`, `unknown; unknown` (attestations). */
  platform: string;
  digest: string | null;
  /** Total Size in bytes (the exact figure in parentheses). */
  compressedBytes: number | null;
  /** The Total Size text as printed. */
  compressedPrinted: string | null;
  imageId: string | null;
  /** The last USER of the history, "" when none; null when the history was not in the text read. */
  user: string | null;
  /** The last WORKDIR of the history, "" when none; null when not read. */
  workingDir: string | null;
  /** The latest date of the history's `# <date>` lines, as yyyy-mm-dd, or null. */
  historyDate: string | null;
}

/** A parsed remote report. */
export interface RemoteReport {
  /** The tag as the heading names it (`python:3.12-slim-trixie`). */
  tag: string | null;
  indexDigest: string | null;
  platforms: RemotePlatform[];
}

/** Parses a remote report (all of it or only its beginning: platforms cut short keep what was read). */
export function parseRemoteReport(md: string): RemoteReport {
  const r: RemoteReport = { tag: null, indexDigest: null, platforms: [] };
  let current: RemotePlatform | null = null;
  let inHistory = false;
  let historyClosed = false;
  const finish = () => {
    if (current && !historyClosed) {
      // The history block was cut off: what it sets later is not known.
      current.user = null;
      current.workingDir = null;
    }
  };
  for (const raw of md.split(/\r?\n/)) {
    const line = raw.replace(/\t/g, "    ");
    const h2 = /^## `([^`]+)`/.exec(line);
    if (h2) {
      r.tag = h2[1]!;
      continue;
    }
    const h3 = /^### `[^`]+` - (.+)$/.exec(line);
    if (h3) {
      finish();
      current = { platform: h3[1]!.trim(), digest: null, compressedBytes: null, compressedPrinted: null, imageId: null, user: "", workingDir: "", historyDate: null };
      r.platforms.push(current);
      inHistory = false;
      historyClosed = false;
      continue;
    }
    const pull = /^\$ docker pull \S+@(sha256:[0-9a-f]{64})/.exec(line);
    if (pull) {
      if (current) current.digest = pull[1]!;
      else r.indexDigest = pull[1]!;
      continue;
    }
    if (!current) continue;
    if (line.startsWith("```dockerfile")) {
      inHistory = true;
      continue;
    }
    if (inHistory) {
      if (line.startsWith("```")) {
        inHistory = false;
        historyClosed = true;
        continue;
      }
      const when = /^# ([A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT)$/.exec(line);
      if (when) {
        const d = new Date(when[1]!);
        if (!isNaN(d.getTime())) {
          const iso = d.toISOString().slice(0, 10);
          if (current.historyDate === null || iso > current.historyDate) current.historyDate = iso;
        }
        continue;
      }
      const user = /^USER\s+(.+)$/.exec(line);
      if (user) current.user = user[1]!.trim();
      const wd = /^WORKDIR\s+(.+)$/.exec(line);
      if (wd) current.workingDir = wd[1]!.trim();
      continue;
    }
    const total = /Total Size: \*\*(.+?)\*\*/.exec(line);
    if (total) {
      current.compressedPrinted = total[1]!;
      const exact = /\((\d+) bytes\)/.exec(total[1]!);
      current.compressedBytes = exact ? Number(exact[1]) : /^(\d+(?:\.\d+)?) B$/.test(total[1]!) ? Math.round(Number(total[1]!.split(" ")[0])) : null;
      continue;
    }
    const id = /Image ID: `(sha256:[0-9a-f]{64})`/.exec(line);
    if (id) current.imageId = id[1]!;
  }
  finish();
  return r;
}

/** The linux/amd64 platform of a report, or null. */
export function amd64(report: RemoteReport): RemotePlatform | null {
  return report.platforms.find((p) => p.platform === "linux; amd64") ?? null;
}
