/**
 * The simulator's inputs and results: plain, serialisable data. Whatever is said in words
 * is structured (./reasons); lib/simulation-words.ts writes the sentences.
 */
import type { ContextFile } from "../build-context";
import type { LayerPart, LeftBehindItem, LogsNotice, SizeReason, StageName, TreeNote } from "./reasons";

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
}

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
  /** True when the figure is an estimate from a measurement of something similar, not of this exact thing. */
  estimated: boolean;
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
  /** True when the catalog figure is approximate ("around 2 MiB"). */
  approximate: boolean;
  /** Why `bytes` is null (or, for a parent stage, why it is a lower bound), else null. */
  reason: SizeReason | null;
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
  /** Docker's formatting of bytes (`8.34MB`), prefixed `≥ ` when a lower bound. */
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
}
