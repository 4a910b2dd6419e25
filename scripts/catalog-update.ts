/**
 * `npm run catalog:update`: regenerates lib/dockerfile/catalog/data/*.json from
 * docker-library/repo-info, Debian's Packages indexes and the npm registry.
 * See scripts/catalog/README.md for what it reads and where each figure comes from.
 *
 *   npm run catalog:update -- [--repo-info <git dir | checkout | directory>]
 *                             [--apt-lists <suite>=<dir>]... [--apt-update]
 *                             [--no-npm] [--only images,debian,npm] [--out <dir>] [--date yyyy-mm-dd]
 *                             [--suites bookworm,trixie] [--tags <images.json>] [--lessons <dir>]
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { aptInstallNames } from "./catalog/debian-packages";
import { buildDebian, buildImages, buildNpm, expandFamily, type ArchiveInput, type ImageFamily, type OtherImage, type TagConfig } from "./catalog/generate";
import { buildEstimates, type EstimatesConfig, type SuiteIndex } from "./catalog/estimates";
import { mergeArchives, parsePackagesFile, parseReleaseHeader } from "./catalog/debian-packages";
import { mergeImagesData } from "./catalog/merge-images";
import { lockPackages, npmUnpackedSize } from "./catalog/npm-lock";
import { openRepoInfo } from "./catalog/sources";
import { stringifyData } from "./catalog/write-json";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const HERE = join(ROOT, "scripts", "catalog");
const DEFAULT_REPO_INFO = "/work/.mirror/docker-library+repo-info/repo";
const DEFAULT_DISTROLESS = "/work/.mirror/GoogleContainerTools+distroless/repo";
const SUITES = ["bookworm", "trixie"];

/**
 * The Debian mirrors this machine's apt uses (its sources.list / *.sources URIs), so that the
 * suite we add is read from the same place. Returns the archive URI and the security URI.
 */
function systemMirrors(): { main: string; security: string } {
  const texts: string[] = [];
  if (existsSync("/etc/apt/sources.list")) texts.push(readFileSync("/etc/apt/sources.list", "utf8"));
  if (existsSync("/etc/apt/sources.list.d")) {
    for (const f of readdirSync("/etc/apt/sources.list.d")) if (f.endsWith(".sources") || f.endsWith(".list")) texts.push(readFileSync(join("/etc/apt/sources.list.d", f), "utf8"));
  }
  const uris = texts.flatMap((t) => [...t.matchAll(/(?:^URIs:\s*|^deb\s+(?:\[[^\]]*\]\s+)?)(\S+)/gm)].map((m) => m[1]!.replace(/\/$/, "")));
  const main = uris.find((u) => /\/debian$/.test(u));
  const security = uris.find((u) => /\/debian-security$/.test(u));
  if (!main || !security) throw new Error("no Debian mirror in this machine's apt sources: pass --apt-lists instead");
  return { main, security };
}

function args(argv: string[]) {
  const o = { repoInfo: process.env.REPO_INFO ?? DEFAULT_REPO_INFO, aptLists: new Map<string, string>(), aptUpdate: false, npm: true, only: new Set(["images", "debian", "npm", "estimates"]), distroless: process.env.DISTROLESS ?? DEFAULT_DISTROLESS, git: new Map<string, string>(), merge: false, out: join(ROOT, "lib/dockerfile/catalog/data"), date: new Date().toISOString().slice(0, 10), suites: SUITES, tags: join(HERE, "images.json"), lessons: join(ROOT, "lessons") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === "--repo-info") o.repoInfo = next();
    else if (a === "--distroless") o.distroless = next();
    else if (a === "--git") {
      const v = next();
      const eq = v.indexOf("=");
      if (eq < 1) throw new Error("--git takes <owner/name>=<git dir>");
      o.git.set(v.slice(0, eq), v.slice(eq + 1));
    }
    else if (a === "--apt-lists") {
      const [suite, dir] = next().split("=");
      if (!suite || !dir) throw new Error("--apt-lists takes <suite>=<dir>");
      o.aptLists.set(suite, dir);
    } else if (a === "--apt-update") o.aptUpdate = true;
    else if (a === "--no-npm") o.npm = false;
    else if (a === "--merge") o.merge = true;
    else if (a === "--only") o.only = new Set(next().split(","));
    else if (a === "--out") o.out = next();
    else if (a === "--date") o.date = next();
    else if (a === "--suites") o.suites = next().split(",");
    else if (a === "--tags") o.tags = next();
    else if (a === "--lessons") o.lessons = next();
    else throw new Error(`unknown argument ${a}`);
  }
  return o;
}

