/**
 * What the simulator says, as data: why a size is unknown, what a layer holds, where a
 * file-tree entry comes from, what stays behind. The core never writes these as sentences;
 * lib/simulation-words.ts is the one place that turns them into the words each panel shows.
 */

/** A stage as reasons name it: BuildKit's label, and whether the Dockerfile named it. */
export interface StageName {
  /** The stage name, or `stage-N` when it has none. */
  label: string;
  /** False for a stage without `AS name`. */
  named: boolean;
}

/** Why a size (of a layer or a base) is unknown. */
export type SizeReason =
  /** An install names a package the catalog does not size. */
  | { kind: "not-in-catalog"; what: "apk package" | "apt package"; name: string }
  /** A FROM names an image the catalog does not size; `similar` are catalog images of the same repository. */
  | { kind: "image-not-in-catalog"; image: string; similar: string[] }
  /** The FROM names a stage whose own total is a lower bound. */
  | { kind: "parent-lower-bound"; stage: StageName }
  /** `apk update` / `apt-get update` stores a package index. */
  | { kind: "package-index"; manager: "apk" | "apt" }
  /** `npm ci`, `pip install`, `go mod download`: what they fetch depends on the project. */
  | { kind: "project-dependencies" }
  /** What a build step writes depends on the project; `by` says which CMake step, when it is one. */
  | { kind: "project-output"; by: "cmake-build" | "cmake-configure" | null }
  /** A file written by `echo ... >` or another redirect. */
  | { kind: "written-file"; by: "echo" | "redirect" }
  /** `curl`, `wget`, `git` (a program) or ADD (null) fetch something at build time. */
  | { kind: "download"; program: string | null }
  /** `cp` copies files already in the image. */
  | { kind: "copy-inside-image"; program: string }
  /** A program the model does not know. */
  | { kind: "unknown-command"; program: string }
  /** COPY from the build context when no context was given. */
  | { kind: "context-not-given" }
  /** A COPY source that matches nothing in the build context: the real build fails. */
  | { kind: "not-in-context"; path: string }
  /** A file COPY --from brings whose size the source stage does not know. */
  | { kind: "unsized-stage-file"; stage: StageName }
  /** A directory COPY --from brings that the source stage only partly knows. */
  | { kind: "partly-known-dir"; stage: StageName; path: string }
  /** A path COPY --from brings that a step of the source stage made without a known size. */
  | { kind: "made-by-unsized-step"; stage: StageName; path: string }
  /** A path COPY --from brings from the source stage's base image, whose files the catalog does not list. */
  | { kind: "base-image-file"; stage: StageName; path: string; image: string }
  /** A path COPY --from names that the model cannot find in the source stage. */
  | { kind: "maybe-missing-in-stage"; stage: StageName; path: string }
  /** COPY --from names a stage defined later in the file. */
  | { kind: "later-stage"; stage: string }
  /** COPY --from an image: its files are not in the catalog. */
  | { kind: "image-files"; image: string };

/** One thing a layer holds, for its bar label and for what stays behind. */
export type LayerPart =
  /** A catalog package set (`g++, make and cmake`). */
  | { kind: "packages"; label: string }
  /** A package the catalog does not size. */
  | { kind: "package"; name: string }
  /** A command whose output depends on the project (`npm ci`, `go build`, `make`). */
  | { kind: "command"; text: string }
  /** A compiler's or build tool's output (`g++`). */
  | { kind: "tool-output"; program: string }
  /** What a program downloads (`curl`). */
  | { kind: "download"; program: string }
  /** A CMake build; `executables` when the catalog knows its output, else empty. */
  | { kind: "cmake-build"; executables: string[] }
  /** COPY from the build context: `count` files, or null when no context was given. */
  | { kind: "context-files"; count: number | null }
  /** COPY --from a stage: these source paths. */
  | { kind: "stage-files"; paths: string[]; stage: StageName }
  /** COPY --from a stage defined later. */
  | { kind: "later-stage"; stage: string }
  /** COPY --from an image. */
  | { kind: "image-files"; image: string }
  /** ADD of a URL. */
  | { kind: "add-download" }
  /** COPY with fewer than two arguments. */
  | { kind: "nothing-copied" }
  /** WORKDIR. */
  | { kind: "workdir"; path: string }
  /** ENV, LABEL, CMD and the other metadata instructions. */
  | { kind: "metadata" }
  /** A keyword BuildKit does not know. */
  | { kind: "unknown-instruction" };

/** Extra words on a file-tree entry. */
export type TreeNote =
  /** A base image's top folder; `source` is where the folder list comes from. */
  | { kind: "base-folders"; image: string; source: string }
  | { kind: "context-not-given" }
  /** `node_modules` written by `npm ci` and the like. */
  | { kind: "dependencies" }
  | { kind: "build-directory"; stage: StageName }
  | { kind: "cmake-files" }
  | { kind: "cmake-configuration" }
  /** A directory COPY --from brought whose contents the source stage only estimates. */
  | { kind: "stage-directory"; stage: StageName }
  /** A path COPY --from brought from inside a directory the source stage only estimates. */
  | { kind: "stage-file-estimated"; stage: StageName }
  | { kind: "stage-base-image-file"; stage: StageName; image: string }
  | { kind: "maybe-missing-in-stage"; stage: StageName }
  | { kind: "later-stage" }
  | { kind: "image"; image: string }
  | { kind: "downloaded" };

/** Something that stays behind in a stage the image does not include. */
export type LeftBehindItem =
  /** The stage's own base image (not the image's). */
  | { kind: "base-image"; ref: string; bytes: number | null }
  /** A layer with a size or an unknown size. */
  | { kind: "layer"; line: number; what: LayerPart[]; bytes: number; sizeKnown: boolean };

/** What the logs' reader must be told: this is a simulation, and what in it is made up. */
export interface LogsNotice {
  kind: "simulated";
  /** Where sizes come from. */
  sizes: "catalog-estimates";
  /** Image and layer ids: fake, derived from a hash of the Dockerfile and options. */
  ids: "hash-of-dockerfile";
  /** Step times: left out, nothing ran. */
  times: "omitted";
}
