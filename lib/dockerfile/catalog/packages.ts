/**
 * Package and toolchain sizes. Only what a source sizes is here: `apk add g++` alone,
 * `build-base`, every apt package, `npm ci`, `pip install` and `go mod download` are
 * absent, and the simulator says "size unknown" for them.
 */
import {
  COURSE_ALPINE_LATEST_BYTES,
  COURSE_BUILD_DIR_BYTES,
  COURSE_BUILD_FILES,
  COURSE_PROJECT_FILES_BYTES,
  COURSE_SINGLE_STAGE_BYTES,
  COURSE_SOURCE,
  COURSE_TOOLCHAIN_BYTES,
  PROJECT_SOURCE,
  SANDBOX_MEASUREMENT,
} from "./course";
import type { CatalogBuildOutput, CatalogPackageSet } from "./types";

const KiB = 1024;

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
  {
    id: "apk:libstdc++:3.24",
    manager: "apk",
    packages: ["libstdc++"],
    // Assumption: libstdc++ depends on libgcc only (libgcc_s.so.1); musl is already in alpine.
    covers: ["libgcc", "libstdc++"],
    label: "libstdc++",
    version: "libstdc++-15.2.0-r5 and libgcc-15.2.0-r5 (Alpine 3.24.2 packages)",
    bytes: (2738 + 169) * KiB,
    kind: "on-disk",
    approximate: false,
    sources: [
      {
        document: "docker-library/repo-info repos/node/local/24-alpine.md",
        locator: "apk package libstdc++ installed size 2738 KiB; apk package libgcc installed size 169 KiB; commit 680e90cf33798bbbf2010b0100255d091c02fcc0",
        date: "2026-09-17",
        firstHand: true,
      },
    ],
    derivation:
      "apk's installed sizes of libstdc++ (2738 KiB) and of libgcc (169 KiB), which it pulls in, summed: 2907 KiB = 2,976,768 B. Installed size counts file contents, not file-system overhead; read from Alpine 3.24 packages (node:24-alpine), not 3.23.",
  },
  {
    id: "apk:libgcc:3.24",
    manager: "apk",
    packages: ["libgcc"],
    covers: ["libgcc"],
    label: "libgcc",
    version: "libgcc-15.2.0-r5 (Alpine 3.24.2)",
    bytes: 169 * KiB,
    kind: "on-disk",
    approximate: false,
    sources: [
      {
        document: "docker-library/repo-info repos/node/local/24-alpine.md",
        locator: "apk package libgcc installed size 169 KiB; commit 680e90cf33798bbbf2010b0100255d091c02fcc0",
        date: "2026-09-17",
        firstHand: true,
      },
    ],
    derivation: "169 KiB as apk reports it = 173,056 B.",
  },
  {
    id: "apk:ca-certificates:3.23",
    manager: "apk",
    packages: ["ca-certificates"],
    // Assumption: its only dependency, ca-certificates-bundle, is already in alpine.
    covers: ["ca-certificates"],
    label: "ca-certificates",
    version: "ca-certificates-20260611-r0 (Alpine 3.23.5)",
    bytes: 207 * KiB,
    kind: "on-disk",
    approximate: false,
    sources: [
      {
        document: "docker-library/repo-info repos/golang/local/1.26-alpine3.23.md",
        locator: "apk package ca-certificates installed size 207 KiB; commit 165f4fa1a0b5a30420bb29d16907f1eb75efd8ea",
        date: "2026-08-13",
        firstHand: true,
      },
    ],
    derivation: "207 KiB as apk reports it = 211,968 B. alpine already ships ca-certificates-bundle (177 KiB), which this package does not add again.",
  },
];

export const BUILD_OUTPUTS: readonly CatalogBuildOutput[] = [
  {
    id: "build:cmake:hello",
    system: "cmake",
    executables: ["hello"],
    sourceFiles: ["hello.cpp"],
    files: COURSE_BUILD_FILES.slice(),
    version: "lessons/why-multi-stage/project with CMake 3.25.1 and g++ 12.2.0",
    bytes: COURSE_BUILD_DIR_BYTES,
    kind: "on-disk",
    approximate: false,
    sources: [SANDBOX_MEASUREMENT],
    derivation:
      "Sum of the 27 files the build writes, measured in our sandbox (Debian 12, glibc). An estimate for Alpine: musl's toolchain, Alpine's CMake version and the /app paths would change each file slightly.",
  },
];