/** Runs apt-get update for one suite into its own lists directory, leaving the system's apt configuration alone. */
function aptUpdate(suite: string): string {
  const base = join(tmpdir(), "stagecraft-catalog-apt", suite);
  mkdirSync(join(base, "lists", "partial"), { recursive: true });
  mkdirSync(join(base, "parts"), { recursive: true });
  mkdirSync(join(base, "cache"), { recursive: true });
  const keyring = "/usr/share/keyrings/debian-archive-keyring.gpg";
  const { main: MIRROR, security: SECURITY_MIRROR } = systemMirrors();
  writeFileSync(
    join(base, "sources.list"),
    [`deb [signed-by=${keyring}] ${MIRROR} ${suite} main`, `deb [signed-by=${keyring}] ${MIRROR} ${suite}-updates main`, `deb [signed-by=${keyring}] ${SECURITY_MIRROR} ${suite}-security main`].join("\n") + "\n",
  );
  execFileSync(
    "apt-get",
    [
      "update",
      "-o", `Dir::Etc::sourcelist=${join(base, "sources.list")}`,
      "-o", `Dir::Etc::sourceparts=${join(base, "parts")}`,
      "-o", `Dir::State::Lists=${join(base, "lists")}`,
      "-o", `Dir::Cache=${join(base, "cache")}`,
      "-o", "Acquire::Languages=none",
      "-o", "APT::Get::List-Cleanup=0",
    ],
    { stdio: "inherit" },
  );
  return join(base, "lists");
}

/** Reads a Packages index in whatever compression apt left it. */
function readIndex(path: string): string {
  if (path.endsWith(".lz4")) return execFileSync("lz4", ["-dc", path], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (path.endsWith(".xz")) return execFileSync("xz", ["-dc", path], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (path.endsWith(".gz")) return gunzipSync(readFileSync(path)).toString("utf8");
  return readFileSync(path, "utf8");
}

/** The archives of a suite found in an apt lists directory (files named host_path_dists_<archive>_...). */
function suiteArchives(suite: string, dir: string): ArchiveInput[] {
  const files = readdirSync(dir);
  const out: ArchiveInput[] = [];
  for (const archive of [suite, `${suite}-updates`, `${suite}-security`]) {
    const release = files.find((f) => f.endsWith(`_dists_${archive}_InRelease`)) ?? files.find((f) => f.endsWith(`_dists_${archive}_Release`));
    const packages = files.filter((f) => f.includes(`_dists_${archive}_main_binary-amd64_Packages`));
    const plain = packages.find((f) => f.endsWith("_Packages")) ?? packages[0];
    if (!release || !plain) continue;
    // apt names list files <host>_<path>_dists_...: keep the archive path (`debian`, `debian-security`), not the host.
    const prefix = release.slice(0, release.indexOf("_dists_"));
    const archivePath = prefix.slice(prefix.indexOf("_") + 1).replace(/_/g, "/");
    out.push({ name: archive, mirror: archivePath, releaseText: readFileSync(join(dir, release), "utf8"), packagesText: readIndex(join(dir, plain)) });
  }
  if (out.length === 0) throw new Error(`no ${suite} Packages index in ${dir}`);
  return out;
}

function walk(dir: string, keep: (p: string) => boolean, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, keep, out);
    else if (keep(p)) out.push(p);
  }
  return out.sort();
}

function write(out: string, name: string, data: unknown, depth?: number) {
  mkdirSync(out, { recursive: true });
  const text = stringifyData(data, depth);
  writeFileSync(join(out, name), text);
  console.log(`wrote ${relative(ROOT, join(out, name))} (${text.length} bytes)`);
}

