/**
 * The words of the simulated build: the one module that turns the simulator's structured
 * reasons, layer contents, tree notes, left-behind items and logs notice (and the stage
 * graph's bases and skip reasons) into the sentences the panels show. The core never
 * writes these sentences and no component rewrites them; change a sentence here and every
 * surface changes with it.
 *
 * Code is marked with backticks where the sentence is rendered by TickedText (left behind,
 * legends); the unknowns list and the tree are plain text, so they carry none.
 */
import type { ResolutionNote } from "../dockerfile/catalog/resolve";
import type { LayerApproximation, LayerPart, LeftBehindItem, LogsNotice, SizeReason, StageName, TreeNote } from "../dockerfile/simulate/reasons";
// The size formatter alone: the stage graph uses these words on every page, and the simulator must not come with them.
import { formatDockerSize } from "../dockerfile/simulate/size";
import type { BaseImageFacts } from "../dockerfile/catalog/facts";
import type { BaseResolution, LeftBehind, TreeOrigin, UsedFigure } from "../dockerfile/simulate/types";

/** `a`, `a and b`, `a, b and c`. */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The first letter upper-cased and a full stop: a phrase made a sentence. */
export function asSentence(phrase: string): string {
  return phrase.charAt(0).toUpperCase() + phrase.slice(1) + ".";
}

/**
 * A stage in running text: `stage build` for a named stage, `stage-1` for an unnamed one
 * (whose label already says "stage"). With `ticked`, the label is marked as code.
 */
export function stagePhrase(stage: StageName, ticked = false): string {
  const label = ticked ? `\`${stage.label}\`` : stage.label;
  return stage.named ? `stage ${label}` : label;
}

// --- why a size is unknown -----------------------------------------------------

const PROJECT = "depends on your project";

/** One reason as the unknowns list and a legend say it. */
export function sizeReasonText(reason: SizeReason): string {
  switch (reason.kind) {
    case "not-in-catalog":
      return `size unknown: ${reason.what} ${reason.name} not in the catalog`;
    case "image-unknown":
      return `size unknown: ${imageUnknownText(reason.image || "(blank)", reason.note)}`;
    case "image-partly-sized":
      return `part of ${reason.image} has no size in the data: ${joinAnd(reason.missing)}`;
    case "apt-base-unknown":
      return `size unknown: what apt-get adds depends on the packages ${reason.image || "the base image"} already has, which the data does not know`;
    case "apk-dependencies":
      return `what ${joinAnd(reason.names)} ${reason.names.length === 1 ? "pulls" : "pull"} in is unknown: the image lists give apk packages' own sizes, not their dependencies`;
    case "venv":
      return "size unknown: what `python -m venv` puts in the environment (pip and its scripts) is not in the data";
    case "npm-unsized":
      return `size unknown: the npm registry gives no size for ${joinAnd(shortList(reason.specs, 3))}`;
    case "parent-lower-bound":
      return `${stagePhrase(reason.stage)} has unknown sizes: its total is a lower bound`;
    case "package-index":
      return reason.manager === "apk"
        ? "size unknown: apk update stores the package index (not in the catalog)"
        : "size unknown: apt-get update downloads package lists (not in the catalog)";
    case "project-dependencies":
      return `size unknown: ${PROJECT}'s dependencies`;
    case "project-output":
      if (reason.by === "cmake-static-build") return "size unknown: a static link (-static) of the project; the measured build is the dynamic one, and nobody measured the static binary";
      return `size unknown: ${PROJECT}${reason.by === "cmake-build" ? " (what CMake and make write)" : reason.by === "cmake-configure" ? " (what CMake writes)" : ""}`;
    case "written-file":
      return reason.by === "echo" ? "size unknown: a file written by echo" : "size unknown: a file written by a redirect";
    case "download":
      return reason.program === null ? "size unknown: ADD downloads it at build time" : `size unknown: ${reason.program} downloads at build time`;
    case "copy-inside-image":
      return `size unknown: ${reason.program} copies files inside the image`;
    case "unknown-command":
      return `size unknown: the model does not know what \`${reason.program}\` writes`;
    case "context-not-given":
      return PROJECT;
    case "not-in-context":
      return `\`${reason.path}\` is not in the build context: docker build would fail here`;
    case "unsized-stage-file":
      return `size unknown: a file ${stagePhrase(reason.stage)} writes that the model cannot size`;
    case "partly-known-dir":
      return `size unknown: what ${stagePhrase(reason.stage)} has in ${reason.path} is only partly known`;
    case "made-by-unsized-step":
      return `size unknown: ${reason.path} is made in ${stagePhrase(reason.stage)} by a step the model cannot size`;
    case "base-image-file":
      return `size unknown: ${reason.path} comes from the base image ${reason.image}, whose files the catalog does not list`;
    case "maybe-missing-in-stage":
      return `size unknown: the model cannot tell whether ${stagePhrase(reason.stage)} has ${reason.path}`;
    case "later-stage":
      return `size unknown: stage ${reason.stage} is defined after this one`;
    case "image-files":
      return `size unknown: files from image ${reason.image} are not in the catalog`;
  }
}

