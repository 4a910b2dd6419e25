/**
 * The course's own figures for packages and build outputs: the `g++ make cmake` toolchain
 * layer derived from the course's measured image sizes, and the CMake build of its hello
 * world measured in our sandbox. Every other package is sized from the generated data
 * (data/*.json: Debian's Installed-Size, Alpine's installed sizes, npm's unpacked sizes) or
 * is unknown.
 */
import {
  COURSE_ALPINE_LATEST_BYTES,
  COURSE_BUILD_DIR_BYTES,
  COURSE_BUILD_FILES,
  COURSE_PROJECT_FILES_BYTES,
  COURSE_SINGLE_STAGE_BYTES,
  COURSE_SOURCE,
  COURSE_TOOLCHAIN_BYTES,
  GO_BINARIES,
  GO_SANDBOX_MEASUREMENT,
  PROJECT_SOURCE,
  SANDBOX_MEASUREMENT,
} from "./course";
import type { CatalogBuildOutput, CatalogPackageSet } from "./types";

export const PACKAGES: readonly CatalogPackageSet[] = [
  {
    id: "apk:cmake g++ make:course",
    manager: "apk",
    packages: ["cmake", "g++", "make"],
    // Assumption, not read in a source: Alpine's g++ depends on libstdc++-dev, which
    // brings libstdc++ and libgcc, so asking for them as well adds nothing.
    covers: ["cmake", "g++", "libgcc", "libstdc++", "make"],
    label: "g++, make and cmake",
    version: "the versions alpine:latest resolved when the course measured (not published)",
    bytes: COURSE_TOOLCHAIN_BYTES,
    kind: "on-disk",
    approximate: false,
    sources: [COURSE_SOURCE, PROJECT_SOURCE, SANDBOX_MEASUREMENT],
    derivation:
      `The course's single-stage image (${COURSE_SINGLE_STAGE_BYTES} B, printed 303MB) minus alpine:latest as the course pulled it (${COURSE_ALPINE_LATEST_BYTES} B, itself derived from 8.34MB), ` +
      `minus the project files COPY . . sends (${COURSE_PROJECT_FILES_BYTES} B), minus the build directory RUN cmake && make writes (${COURSE_BUILD_DIR_BYTES} B, measured in our sandbox, not on Alpine): ` +
      `${COURSE_TOOLCHAIN_BYTES} B. Docker's 3-digit rounding of 303MB alone leaves +/- 500,000 B of uncertainty. Installed with --no-cache, so no apk index cache is counted.`,
  },
];

export const BUILD_OUTPUTS: readonly CatalogBuildOutput[] = [
  {
    id: "build:cmake:hello",
    system: "cmake",
    executables: ["hello"],
    sourceFiles: ["hello.cpp"],
    module: null,
    tags: [],
    files: COURSE_BUILD_FILES.slice(),
    version: "lessons/why-multi-stage/project with CMake 3.25.1 and g++ 12.2.0",
    bytes: COURSE_BUILD_DIR_BYTES,
    kind: "on-disk",
    approximate: false,
    sources: [SANDBOX_MEASUREMENT],
    derivation:
      "Sum of the 27 files the build writes, measured in our sandbox (Debian 12, glibc). An estimate for Alpine: musl's toolchain, Alpine's CMake version and the /app paths would change each file slightly.",
  },
  ...(
    [
      ["hello-server", "example.com/hello-server", ["timetzdata"], GO_BINARIES.helloServerTimetzdata],
      ["hello-server", "example.com/hello-server", [], GO_BINARIES.helloServer],
      ["hello", "example.com/hello", [], GO_BINARIES.hello],
    ] as const
  ).map(
    ([name, module, tags, bytes]): CatalogBuildOutput => ({
      id: `build:go:${module}${tags.length ? `:${tags.join(",")}` : ""}`,
      system: "go",
      executables: [],
      sourceFiles: ["main.go"],
      module,
      tags: [...tags],
      files: [{ path: "<binary>", bytes }],
      version: `${module} built with go1.19.8 for linux/amd64, CGO_ENABLED=0${tags.length ? `, -tags ${tags.join(",")}` : ""} (the Dockerfiles use Go 1.26)`,
      bytes,
      kind: "on-disk",
      approximate: false,
      sources: [GO_SANDBOX_MEASUREMENT],
      derivation: `The size of the ${name} binary as ls -l printed it after our sandbox build. An estimate for the Dockerfile's build: its Go 1.26 toolchain and standard library would change the size (Go binaries have grown from release to release).`,
    }),
  ),
];

/**
 * A rule of thumb for a Go program the data has not measured: a statically linked Go program
 * that serves HTTP is about the size of the course's minimal net/http server, measured in our
 * sandbox. Not a measurement of the program being built: said as approximate wherever it is used.
 */
export const GO_RULE_OF_THUMB: CatalogBuildOutput = {
  id: "build:go:rule-of-thumb",
  system: "go",
  executables: [],
  sourceFiles: [],
  module: null,
  tags: [],
  files: [{ path: "<binary>", bytes: GO_BINARIES.helloServer }],
  version: "rule of thumb: example.com/hello-server (net/http, standard library only) built with go1.19.8 for linux/amd64, CGO_ENABLED=0",
  bytes: GO_BINARIES.helloServer,
  kind: "on-disk",
  approximate: true,
  sources: [GO_SANDBOX_MEASUREMENT],
  derivation:
    "A rule of thumb, not a measurement of this program: the size of the course's minimal net/http server binary (lessons/smallest-runtimes/project) as ls -l printed it after our sandbox build, 6,469,790 B. A program with more packages is larger; -ldflags \"-s -w\" (no symbol table or debug information) makes one smaller; another Go release changes the size.",
};
