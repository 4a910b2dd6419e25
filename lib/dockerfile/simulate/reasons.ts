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

import type { ResolutionNote } from "../catalog/resolve";

/** Why a size (of a layer or a base) is unknown. */
export type SizeReason =
  /** An install names a package the data does not size. */
  | { kind: "not-in-catalog"; what: "apk package" | "apt package" | "npm package"; name: string }
  /** A FROM names an image the data does not size; `note` says what the data knows instead. */
  | { kind: "image-unknown"; image: string; note: ResolutionNote | null }
  /** A FROM names an image sized only in part: `missing` are the parts with no figure (the size is a lower bound). */
  | { kind: "image-partly-sized"; image: string; missing: string[] }
  /** `apt-get install` on a base image whose packages (and Debian suite) are unknown. */
  | { kind: "apt-base-unknown"; image: string }
  /** `apk add` of packages sized from an image's list, which gives no dependencies: what they pull in is unknown. */
  | { kind: "apk-dependencies"; names: string[] }
  /** `python -m venv`: pip and the venv's scripts, not in the data. */
  | { kind: "venv" }
  /** `npm ci` of a lock file some of whose packages have no size in the data. */
  | { kind: "npm-unsized"; specs: string[] }
  /** The FROM names a stage whose own total is a lower bound. */
  | { kind: "parent-lower-bound"; stage: StageName }
  /** `apk update` / `apt-get update` stores a package index. */
  | { kind: "package-index"; manager: "apk" | "apt" }
  /** `npm ci`, `pip install`, `go mod download`: what they fetch depends on the project. */
  | { kind: "project-dependencies" }
  /**
   * What a build step writes depends on the project; `by` says which CMake step, when it is
   * one (`cmake-static-build`: a static link, whose binary nobody measured).
   */
  | { kind: "project-output"; by: "cmake-build" | "cmake-static-build" | "cmake-configure" | null }
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

/** Why a layer's figure is an approximation (it is still counted). */
export type LayerApproximation =
  /** The course's g++, make and cmake layer, measured on the course's alpine:latest of 2025, used for another image. */
  | { kind: "course-toolchain" }
  /** The CMake build of the course's hello world, measured in our sandbox (Debian, glibc), not on this image. */
  | { kind: "sandbox-build" }
  /** A course Go program built in our sandbox with Go 1.19, not with the Dockerfile's Go. */
  | { kind: "sandbox-go-build" }
  /** A Go program the data has not measured: the rule of thumb (the course's net/http server's size) stands for its binary. */
  | { kind: "go-rule-of-thumb" }
  /** Debian figures of another suite than the image's (`trixie` for an Ubuntu `noble` image). */
  | { kind: "debian-other-suite"; suite: string; release: string | null }
  /** The base image's package list was only partly read: some packages counted may already be there. */
  | { kind: "debian-base-partial" }
  /** The base image's own list was not read whole: the same variant's (`from`) stands for it. */
  | { kind: "debian-base-other"; from: string }
  /** A virtual package with several providers: the first by name was counted. */
  | { kind: "debian-provider-choice"; virtual: string; chose: string }
  /** apk installed sizes read in another Alpine release's image than this one's. */
  | { kind: "apk-other-release"; release: string | null }
  /** npm also writes node_modules/.package-lock.json, not counted (about the size of the lock's entries). */
  | { kind: "npm-hidden-lockfile" }
  /** COPY --from brings files whose size the source stage only approximates. */
  | { kind: "stage-approximate"; stage: StageName };

/** One thing a layer holds, for its bar label and for what stays behind. */
export type LayerPart =
  /** A catalog package set (`g++, make and cmake`). */
  | { kind: "packages"; label: string }
  /** Packages sized from the data: the names asked for, and how many packages the install adds in all. */
  | { kind: "package-install"; manager: "apt" | "apk"; names: string[]; added: number }
  /** `npm ci` of a lock file: how many packages it installs. */
  | { kind: "npm-install"; command: string; packages: number }
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
  /** node_modules of a lock file whose packages are sized. */
  | { kind: "npm-packages"; packages: number }
  /** A Python virtual environment made by `python -m venv`. */
  | { kind: "venv" }
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