/** All the reasons of one layer, in one line; null when there are none. */
export function sizeReasonsText(reasons: readonly SizeReason[]): string | null {
  return reasons.length === 0 ? null : reasons.map(sizeReasonText).join("; ");
}

/**
 * What a bar legend shows in place of a size: `depends on your project` when the project's
 * own files or build make it unknown (and not its dependencies), else `size unknown`.
 */
export function unknownSizeLabel(reasons: readonly SizeReason[]): string {
  const project = reasons.some((r) => r.kind === "context-not-given" || r.kind === "project-output");
  const dependencies = reasons.some((r) => r.kind === "project-dependencies");
  return project && !dependencies ? PROJECT : "size unknown";
}

/** A FROM-stage segment whose parent has unknown parts. */
export function parentUnknownText(parent: StageName): string {
  return `${stagePhrase(parent)} has parts of unknown size`;
}

/** At most `n` items, the rest counted: `a, b, c and 4 more`. */
function shortList(items: readonly string[], n: number): string[] {
  return items.length <= n + 1 ? [...items] : [...items.slice(0, n), `${items.length - n} more`];
}

/** Why the data has no figure for an image (after "size unknown: "). */
function imageUnknownText(image: string, note: ResolutionNote | null): string {
  if (note?.kind === "publisher-no-size") return `${note.publisher} describes ${image} but states no size for it`;
  if (note?.kind === "no-on-disk") {
    const c = note.compressed === null ? "" : ` (${formatDockerSize(note.compressed)})`;
    return `repo-info gives ${image} only its compressed size${c}, not its size on disk`;
  }
  if (note?.kind === "no-same-variant") return `the data has no tag of ${image.split(":")[0]} with the same version and variant (it has ${joinAnd(shortList(note.similar, 4))})`;
  const similar = note?.kind === "not-in-data" ? note.similar : [];
  return `image ${image} is not in the data${similar.length > 0 ? `; it has ${joinAnd(shortList(similar, 4))}` : ""}`;
}

/** Said of `FROM scratch`'s 0B: not an estimate. */
export const SCRATCH_EXACT = "exact: scratch is empty by definition (no files)";

/**
 * How a base image's figure was found, as a phrase: `repo-info's report for python:3.12-slim`,
 * `approximate: estimated from python:3.12-alpine3.23 (python:3.12.14-alpine3.23), the nearest
 * tag of the same image and variant`.
 */
