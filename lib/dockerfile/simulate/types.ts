/**
 * The simulator's inputs and results: plain, serialisable data. Whatever is said in words
 * is structured (./reasons); lib/simulation-words.ts writes the sentences.
 */
import type { ContextFile } from "../build-context";
import type { BaseImageFacts, Calibration, CatalogEntry, DataSource, ResolutionNote, ResolvedBy } from "../catalog";
import type { RunVerdict } from "../run/verdict-types";
import type { LayerApproximation, LayerPart, LeftBehindItem, LogsNotice, SizeReason, StageName, TreeNote } from "./reasons";

export type { ContextFile };

/** Options of one simulated `docker build`. */
export interface SimulateOptions {
  /** `--target`; matched case-insensitively. Default: the last stage. */
  target?: string;
  /** `--build-arg KEY=VALUE` values. */
  buildArgs?: Record<string, string>;
  /** The build context. Absent: every `COPY` from the context "depends on your project". */
  contextFiles?: ContextFile[];
  /** `.dockerignore` text; default: the content of a `.dockerignore` entry in contextFiles. */
  dockerignore?: string;
  /** `-t` repository name for the log and `docker image ls` (`hello-cmake`); tag `latest` unless given as `name:tag`. */
  tag?: string;
  /**
   * Whose figures to use where both exist: `course` for the course's own projects (its
   * measured alpine:latest and g++/make/cmake layer), `repo-info` (default) for anything else.
   */
  calibration?: Calibration;
}

/** Confidence in a figure: every part first-hand, some part approximate (or missing, for a total), or no figure at all. */
export type Confidence = "sourced" | "approximate" | "unknown";

/** What kind of change an instruction makes. */
export type LayerKind = "metadata" | "workdir" | "run" | "copy" | "copy-from" | "add";

/** The estimated effect of one instruction (other than FROM). */
export interface SimulatedLayer {
  /** The instruction as written, continuation lines joined. */
  instruction: string;
  /** Upper-cased keyword. */
  keyword: string;
  /** 1-based line of the instruction. */
  line: number;
  /** What kind of change it makes. */
  kind: LayerKind;
  /** Estimated size delta in bytes, or null when any part of it is unknown. */
  bytes: number | null;
  /** The part of the delta that is known, in bytes (equals `bytes` when `bytes` is not null). */
  knownBytes: number;
  /** Why `bytes` is null, each reason once, in order; empty when the size is known. */
  reasons: SizeReason[];
  /** What it holds, for a bar label (`g++, make and cmake`, `3 files from the build context`); empty for a RUN the model reads no parts of. */
  what: LayerPart[];
  /** Catalog entry ids the estimate used. */
  catalogIds: string[];
  /** True when the figure is an estimate from a measurement of something similar, not of this exact thing (see `approximations`). */
  estimated: boolean;
  /** Why the counted figure is an approximation, each once; empty when it is first-hand. */
  approximations: LayerApproximation[];
}

/** How a FROM image was found in the data. */
export interface BaseResolution {
  by: ResolvedBy;
  /** `repository:tag` with the implicit `latest` made explicit. */
  name: string;
  /** The data entry whose figures are used (`python:3.12-slim-trixie`), or null. */
  entryRef: string | null;
  /** That entry's report title (`python:3.12.14-slim-trixie`), or null. */
  reportedAs: string | null;
  /** For an alias: what made the tags the same image. */
  aliasBy: "amd64Digest" | "imageId" | "reportTitle" | null;
  confidence: Confidence;
  note: ResolutionNote | null;
  /** The image's Created date (yyyy-mm-dd) from its report, or null. */
  created: string | null;
}

/** The image a stage starts from. */
export interface SimulatedBase {
  /** The FROM value after ARG expansion. */
  ref: string;
  /** Index of the stage it names (`FROM build`), else null. */
  stage: number | null;
  /** Size in bytes: the catalog image's, or the parent stage's total; null when unknown. */
  bytes: number | null;
  /** Size kind of the catalog figure, or null. */
  kind: "on-disk" | "compressed" | "unstated" | null;
  /** The catalog entry id, or null. */
  catalogId: string | null;
  /** True when the figure is approximate (a nearest tag, "around 2 MiB"), or the parent stage's total is. */
  approximate: boolean;
  /** Why `bytes` is null (or, for a parent stage, why it is a lower bound), else null. */
  reason: SizeReason | null;
  /** For an image: how it was found in the data; null for a parent stage. */
  resolution: BaseResolution | null;
}

