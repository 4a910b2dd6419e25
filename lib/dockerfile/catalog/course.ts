/**
 * The course's own measurements and the figures derived from them. The course published
 * only two totals (303MB single-stage, 8.34MB multi-stage, both from `docker image ls`);
 * the sizes of `alpine:latest` and of the `g++ make cmake` layer at the time are derived
 * from them here, step by step, so the derivation can be read and re-checked.
 *
 * Because the two derived figures come from the same totals the calibration test checks,
 * that test is a consistency check of the model, not an independent measurement. The
 * independent check is that the derived `alpine:latest` (8.32 MB) is within 1.2% of
 * repo-info's `alpine:3.23.6` (8.42 MB), measured years apart.
 */
import type { CatalogBuildFile, CatalogSource } from "./types";

/** FACTS.md, "The seed lesson": published sizes shown by `docker image ls`. */
export const COURSE_SOURCE: CatalogSource = {
  document: "docs/facts/course.md",
  locator: "The seed lesson: published sizes from that course, as shown by docker image ls",
  date: null,
  firstHand: false,
};

/** Our own measurement in this project's sandbox, on the date below. */
export const SANDBOX_MEASUREMENT: CatalogSource = {
  document: "lessons/why-multi-stage/project built in the Stagecraft sandbox (Debian 12, g++ 12.2.0, cmake 3.25.1, glibc, amd64)",
  locator: "mkdir -p build && cd build && cmake .. && make; sizes by find -printf %s",
  date: "2026-11-26",
  firstHand: true,
};

/** The lesson's project files as this repository holds them. */
export const PROJECT_SOURCE: CatalogSource = {
  document: "lessons/why-multi-stage/project/",
  locator: ".dockerignore (7 B), CMakeLists.txt (164 B), hello.cpp (139 B)",
  date: "2026-11-26",
  firstHand: true,
};

/** `hello-cmake` single-stage, as `docker image ls` printed it: 303MB (Docker's decimal MB, 3 significant digits). */
export const COURSE_SINGLE_STAGE_BYTES = 303_000_000;
/** `hello-cmake` multi-stage, as `docker image ls` printed it: 8.34MB. */
export const COURSE_MULTI_STAGE_BYTES = 8_340_000;

/**
 * The files `COPY . .` sends: the lesson project's three files, 310 B (`build/` is
 * excluded by its .dockerignore, which is itself copied).
 */
export const COURSE_PROJECT_FILES_BYTES = 7 + 164 + 139;

/**
 * Every file `mkdir -p build && cd build && cmake .. && make` writes for the course's
 * project, measured in our sandbox. NOT measured on Alpine: Alpine's musl toolchain and
 * the `/app` paths embedded in CMakeCache.txt would change each figure by a little.
 */
export const COURSE_BUILD_FILES: readonly CatalogBuildFile[] = [
  { path: "CMakeCache.txt", bytes: 12_274 },
  { path: "CMakeFiles/3.25.1/CMakeCXXCompiler.cmake", bytes: 5_439 },
  { path: "CMakeFiles/3.25.1/CMakeDetermineCompilerABI_CXX.bin", bytes: 16_048 },
  { path: "CMakeFiles/3.25.1/CMakeSystem.cmake", bytes: 394 },
  { path: "CMakeFiles/3.25.1/CompilerIdCXX/CMakeCXXCompilerId.cpp", bytes: 26_294 },
  { path: "CMakeFiles/3.25.1/CompilerIdCXX/a.out", bytes: 16_160 },
  { path: "CMakeFiles/CMakeDirectoryInformation.cmake", bytes: 598 },
  { path: "CMakeFiles/CMakeOutput.log", bytes: 23_595 },
  { path: "CMakeFiles/Makefile.cmake", bytes: 5_820 },
  { path: "CMakeFiles/Makefile2", bytes: 3_383 },
  { path: "CMakeFiles/TargetDirectories.txt", bytes: 121 },
  { path: "CMakeFiles/cmake.check_cache", bytes: 85 },
  { path: "CMakeFiles/hello.dir/DependInfo.cmake", bytes: 524 },
  { path: "CMakeFiles/hello.dir/build.make", bytes: 3_979 },
  { path: "CMakeFiles/hello.dir/cmake_clean.cmake", bytes: 274 },
  { path: "CMakeFiles/hello.dir/compiler_depend.make", bytes: 108 },
  { path: "CMakeFiles/hello.dir/compiler_depend.ts", bytes: 112 },
  { path: "CMakeFiles/hello.dir/depend.make", bytes: 89 },
  { path: "CMakeFiles/hello.dir/flags.make", bytes: 191 },
  { path: "CMakeFiles/hello.dir/hello.cpp.o", bytes: 1_416 },
  { path: "CMakeFiles/hello.dir/hello.cpp.o.d", bytes: 1_551 },
  { path: "CMakeFiles/hello.dir/link.txt", bytes: 56 },
  { path: "CMakeFiles/hello.dir/progress.make", bytes: 43 },
  { path: "CMakeFiles/progress.marks", bytes: 2 },
  { path: "Makefile", bytes: 5_029 },
  { path: "cmake_install.cmake", bytes: 1_592 },
  { path: "hello", bytes: 15_960 },
];

/** The `hello` executable alone: 15,960 B in the sandbox build (an estimate for Alpine's). */
export const COURSE_HELLO_BINARY_BYTES = 15_960;

/** All of the build directory: 141,137 B in 27 files. */
export const COURSE_BUILD_DIR_BYTES = COURSE_BUILD_FILES.reduce((s, f) => s + f.bytes, 0);

/**
 * `alpine:latest` as the course pulled it: the multi-stage image is alpine:latest plus the
 * copied `hello` binary (WORKDIR and CMD add no bytes), so 8.34MB - 15,960 B = 8,324,040 B.
 */
export const COURSE_ALPINE_LATEST_BYTES = COURSE_MULTI_STAGE_BYTES - COURSE_HELLO_BINARY_BYTES;

/**
 * The `RUN apk add --no-cache g++ make cmake` layer: the single-stage image minus
 * alpine:latest, the project files and the build directory:
 * 303,000,000 - 8,324,040 - 310 - 141,137 = 294,534,513 B.
 */
export const COURSE_TOOLCHAIN_BYTES = COURSE_SINGLE_STAGE_BYTES - COURSE_ALPINE_LATEST_BYTES - COURSE_PROJECT_FILES_BYTES - COURSE_BUILD_DIR_BYTES;

/** Our own Go builds of the course's Go projects, in this project's sandbox, on the date below. */
export const GO_SANDBOX_MEASUREMENT: CatalogSource = {
  document: "lessons/smallest-runtimes/project and lessons/cross-building/project built in the Stagecraft sandbox (go1.19.8 linux/amd64, Debian 12 golang-go)",
  locator: "CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build [-tags timetzdata] -o <binary> .; size by ls -l",
  date: "2026-12-01",
  firstHand: true,
};

/** hello-server (lessons/smallest-runtimes) with `-tags timetzdata`: 6,901,606 B; without: 6,469,790 B. hello (lessons/cross-building): 1,832,057 B. */
export const GO_BINARIES = {
  helloServerTimetzdata: 6_901_606,
  helloServer: 6_469_790,
  hello: 1_832_057,
} as const;
