/**
 * `npm run catalog:corpus`: builds or checks the corpus of real-world multi-stage Dockerfiles
 * that `npm run catalog:coverage` measures (manifest: scripts/catalog/corpus.json).
 *
 *   npm run catalog:corpus -- build <dir> --git <owner/name>=<git dir> [--git ...] [--exclude <owner/name>=<prefix>]... [--context <owner/name>=<Dockerfile path>]...
 *   npm run catalog:corpus -- check <dir>
 *
 * build: every file of each snapshot's HEAD named like a Dockerfile with two FROMs or more is
 * written to <dir>/<owner>/<name>/<path>, and the manifest rewritten (repository, path, commit,
 * sha256 of the text). `--context` also writes every file of the repository under that
 * Dockerfile's folder next to it (its build context; manifest `contexts`, sha256 of each). check: exit 0 when <dir> holds exactly the manifest's files with the
 * same texts, 1 otherwise (missing, changed and extra files listed).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkCorpus, collectFromGit, contextFromGit, contextPath, corpusPath, type CorpusManifest } from "./catalog/corpus";

const MANIFEST = join(dirname(fileURLToPath(import.meta.url)), "catalog", "corpus.json");

function main(): void {
  const [mode, dir, ...rest] = process.argv.slice(2);
  if ((mode !== "build" && mode !== "check") || !dir) {
    process.stderr.write("usage: npm run catalog:corpus -- build <dir> --git <owner/name>=<git dir>... [--exclude <owner/name>=<prefix>]... | check <dir>\n");
    process.exit(2);
  }
  if (mode === "check") {
    const manifest = JSON.parse(readFileSync(MANIFEST, "utf8")) as CorpusManifest;
    const c = checkCorpus(dir, manifest);
    for (const [what, list] of [["missing", c.missing], ["changed", c.changed], ["not in the manifest", c.extra]] as const) {
      for (const f of list) process.stdout.write(`${what}: ${f}\n`);
    }
    process.stdout.write(c.ok ? `${dir} matches scripts/catalog/corpus.json: ${manifest.files.length} files\n` : `${dir} does not match scripts/catalog/corpus.json\n`);
    process.exit(c.ok ? 0 : 1);
  }
  const gits: [string, string][] = [];
  const excluded: Record<string, string[]> = {};
  const contexts: [string, string][] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const v = rest[++i];
    const eq = v?.indexOf("=") ?? -1;
    if (!v || eq < 1) throw new Error(`${a} takes <owner/name>=<value>`);
    const [k, val] = [v.slice(0, eq), v.slice(eq + 1)];
    if (a === "--git") gits.push([k, val]);
    else if (a === "--exclude") (excluded[k] ??= []).push(val);
    else if (a === "--context") contexts.push([k, val]);
    else throw new Error(`unknown argument ${a}`);
  }
  const manifest: CorpusManifest = {
    description: "Real-world multi-stage Dockerfiles measured by `npm run catalog:coverage -- <dir>`; rebuilt by `npm run catalog:corpus -- build`, checked by `npm run catalog:corpus -- check <dir>`.",
    selection: "every file at the commit whose name is Dockerfile, *.Dockerfile, Dockerfile.* or *.dockerfile (or Containerfile) with two FROM instructions or more, as lib/dockerfile/parser counts them",
    excluded,
    repositories: [],
    files: [],
  };
  for (const [repo, gitDir] of gits) {
    const got = collectFromGit(repo, gitDir, excluded[repo] ?? []);
    manifest.repositories.push({ repo, commit: got.commit, date: got.date });
    for (const { text, ...f } of got.files) {
      const p = corpusPath(dir, f);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, text);
      manifest.files.push(f);
    }
    process.stdout.write(`${repo} ${got.commit.slice(0, 12)} (${got.date}): ${got.files.length} multi-stage Dockerfiles\n`);
  }
  for (const [repo, dockerfile] of contexts) {
    const gitDir = gits.find(([r]) => r === repo)?.[1];
    if (!gitDir) throw new Error(`--context ${repo}=${dockerfile}: no --git for ${repo}`);
    if (!manifest.files.some((f) => f.repo === repo && f.path === dockerfile)) throw new Error(`--context ${repo}=${dockerfile}: not a corpus Dockerfile`);
    const { data, ...c } = contextFromGit(repo, gitDir, dockerfile);
    c.files.forEach((f, i) => {
      const p = contextPath(dir, c, f.path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, data[i] as Buffer);
    });
    (manifest.contexts ??= []).push(c);
    process.stdout.write(`${repo}/${dockerfile}: build context of ${c.files.length} files\n`);
  }
  writeFileSync(MANIFEST, `${JSON.stringify(manifest, null, 1)}\n`);
  process.stdout.write(`wrote scripts/catalog/corpus.json: ${manifest.files.length} files\n`);
}

main();