/** One stage of the simulation. */
export interface SimulatedStage {
  /** 0-based index. */
  index: number;
  /** The label BuildKit prints: the stage name, or `stage-<index>`. */
  label: string;
  /** Lower-cased stage name, or null. */
  name: string | null;
  /** What it starts from. */
  base: SimulatedBase;
  /** The layers of its own instructions, in order. */
  layers: SimulatedLayer[];
  /** Known bytes of its own layers. */
  ownBytes: number;
  /** Known bytes of the whole stage: base (or parent stage) plus own layers. */
  totalBytes: number;
  /** True when something in the stage or its base is unknown, so totalBytes is a lower bound. */
  lowerBound: boolean;
  /** True when no estimate is possible: its base image is unknown, or nothing in it has a size. */
  unknownTotal: boolean;
  /** `sourced`, `approximate` (a nearest tag, an approximate figure, or parts missing), `unknown` (no estimate). */
  confidence: Confidence;
  /** True when BuildKit builds it for the target. */
  builtByBuildKit: boolean;
  /** True when the legacy builder runs it (stages 0 to the target). */
  builtByLegacy: boolean;
  /** True when its layers are part of the final image (the target and the stages it is FROM). */
  inFinalImage: boolean;
}

/** Where a file-tree entry comes from. */
export type TreeOrigin = "base" | "context" | "stage" | "image" | "run";

/** One node of the final image's file tree. */
export interface FileTreeNode {
  /** Base name (`hello`); `/` for the root. */
  name: string;
  /** Absolute path. */
  path: string;
  /** File or directory. */
  type: "file" | "dir";
  /** Where it comes from. */
  origin: TreeOrigin;
  /** The stage that put it there (its label), or null for the base image's folders. */
  stage: string | null;
  /** For `origin: "stage"`: the stage it was copied from; for `"image"`: the image. */
  from: string | null;
  /**
   * Files: size in bytes, null when unknown. Directories: the known bytes the build added
   * below it (the base image's own contents are not listed); null for a base image folder
   * the build added nothing to.
   */
  bytes: number | null;
  /** What else to say about it (contents estimated, where a base folder list comes from), or null. */
  note: TreeNote | null;
  /** True when it is, or holds, something of unknown size: `bytes` is then a lower bound (or null when nothing below it is known). */
  unsized: boolean;
  /** Children, sorted by name (directories only). */
  children: FileTreeNode[];
}

/** A stage whose contents never reach the final image. */
export interface LeftBehind {
  /** Stage index. */
  stage: number;
  /** Stage label. */
  label: string;
  /** Known bytes that stay behind (the stage minus a base it shares with the image, minus what is copied out). */
  bytes: number;
  /** True when unknown sizes make `bytes` a lower bound. */
  lowerBound: boolean;
  /** The stage, for words. */
  stageName: StageName;
  /** What stays behind: the stage's own base image, then its layers with a size or an unknown size. */
  items: LeftBehindItem[];
  /** The items a sentence names: each at least a tenth of `bytes` or of unknown size (all of them when `bytes` is 0). */
  main: LeftBehindItem[];
}

/** A part of the final image whose size is unknown: the total says it is missing. */
export type MissingPart =
  | { kind: "base"; stage: StageName; ref: string; reason: SizeReason }
  | { kind: "layer"; stage: StageName; line: number; what: LayerPart[]; reasons: SizeReason[] };

/** A part of the final image whose counted figure is an approximation. */
export type ApproximatePart =
  | { kind: "base"; stage: StageName; ref: string; resolution: BaseResolution }
  | { kind: "layer"; stage: StageName; line: number; what: LayerPart[]; approximations: LayerApproximation[] };

/** The image the build produces. */
export interface SimulatedImage {
  /** Index of the target stage. */
  stage: number;
  /** Stage indexes whose layers it holds, base first (the target and its FROM-stage ancestors). */
  chain: number[];
  /** Known bytes. */
  bytes: number;
  /** True when bytes is a lower bound. */
  lowerBound: boolean;
  /**
   * The estimate of what `docker image ls` shows for linux/amd64 (on disk, in bytes): the
   * known bytes, or null when no estimate is possible (the base image is unknown, or nothing
   * in the image has a size).
   */
  estimate: number | null;
  /** `sourced` when every part has a first-hand figure, `approximate` when a part is a nearest tag or an approximate figure or has none (see `missing`), `unknown` when there is no estimate. */
  confidence: Confidence;
  /** The parts of unknown size, in order. */
  missing: MissingPart[];
  /** The parts counted with an approximate figure, in order. */
  approximate: ApproximatePart[];
  /** The root base image's facts (C library, shell, certificates, default command, user), or null without a base. */
  base: BaseImageFacts | null;
  /** Docker's formatting of bytes (`8.34MB`), prefixed `≥ ` when a lower bound; `unknown` when there is no estimate. */
  display: string;
  /** The final image's file tree. */
  tree: FileTreeNode;
}

