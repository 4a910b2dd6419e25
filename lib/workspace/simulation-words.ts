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
import type { LayerPart, LeftBehindItem, LogsNotice, SizeReason, StageName, TreeNote } from "../dockerfile/simulate/reasons";
// The size formatter alone: the stage graph uses these words on every page, and the simulator must not come with them.
import { formatDockerSize } from "../dockerfile/simulate/size";
import type { LeftBehind, TreeOrigin } from "../dockerfile/simulate/types";

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
    case "image-not-in-catalog": {
      const hint = reason.similar.length > 0 ? `; the catalog has ${joinAnd(reason.similar)}` : "";
      return `size unknown: image ${reason.image || "(blank)"} is not in the catalog${hint}`;
    }
    case "parent-lower-bound":
      return `${stagePhrase(reason.stage)} has unknown sizes: its total is a lower bound`;
    case "package-index":
      return reason.manager === "apk"
        ? "size unknown: apk update stores the package index (not in the catalog)"
        : "size unknown: apt-get update downloads package lists (not in the catalog)";
    case "project-dependencies":
      return `size unknown: ${PROJECT}'s dependencies`;
    case "project-output":
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

// --- what a layer holds --------------------------------------------------------

export function layerPartText(part: LayerPart): string {
  switch (part.kind) {
    case "packages":
      return part.label;
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