function main() {
  const o = args(process.argv.slice(2));
  const readJson = <T>(f: string) => JSON.parse(readFileSync(join(HERE, f), "utf8")) as T;

  if (o.only.has("images")) {
    if (!existsSync(o.repoInfo)) throw new Error(`repo-info not found at ${o.repoInfo} (pass --repo-info)`);
    const repo = openRepoInfo(o.repoInfo);
    console.log(`repo-info: ${repo.description}`);
    const publisher = readJson<{ distroless: ImageFamily; images: OtherImage[] }>("other-images.json");
    // --merge: only the --tags given are read, and added to the images.json and alpine.json already in --out.
    const others = o.merge ? [] : [...expandFamily(publisher.distroless), ...publisher.images];
    const built = buildImages(repo, JSON.parse(readFileSync(o.tags, "utf8")) as TagConfig, others, o.date);
    const report = built.report;
    const { images, alpine } = o.merge
      ? mergeImagesData(JSON.parse(readFileSync(join(o.out, "images.json"), "utf8")), JSON.parse(readFileSync(join(o.out, "alpine.json"), "utf8")), built.images, built.alpine, o.date)
      : built;
    write(o.out, "images.json", images, 3);
    write(o.out, "alpine.json", alpine, 3);
    console.log(`images: ${images.images.length} entries, ${Object.keys(images.aliases).length} aliases, ${images.packageLists.length} package lists`);
    if (report.missing.length) console.log(`not in repo-info: ${report.missing.join(", ")}`);
    if (report.partial.length) console.log(`package list partly read: ${report.partial.join(", ")}`);
  }

  if (o.only.has("debian")) {
    const curated = readJson<{ packages: string[] }>("debian-packages.json").packages;
    const fromLessons = walk(o.lessons, (p) => p.endsWith("Dockerfile")).flatMap((f) => aptInstallNames(readFileSync(f, "utf8")));
    const seeds = [...new Set([...curated, ...fromLessons])].sort();
    for (const suite of o.suites) {
      const dir = o.aptLists.get(suite) ?? (o.aptUpdate ? aptUpdate(suite) : null);
      if (!dir) throw new Error(`no apt lists for ${suite}: pass --apt-lists ${suite}=<dir> or --apt-update`);
      const data = buildDebian(suite, suiteArchives(suite, dir), seeds, o.date);
      write(o.out, `debian-${suite}.json`, data, 2);
      console.log(`debian ${suite}: ${Object.keys(data.packages).length} packages; seeds missing: ${data.missing.join(", ") || "none"}`);
    }
  }

  if (o.only.has("estimates")) {
    // Publisher images sized from the Debian packages their build files list (scripts/catalog/estimates.ts).
    if (!existsSync(o.distroless)) throw new Error(`GoogleContainerTools/distroless not found at ${o.distroless} (pass --distroless <git dir>)`);
    const config = readJson<EstimatesConfig>("estimates.json");
    const gitDir = o.distroless;
    const commit = execFileSync("git", ["--git-dir", gitDir, "rev-parse", "HEAD"], { encoding: "utf8" }).trim();
    const commitDate = execFileSync("git", ["--git-dir", gitDir, "log", "-1", "--format=%cs", commit], { encoding: "utf8" }).trim();
    const read = (file: string) => execFileSync("git", ["--git-dir", gitDir, "show", `${commit}:${file}`], { encoding: "utf8", maxBuffer: 1 << 28 });
    const suites = new Map<string, SuiteIndex>();
    for (const suite of new Set(Object.values(config.distroless.suites))) {
      const dir = o.aptLists.get(suite) ?? (o.aptUpdate ? aptUpdate(suite) : null);
      if (!dir) throw new Error(`no apt lists for ${suite}: pass --apt-lists ${suite}=<dir> or --apt-update`);
      const archives = suiteArchives(suite, dir);
      suites.set(suite, {
        suite,
        packages: mergeArchives(archives.map((a) => parsePackagesFile(a.packagesText))),
        archives: archives.map((a) => ({ name: a.name, ...(({ version, date }) => ({ version, date }))(parseReleaseHeader(a.releaseText)) })),
      });
    }
    // Publisher Dockerfiles read from git snapshots: /work/.mirror/<owner>+<name>/repo, or --git <owner/name>=<git dir>.
    const gitOf = (origin: string) => o.git.get(origin) ?? `/work/.mirror/${origin.replace("/", "+")}/repo`;
    const builtRead = (origin: string, c: string, file: string) => execFileSync("git", ["--git-dir", gitOf(origin), "show", `${c}:${file}`], { encoding: "utf8", maxBuffer: 1 << 28 });
    const builtDate = (origin: string, c: string) => execFileSync("git", ["--git-dir", gitOf(origin), "log", "-1", "--format=%cs", c], { encoding: "utf8" }).trim();
    const data = buildEstimates(config, read, commit, commitDate, suites, o.date, { read: builtRead, commitDate: builtDate });
    write(o.out, "estimates.json", data, 3);
    console.log(`estimates: ${data.images.length} images from ${config.distroless.origin} ${commit.slice(0, 12)}, ${Object.keys(data.aliases).length} aliases, ${Object.keys(data.built).length} built on another image`);
  }

  if (o.only.has("npm") && o.npm) {
    const locks = walk(o.lessons, (p) => p.endsWith("package-lock.json") && p.includes("/project/")).map((f) => ({
      path: relative(ROOT, f),
      packages: lockPackages(readFileSync(f, "utf8")),
    }));
    // The registry npm is configured with (npm view asks it); named generically in the data.
    const data = buildNpm(locks, npmUnpackedSize, "npm registry (npm view --json <name>@<version> dist.unpackedSize)", o.date);
    write(o.out, "npm.json", data, 2);
  }
}

main();