export function resolutionText(r: BaseResolution): string {
  const entry = r.entryRef ?? r.name;
  const titled = r.reportedAs && r.reportedAs !== entry ? ` (${r.reportedAs})` : "";
  const note = r.note;
  if (note?.kind === "nearest") {
    const what = note.differs.includes("version") ? "another version" : note.differs.includes("release") ? "another distribution release" : note.differs.includes("tag") ? "another tag of the same image" : "the tag's current build";
    return `approximate: estimated from ${note.from}${note.reportedAs && note.reportedAs !== note.from ? ` (${note.reportedAs})` : ""}, the nearest tag of the same image and variant (${what})`;
  }
  if (note?.kind === "digest-unknown") return `approximate: the digest is not in the data; estimated from ${note.from}`;
  if (note?.kind === "built-on") {
    const how = note.sizedNote?.kind === "nearest" ? ` (estimated from ${note.sizedNote.from}, the nearest tag of the same image and variant)` : "";
    return `approximate: built FROM ${note.chain.join(", FROM ")}, as the publishers' Dockerfiles say; counted as ${note.sizedFrom}'s size${how}, without what the Dockerfiles add`;
  }
  if (note?.kind === "estimated-from-packages") {
    const via = r.aliasBy === "publisherDefault" ? `${r.name} selects ${entry}, as ${note.publisher}'s README says; ` : "";
    return `approximate: ${via}estimated from the ${plural(note.packages, "Debian package")} ${note.publisher} lists for ${entry} (their Debian ${note.suite} Installed-Size, summed)${note.missing.length > 0 ? `, without ${joinAnd(note.missing)}` : ""}`;
  }
  switch (r.by) {
    case "scratch":
      return "scratch is empty: 0 B";
    case "course":
      return "the course's own measurement (2025), used for the course's projects";
    case "exact":
      return `repo-info's report for ${entry}${titled}`;
    case "alias": {
      const by = r.aliasBy === "amd64Digest" ? "the same linux/amd64 digest" : r.aliasBy === "imageId" ? "the same image ID" : r.aliasBy === "publisherDefault" ? "the publisher's README says the name selects it" : "repo-info's report read under it";
      return `the same image as ${entry}${titled} (${by})`;
    }
    case "digest":
      return `the image that digest names: ${entry}${titled}`;
    case "publisher":
      return note?.kind === "stated-loosely" ? `approximate: the publisher states "${note.printed}", without saying compressed or on disk` : `the publisher's description of ${entry}`;
    case "nearest":
      return `approximate: estimated from ${entry}`;
    case "unknown":
      return "not in the data";
  }
}

/** Why a counted figure is approximate, as a phrase. */
export function approximationText(a: LayerApproximation): string {
  switch (a.kind) {
    case "course-toolchain":
      return "approximate: the course measured this layer on its alpine:latest of 2025, not on this image";
    case "sandbox-build":
      return "approximate: measured in our sandbox (Debian, glibc), not on this image";
    case "sandbox-go-build":
      return "approximate: built in our sandbox with Go 1.19, not with the Dockerfile's Go";
    case "go-rule-of-thumb":
      return "approximate: a rule of thumb, not this program's size: a Go program serving HTTP is about the size of the course's minimal net/http server (6.47MB, built in our sandbox with Go 1.19)";
    case "debian-other-suite":
      return `approximate: Debian ${a.suite} figures, for an image on ${a.release ? releaseName(a.release) : "a release the data does not name"}`;
    case "debian-base-partial":
      return "approximate: the base image's package list was only partly read, so some packages counted may be there already";
    case "debian-base-other":
      return `approximate: the image's own package list was not read, so ${a.from}'s (the same variant) stands for it`;
    case "debian-provider-choice":
      return `approximate: several packages provide ${a.virtual}; ${a.chose} was counted`;
    case "apk-other-release":
      return `approximate: installed sizes read in another Alpine release's image than ${a.release ? `Alpine ${a.release}` : "this one"}`;
    case "npm-hidden-lockfile":
      return "approximate: npm's own node_modules/.package-lock.json is not counted";
    case "stage-approximate":
      return `approximate: ${stagePhrase(a.stage)} only approximates the size of what is copied`;
  }
}

/** `Debian trixie`, `Ubuntu noble`, `Alpine 3.24`. */
function releaseName(release: string): string {
  if (release.startsWith("alpine")) return `Alpine ${release.slice("alpine".length)}`;
  return ["focal", "jammy", "noble", "resolute", "bionic"].includes(release) ? `Ubuntu ${release}` : `Debian ${release}`;
}

/** The one line the unknowns collapse into: `3 parts unknown — why?`. */
export function unknownPartsSummary(count: number): string {
  return `${plural(count, "part")} unknown — why?`;
}

/** The final image's badge: how far to trust its figure. */
export function confidenceText(confidence: "sourced" | "approximate" | "unknown", missing: number): string {
  if (confidence === "unknown") return "no estimate";
  if (missing > 0) return `at least: ${plural(missing, "part")} unknown`;
  return confidence === "sourced" ? "estimated from first-hand figures" : "approximate estimate";
}

// --- what a layer holds --------------------------------------------------------

