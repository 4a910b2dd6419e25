/**
 * Merges directories of repo-info excerpts (files copied one at a time, each directory with a
 * SOURCES.json, or a sources.tsv of `path<TAB>commit<TAB>complete<TAB>note` lines) into one
 * directory with one SOURCES.json, the layout `--repo-info` reads. A path in two directories
 * is an error: which copy is right cannot be told.
 *
 *   tsx scripts/catalog/merge-excerpts.ts <out dir> <excerpt dir>...
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

type Files = Record<string, { commit: string | null; complete: boolean; note: string | null }>;

function manifest(dir: string): Files {
  const json = join(dir, "SOURCES.json");
  if (existsSync(json)) {
    const m = JSON.parse(readFileSync(json, "utf8")) as { files?: Record<string, { commit?: string | null; complete?: boolean; note?: string | null }> };
    return Object.fromEntries(Object.entries(m.files ?? {}).map(([p, f]) => [p, { commit: f.commit ?? null, complete: f.complete ?? true, note: f.note ?? null }]));
  }
  const tsv = join(dir, "sources.tsv");
  if (!existsSync(tsv)) throw new Error(`${dir} has neither SOURCES.json nor sources.tsv`);
  const out: Files = {};
  for (const line of readFileSync(tsv, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const [path, commit, complete, note] = line.split("\t");
    if (!path) continue;
    out[path] = { commit: commit || null, complete: complete === "true", note: note || null };
  }
  return out;
}

function main(): void {
  const [out, ...dirs] = process.argv.slice(2);
  if (!out || dirs.length === 0) {
    process.stderr.write("usage: tsx scripts/catalog/merge-excerpts.ts <out dir> <excerpt dir>...\n");
    process.exit(2);
  }
  rmSync(out, { recursive: true, force: true });
  const files: Files = {};
  for (const dir of dirs) {
    for (const [path, f] of Object.entries(manifest(dir))) {
      if (files[path]) throw new Error(`${path} is in two directories`);
      files[path] = f;
      mkdirSync(dirname(join(out, path)), { recursive: true });
      copyFileSync(join(dir, path), join(out, path));
    }
  }
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(join(out, "SOURCES.json"), `${JSON.stringify({ origin: "docker-library/repo-info", files: sorted }, null, 1)}\n`);
  console.log(`${Object.keys(files).length} files into ${out}`);
}

main();
