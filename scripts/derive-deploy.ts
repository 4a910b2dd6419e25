/**
 * A second deploy of the built site, derived from out/ without a second `next build`, for the
 * end-to-end test of what an instructor's mid-week deploy does to students' open tabs
 * (e2e/deploy.spec.ts):
 *
 * - every hashed build file (`_next/static/chunks/*`, `_next/static/media/*`) gets a new name,
 *   and so does the build id, as when a dependency or the bundler changes: a tab of the first
 *   deploy finds none of its lazily loaded chunks on the host any more;
 * - a few strings of the lesson text are replaced by others of the same length (the RSC
 *   payload's rows may carry byte lengths, so lengths are kept);
 * - the postbuild step runs again (scripts/postbuild.ts): new CSP hashes for the changed inline
 *   scripts, and a service worker with its own cache version and precache list.
 *
 *   tsx scripts/derive-deploy.ts <from> <to> "<old text>=<new text>" ...
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { postbuild } from "./postbuild";

/** A text change: `from` replaced by `to` wherever it occurs; both the same length in UTF-8. */
export interface TextChange {
  from: string;
  to: string;
}

/** What the derivation did, for the test to check its premise and to report. */
export interface DerivedDeploy {
  /** Old file name → new file name, for every renamed build file (paths from the site's root, with a leading slash). */
  renamed: Map<string, string>;
  /** The old and the new build id. */
  buildId: { from: string; to: string };
  /** How many files each text change touched. */
  changed: { change: TextChange; files: number }[];
  /** The new deploy's service-worker cache version. */
  version: string;
}

/** Files whose content is text and may name a build file or hold lesson text. */
const TEXT = /\.(html|txt|js|css|json|map|svg|xml|webmanifest)$/;

// Turbopack's names (Next 16): `<hash>.js`, `turbopack-<hash>.js`, `turbopack-worker-<hash>.js`,
// their `.map`s and `.css`; media keep their own name before the hash: `codicon.<hash>.ttf`.
const CHUNK = /^(?:turbopack-(?:worker-)?)?([0-9a-z_-]{13})\.(?:js|css)(?:\.map)?$/;
const MEDIA = /^.+\.([0-9a-z_-]{13})\.\w+$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** A new token of the same length and alphabet, derived from the old one (stable across runs). */
export function renamedToken(token: string, alphabet: string): string {
  let out = "";
  for (let i = 0; out.length < token.length; i++) {
    for (const byte of createHash("sha256").update(`${token}:deploy-2:${i}`).digest()) {
      if (out.length < token.length) out += alphabet[byte % alphabet.length];
    }
  }
  return out === token ? renamedToken(`${token}'`, alphabet).slice(0, token.length) : out;
}

const LOWER = "0123456789abcdefghijklmnopqrstuvwxyz";
const MIXED = `${LOWER}ABCDEFGHIJKLMNOPQRSTUVWXYZ`;

/** Copies the built site `from` into `to` and derives the second deploy there (see the file's comment). */
export function deriveDeploy(from: string, to: string, changes: readonly TextChange[]): DerivedDeploy {
  for (const change of changes) {
    if (Buffer.byteLength(change.from) !== Buffer.byteLength(change.to) || change.from === change.to) {
      throw new Error(`derive-deploy: "${change.from}" → "${change.to}": a change must keep the length (RSC rows carry byte lengths) and change something`);
    }
  }
  if (!existsSync(path.join(from, "index.html"))) throw new Error(`derive-deploy: ${from} holds no built site: run \`npm run build\` first.`);
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });

  const staticDir = path.join(to, "_next", "static");
  const buildIds = readdirSync(staticDir).filter((n) => n !== "chunks" && n !== "media" && statSync(path.join(staticDir, n)).isDirectory());
  if (buildIds.length !== 1 || !buildIds[0]) throw new Error(`derive-deploy: expected one build-id folder in _next/static, found ${JSON.stringify(buildIds)}`);
  const buildId = buildIds[0];

  // Old token → new token, for every hashed name.
  const tokens = new Map<string, string>([[buildId, renamedToken(buildId, MIXED)]]);
  const files: { dir: string; name: string; token: string }[] = [];
  for (const [folder, pattern] of [["chunks", CHUNK], ["media", MEDIA]] as const) {
    for (const name of readdirSync(path.join(staticDir, folder))) {
      const token = pattern.exec(name)?.[1];
      if (!token) throw new Error(`derive-deploy: _next/static/${folder}/${name} does not look like a hashed build file (did the bundler's naming change?)`);
      tokens.set(token, renamedToken(token, LOWER));
      files.push({ dir: path.join(staticDir, folder), name, token });
    }
  }

  const anyToken = new RegExp([...tokens.keys()].map((t) => t.replace(/[-]/g, "\\-")).join("|"), "g");
  const changed = changes.map((change) => ({ change, files: 0 }));
  for (const file of walk(to)) {
    if (!TEXT.test(file) || file.endsWith(`${path.sep}sw.js`)) continue;
    const before = readFileSync(file, "utf8");
    let after = before.replace(anyToken, (t) => tokens.get(t) ?? t);
    for (const entry of changed) {
      if (after.includes(entry.change.from)) {
        after = after.split(entry.change.from).join(entry.change.to);
        entry.files++;
      }
    }
    if (after !== before) writeFileSync(file, after);
  }
  for (const entry of changed) {
    if (entry.files === 0) throw new Error(`derive-deploy: "${entry.change.from}" occurs in no file of ${from}`);
  }

  const renamed = new Map<string, string>();
  const rel = (p: string) => `/${path.relative(to, p).split(path.sep).join("/")}`;
  for (const { dir, name, token } of files) {
    const next = name.replace(token, tokens.get(token) ?? token);
    renameSync(path.join(dir, name), path.join(dir, next));
    renamed.set(rel(path.join(dir, name)), rel(path.join(dir, next)));
  }
  const newBuildId = tokens.get(buildId) ?? buildId;
  renameSync(path.join(staticDir, buildId), path.join(staticDir, newBuildId));

  const { version } = postbuild(to);
  return { renamed, buildId: { from: buildId, to: newBuildId }, changed, version };
}

if (process.argv[1]?.endsWith("derive-deploy.ts")) {
  const [from, to, ...rest] = process.argv.slice(2);
  if (!from || !to) {
    console.error('usage: tsx scripts/derive-deploy.ts <from> <to> "<old text>=<new text>" ...');
    process.exit(2);
  }
  const changes = rest.map((arg) => {
    const [a = "", b = ""] = arg.split("=");
    return { from: a, to: b };
  });
  const result = deriveDeploy(from, to, changes);
  console.log(`derive-deploy: ${result.renamed.size} build files renamed, build id ${result.buildId.from} → ${result.buildId.to}, sw.js version ${result.version}`);
  for (const { change, files } of result.changed) console.log(`  "${change.from}" → "${change.to}" in ${files} files`);
}