export function layerPartText(part: LayerPart): string {
  switch (part.kind) {
    case "packages":
      return part.label;
    case "package-install": {
      const more = part.added > part.names.length ? `, ${plural(part.added, "package")} with dependencies` : "";
      return `${joinAnd(shortList(part.names, 4))} (${part.manager}${more})`;
    }
    case "npm-install":
      return `${part.command}: ${plural(part.packages, "package")} from package-lock.json`;
    case "package":
      return part.name;
    case "command":
      return part.text;
    case "tool-output":
      return `${part.program} output`;
    case "download":
      return `${part.program} download`;
    case "cmake-build":
      return part.executables.length > 0 ? `the CMake build of ${joinAnd(part.executables)}` : "the CMake build";
    case "context-files":
      return part.count === null ? "files from the build context" : `${plural(part.count, "file")} from the build context`;
    case "stage-files":
      return `${joinAnd(part.paths)} from ${stagePhrase(part.stage)}`;
    case "later-stage":
      return `from stage ${part.stage}`;
    case "image-files":
      return `files from image ${part.image}`;
    case "add-download":
      return "a download";
    case "nothing-copied":
      return "nothing copied";
    case "workdir":
      return `working directory ${part.path}`;
    case "metadata":
      return "metadata only";
    case "unknown-instruction":
      return "not an instruction Docker knows";
  }
}

/** A layer's bar label (`g++, make and cmake`); `a command` for a RUN the model reads no parts of. */
export function layerWhatText(what: readonly LayerPart[]): string {
  return what.length > 0 ? joinAnd(what.map(layerPartText)) : "a command";
}

/** A segment's legend: `base image \`alpine\``, `everything in stage \`build\``, or its label. */
export function segmentLegend(segment: { kind: "base" | "parent" | "run" | "copy" | "copy-from"; label: string; parent: StageName | null }): string {
  if (segment.kind === "parent" && segment.parent) return `everything in ${stagePhrase(segment.parent, true)}`;
  if (segment.kind === "base") return `base image \`${segment.label}\``;
  return segment.label;
}

// --- the file tree -------------------------------------------------------------

export function treeNoteText(note: TreeNote): string {
  switch (note.kind) {
    case "npm-packages":
      return `${plural(note.packages, "package")} from package-lock.json`;
    case "venv":
      return "Python virtual environment (contents unknown)";
    case "base-folders":
      return `Base image ${note.image} (${note.source})`;
    case "context-not-given":
      return "files from the build context (not given)";
    case "dependencies":
      return "dependencies (contents unknown)";
    case "build-directory":
      return `build directory from ${stagePhrase(note.stage)} (contents estimated)`;
    case "cmake-files":
      return "CMake's object files and scratch (contents estimated)";
    case "cmake-configuration":
      return "CMake configuration (contents estimated)";
    case "stage-directory":
      return `directory from ${stagePhrase(note.stage)} (contents estimated)`;
    case "stage-file-estimated":
      return `from ${stagePhrase(note.stage)} (contents estimated)`;
    case "stage-base-image-file":
      return `from the base image ${note.image} of ${stagePhrase(note.stage)}`;
    case "maybe-missing-in-stage":
      return `not known to exist in ${stagePhrase(note.stage)}`;
    case "later-stage":
      return "from a stage defined later";
    case "image":
      return `from image ${note.image}`;
    case "downloaded":
      return "downloaded at build time";
  }
}

/** Where a tree entry comes from, in words (`from stage build`, `made in stage-0`). */
export function treeOriginText(node: { origin: TreeOrigin; stage: StageName | null; from: StageName | null; image: string | null }): string {
  const stage = (s: StageName | null) => (s === null ? "a stage" : stagePhrase(s));
  switch (node.origin) {
    case "stage":
      return `from ${stage(node.from)}`;
    case "context":
      return `from the build context (COPY in ${stage(node.stage)})`;
    case "image":
      return `from image ${node.image ?? "?"}`;
    case "run":
      return `made in ${stage(node.stage)}`;
    case "base":
      return "base image";
  }
}

// --- what stays behind ---------------------------------------------------------

function itemText(item: LeftBehindItem): string {
  return item.kind === "base-image" ? item.ref || "(no base)" : layerWhatText(item.what);
}

/**
 * What a stage leaves behind, as a phrase (`the ~295MB of g++, make and cmake in stage
 * \`build\` never reach the image`); asSentence makes it a sentence.
 */
export function leftBehindText(left: LeftBehind): string {
  const stage = stagePhrase(left.stageName, true);
  const named = [...new Set(left.main.map(itemText))];
  if (left.bytes > 0) {
    const what = named.length > 0 ? joinAnd(named) : "layers";
    const amount = `${left.lowerBound ? "at least " : "the ~"}${formatDockerSize(left.bytes)}`;
    return `${amount} of ${what} in ${stage} never reach the image`;
  }
  if (left.lowerBound) {
    const what = named.length > 0 ? `the files of ${joinAnd(named)} in ${stage}` : `the layers of ${stage}`;
    return `${what} never reach the image; their size is unknown`;
  }
  return `${stage} is built, but what it leaves behind takes no space`;
}