/** Simulated build output. */
export interface SimulatedLogs {
  /** BuildKit's TTY output (`=> [build 2/5] RUN ...`), stages it skips absent. Times omitted: nothing ran. */
  buildkit: string[];
  /** The legacy builder's output (`Step 1/6 : FROM ...`), every stage up to the target. */
  legacy: string[];
  /** What a UI must say with either log. */
  notice: LogsNotice;
}

/** A simulated `docker image ls` row. */
export interface SimulatedImageLs {
  /** The header line. */
  header: string;
  /** The row, aligned under the header. */
  line: string;
  /** REPOSITORY column. */
  repository: string;
  /** TAG column. */
  tag: string;
  /** IMAGE ID column: a fake id derived from a hash of the Dockerfile and options. */
  id: string;
  /** CREATED column. */
  created: string;
  /** SIZE column as Docker formats it (3 significant digits, decimal units). */
  size: string;
}

/** Everything simulateBuild returns. */
export interface BuildSimulation {
  /** Always true: this is a model, not a build. */
  simulated: true;
  /** Every stage, in order (including those no builder runs). */
  stages: SimulatedStage[];
  /** Index of the target stage, or null when there is none. */
  target: number | null;
  /** The final image, or null when there is no target. */
  image: SimulatedImage | null;
  /** Stages BuildKit builds whose contents stay out of the image. */
  leftBehind: LeftBehind[];
  /** The simulated logs. */
  logs: SimulatedLogs;
  /** The simulated `docker image ls` row, or null when there is no image. */
  imageLs: SimulatedImageLs | null;
  /** BuildKit's error when the real build would fail (from analyzeDockerfile), else null. */
  error: string | null;
  /** Catalog entry ids any estimate used, sorted, so a UI can list the sources. */
  catalogIds: string[];
  /** The figures the estimate used, with their sources, in order of first use. */
  figures: UsedFigure[];
  /** What `docker run <image>` would do with the final image (../run/verdict), or null when the build fails or there is no image. */
  run: RunVerdict | null;
  /** Where the build stops, as BuildKit stops it (./stop), or null when it finishes. */
  stop: BuildStop | null;
  /** The steps a stopped build never reaches: each stage's steps from `line` on (its FROM line: the whole stage). */
  notReached: { stage: number; line: number }[];
}

/** Where and why the simulated build stops. Steps after it are not reached. */
export interface BuildStop {
  /** The id in ../run/messages of the words printed. */
  messageId: string;
  /** What follows `ERROR: failed to build: failed to solve: `. */
  error: string;
  /** The failing step's own log lines (what `> [stage n/m] RUN …:` shows), possibly empty. */
  log: string[];
  /** `definition`: at "load build definition" (nothing runs); `metadata`: resolving an image; `step`: a step of a stage. */
  at: "definition" | "metadata" | "step";
  /** The stage and 1-based line of the failing instruction, or null at the definition. */
  stage: number | null;
  line: number | null;
  /** For `metadata`: certain only if no image of that name exists. */
  unlessImageExists: string | null;
}

/** One figure the estimate used, with where it comes from. */
export type UsedFigure =
  /** A base image from the generated data. */
  | { kind: "image"; id: string; resolution: BaseResolution; bytes: number | null; printed: string | null; sizeKind: "on-disk" | "unstated" | null; sources: DataSource[] }
  /** A hand-made entry: the course's alpine:latest, its toolchain, its CMake build. */
  | { kind: "catalog"; id: string; entry: CatalogEntry; approximations: LayerApproximation[] }
  /** An `apt-get install` closure. */
  | {
      kind: "apt";
      id: string;
      suite: string;
      release: string | null;
      requested: string[];
      counted: { name: string; version: string; kib: number | null }[];
      inBase: number;
      bytes: number;
      recommends: boolean;
      archives: { name: string; version: string | null; date: string | null }[];
      read: string;
      approximations: LayerApproximation[];
    }
  /** `apk add` of packages sized from official images' lists. */
  | { kind: "apk"; id: string; packages: { name: string; version: string; bytes: number; printed: string; image: string; release: string }[]; bytes: number; sources: DataSource[]; approximations: LayerApproximation[] }
  /** `npm ci` of a lock file. */
  | { kind: "npm"; id: string; lockFile: string; packages: { spec: string; bytes: number | null; via: string | null }[]; bytes: number; omitted: number; registry: string; read: string };