// --- the logs ------------------------------------------------------------------

/** The notice shown with the logs: a headline, the detail, and both as one text. */
export function logsNoticeText(notice: LogsNotice): { headline: string; detail: string; text: string } {
  const sizes = notice.sizes === "catalog-estimates" ? "Sizes are estimates from the catalog's sources" : "Sizes are estimates";
  const ids = notice.ids === "hash-of-dockerfile" ? "ids are fake, derived from a hash of the Dockerfile" : "ids are fake";
  const times = notice.times === "omitted" ? "times are omitted" : "times are made up";
  const detail = `${sizes}; ${ids}; ${times}.`;
  return { headline: "Simulated — no Docker engine ran this build.", detail, text: `Simulated: no Docker engine ran. ${detail}` };
}

// --- the stage graph -----------------------------------------------------------

/** What a graph node starts from. */
export type GraphBase = { kind: "stage"; stage: StageName } | { kind: "image"; ref: string };

/** The second line of a stage's box: `FROM stage build`, `FROM stage-0`, or the image. */
export function graphSublabel(base: GraphBase | null): string {
  if (base === null) return "image, pulled";
  return base.kind === "stage" ? `FROM ${stagePhrase(base.stage)}` : base.ref;
}

/** What a stage is built on, after "from" in the graph's list: `stage build`, `alpine:latest`. */
export function graphBaseText(base: GraphBase): string {
  return base.kind === "stage" ? stagePhrase(base.stage) : base.ref;
}

/** Why BuildKit does not build a node. */
export type SkipReason = { kind: "legacy-only"; target: string } | { kind: "after-target"; target: string } | { kind: "image-unused" };

export function skipReasonText(reason: SkipReason): string {
  switch (reason.kind) {
    case "legacy-only":
      return `Target ${reason.target} does not need it: BuildKit skips it; the legacy builder still runs it.`;
    case "after-target":
      return `Target ${reason.target} does not need it, and it comes after the target: neither builder runs it.`;
    case "image-unused":
      return "Only stages the target does not need use it: BuildKit does not pull it.";
  }
}

// --- the base image's contents -------------------------------------------------

const yesNo = (v: boolean | null, yes: string, no: string) => (v === null ? "unknown" : v ? yes : no);
const execForm = (words: string[]) => JSON.stringify(words);

/** What the final image's base holds and how it starts, one label and value per fact (unknown said as such). */
export function baseFactsLines(f: BaseImageFacts): { label: string; value: string }[] {
  const shell = f.shell === null ? "unknown" : f.shell === "none" ? "none (no shell: RUN and the shell form of CMD cannot work)" : f.shell === "/busybox/sh only" ? "none at /bin/sh (busybox's sh at /busybox/sh)" : `yes (${f.shell})`;
  const start =
    f.entrypoint === null && f.cmd === null
      ? "unknown"
      : [f.entrypoint && f.entrypoint.length > 0 ? `ENTRYPOINT ${execForm(f.entrypoint)}` : null, f.cmd && f.cmd.length > 0 ? `CMD ${execForm(f.cmd)}` : f.cmd === null ? "CMD unknown" : null].filter(Boolean).join(", ") || "no ENTRYPOINT or CMD";
  const user = f.user === null ? "unknown" : f.user === "" || f.user === "0" || f.user === "root" ? "root (no USER set)" : f.user;
  return [
    { label: "C library", value: f.libc === null ? "unknown" : f.libc === "none" ? "none" : f.libc },
    { label: "/bin/sh", value: shell },
    { label: "CA certificates", value: yesNo(f.caCertificates, "yes", "no") },
    { label: "Time zones (tzdata)", value: yesNo(f.tzdata, "yes", "no") },
    { label: "libstdc++", value: yesNo(f.libstdcxx, "yes", "no") },
    { label: "Starts with", value: start },
    { label: "Runs as", value: user },
    { label: "Package manager", value: f.packageManager ?? "unknown" },
  ];
}

/** Where the base facts come from, as a sentence. */
export function baseFactsSource(f: BaseImageFacts): string {
  if (f.by === "scratch") return "scratch is empty: no files, no configuration.";
  if (f.resolvedTag === null) return `The data does not describe ${f.ref}: everything about it is unknown.`;
  const list = f.packages === null ? "" : f.factsFrom ? `, from the package list of ${f.factsFrom} (approximate: the same variant; ${f.resolvedTag}'s own list was not read whole)` : f.packagesComplete ? ", from its full package list" : ", from the part of its package list that was read";
  const own = f.confidence === "approximate" && f.resolvedTag !== f.ref ? ` (approximate: read for ${f.resolvedTag}, not ${f.ref})` : f.resolvedTag !== f.ref ? ` (as ${f.resolvedTag})` : "";
  return `What ${f.ref} holds${own}${list}.`;
}

// --- where the figures come from -----------------------------------------------

/** The sources disclosure's words for one figure: its name, what it is of, and how it was derived. */
export function figureWords(f: UsedFigure): { name: string; version: string; derivation: string | null } {
  switch (f.kind) {
    case "image": {
      const r = f.resolution;
      const printed = f.printed && f.bytes !== null ? `${f.printed} as the source prints it, read as ${f.bytes.toLocaleString("en-US")} B` : null;
      const created = r.created ? ` Image created ${r.created}.` : "";
      return { name: r.name, version: r.reportedAs ?? r.entryRef ?? r.name, derivation: `${asSentence(resolutionText(r))}${printed ? ` ${asSentence(printed)}` : ""}${created}` };
    }
    case "catalog": {
      const e = f.entry;
      const name = "label" in e ? `${e.label} (${e.manager})` : "repository" in e ? `${e.repository}:${e.tags.filter((t) => t !== "")[0] ?? "latest"}` : e.system === "go" ? (e.module ? `go build of ${e.module}` : "go build (rule of thumb)") : `CMake build of ${e.executables.join(", ")}`;
      const approx = f.approximations.map((a) => asSentence(approximationText(a))).join(" ");
      return { name, version: e.version, derivation: [e.derivation, approx].filter(Boolean).join(" ") || null };
    }
    case "apt": {
      const kib = f.counted.reduce((s, c) => s + (c.kib ?? 0), 0);
      const approx = f.approximations.map((a) => asSentence(approximationText(a))).join(" ");
      const base = f.inBase > 0 ? `; ${plural(f.inBase, "package")} the image already has count 0` : "";
      return {
        name: `${joinAnd(shortList(f.requested, 4))} (apt, Debian ${f.suite})`,
        version: `${plural(f.counted.length, "package")}: ${shortList(f.counted.map((c) => `${c.name} ${c.version}`), 6).join(", ")}`,
        derivation: `Installed-Size of the ${plural(f.counted.length, "package")} apt-get install adds${f.recommends ? " (with Recommends)" : " (--no-install-recommends)"}, summed: ${kib.toLocaleString("en-US")} KiB = ${f.bytes.toLocaleString("en-US")} B${base}. Installed-Size is Debian's own estimate of the unpacked size. ${approx}`.trim(),
      };
    }
    case "apk": {
      const approx = f.approximations.map((a) => asSentence(approximationText(a))).join(" ");
      return {
        name: `${joinAnd(shortList(f.packages.map((p) => p.name), 4))} (apk)`,
        version: f.packages.map((p) => `${p.name} ${p.version} (Alpine ${p.release}, listed in ${p.image})`).join(", "),
        derivation: `apk's installed size of each package as repo-info lists it (${f.packages.map((p) => `${p.name} ${p.printed}`).join(", ")}), KiB read as 1024 B. What they depend on is not counted. ${approx}`.trim(),
      };
    }
    case "npm": {
      const packed = f.packages.filter((p) => p.via === "npm pack --dry-run").map((p) => p.spec);
      const omitted = f.omitted > 0 ? ` ${plural(f.omitted, "dev dependency")} left out.` : "";
      return {
        name: `${f.lockFile} (npm)`,
        version: plural(f.packages.length, "package"),
        derivation:
          f.packages.length === 0
            ? `The lock file installs no packages.${omitted}`
            : `Unpacked sizes from the ${f.registry}, read ${f.read}, summed${packed.length > 0 ? `; ${joinAnd(shortList(packed, 3))} published without one, sized from their tarballs' files (npm pack --dry-run)` : ""}.${omitted} ${asSentence(approximationText({ kind: "npm-hidden-lockfile" }))}`,
      };
    }
  }
}
