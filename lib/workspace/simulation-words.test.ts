import { describe, expect, it } from "vitest";
import type { BaseResolution, LayerApproximation, LayerPart, LeftBehind, LeftBehindItem, SizeReason, StageName, TreeNote } from "../dockerfile/simulate";
import { baseImageFacts } from "../dockerfile/catalog";
import {
  approximationText,
  asSentence,
  baseFactsLines,
  baseFactsSource,
  confidenceText,
  figureWords,
  resolutionText,
  unknownPartsSummary,
  graphBaseText,
  graphSublabel,
  layerPartText,
  layerWhatText,
  leftBehindText,
  logsNoticeText,
  segmentLegend,
  sizeReasonsText,
  sizeReasonText,
  skipReasonText,
  stagePhrase,
  treeNoteText,
  treeOriginText,
  unknownSizeLabel,
} from "./simulation-words";

const build: StageName = { label: "build", named: true };
const unnamed: StageName = { label: "stage-0", named: false };

/** One case per kind: the compiler fails this file when a kind is added without its sentence. */
type Cases<U extends { kind: string }> = { [K in U["kind"]]: [Extract<U, { kind: K }>, string][] };

const REASONS: Cases<SizeReason> = {
  "image-partly-sized": [
    [
      { kind: "image-partly-sized", image: "gcr.io/distroless/nodejs22-debian13", missing: ["Node.js 22 from nodejs.org (@nodejs22_amd64, under /nodejs)"] },
      "part of gcr.io/distroless/nodejs22-debian13 has no size in the data: Node.js 22 from nodejs.org (@nodejs22_amd64, under /nodejs)",
    ],
  ],
  "not-in-catalog": [
    [{ kind: "not-in-catalog", what: "apk package", name: "curl" }, "size unknown: apk package curl not in the catalog"],
    [{ kind: "not-in-catalog", what: "apt package", name: "git" }, "size unknown: apt package git not in the catalog"],
    [{ kind: "not-in-catalog", what: "npm package", name: "@angular/cli@13" }, "size unknown: npm package @angular/cli@13 not in the catalog"],
  ],
  "image-unknown": [
    [{ kind: "image-unknown", image: "nope:1", note: { kind: "not-in-data", similar: [] } }, "size unknown: image nope:1 is not in the data"],
    [{ kind: "image-unknown", image: "", note: null }, "size unknown: image (blank) is not in the data"],
    [
      { kind: "image-unknown", image: "node:14-alpine", note: { kind: "no-same-variant", similar: ["node:22", "node:22-alpine", "node:24", "node:24-alpine", "node:26", "node:lts"] } },
      "size unknown: the data has no tag of node with the same version and variant (it has node:22, node:22-alpine, node:24, node:24-alpine and 2 more)",
    ],
    [{ kind: "image-unknown", image: "gcr.io/distroless/cc-debian13", note: { kind: "publisher-no-size", publisher: "GoogleContainerTools/distroless" } }, "size unknown: GoogleContainerTools/distroless describes gcr.io/distroless/cc-debian13 but states no size for it"],
    [{ kind: "image-unknown", image: "nginx:1.30", note: { kind: "no-on-disk", compressed: 66_084_169 } }, "size unknown: repo-info gives nginx:1.30 only its compressed size (66.1MB), not its size on disk"],
  ],
  "apt-base-unknown": [[{ kind: "apt-base-unknown", image: "tiangolo/x:1" }, "size unknown: what apt-get adds depends on the packages tiangolo/x:1 already has, which the data does not know"]],
  "apk-dependencies": [
    [{ kind: "apk-dependencies", names: ["git"] }, "what git pulls in is unknown: the image lists give apk packages' own sizes, not their dependencies"],
    [{ kind: "apk-dependencies", names: ["git", "bash"] }, "what git and bash pull in is unknown: the image lists give apk packages' own sizes, not their dependencies"],
  ],
  venv: [[{ kind: "venv" }, "size unknown: what `python -m venv` puts in the environment (pip and its scripts) is not in the data"]],
  "npm-unsized": [[{ kind: "npm-unsized", specs: ["a@1.0.0"] }, "size unknown: the npm registry gives no size for a@1.0.0"]],
  "parent-lower-bound": [
    [{ kind: "parent-lower-bound", stage: build }, "stage build has unknown sizes: its total is a lower bound"],
    [{ kind: "parent-lower-bound", stage: unnamed }, "stage-0 has unknown sizes: its total is a lower bound"],
  ],
  "package-index": [
    [{ kind: "package-index", manager: "apk" }, "size unknown: apk update stores the package index (not in the catalog)"],
    [{ kind: "package-index", manager: "apt" }, "size unknown: apt-get update downloads package lists (not in the catalog)"],
  ],
  "project-dependencies": [[{ kind: "project-dependencies" }, "size unknown: depends on your project's dependencies"]],
  "project-output": [
    [{ kind: "project-output", by: null }, "size unknown: depends on your project"],
    [{ kind: "project-output", by: "cmake-build" }, "size unknown: depends on your project (what CMake and make write)"],
    [{ kind: "project-output", by: "cmake-configure" }, "size unknown: depends on your project (what CMake writes)"],
  ],
  "written-file": [
    [{ kind: "written-file", by: "echo" }, "size unknown: a file written by echo"],
    [{ kind: "written-file", by: "redirect" }, "size unknown: a file written by a redirect"],
  ],
  download: [
    [{ kind: "download", program: "curl" }, "size unknown: curl downloads at build time"],
    [{ kind: "download", program: null }, "size unknown: ADD downloads it at build time"],
  ],
  "copy-inside-image": [[{ kind: "copy-inside-image", program: "cp" }, "size unknown: cp copies files inside the image"]],
  "unknown-command": [[{ kind: "unknown-command", program: "frobnicate" }, "size unknown: the model does not know what `frobnicate` writes"]],
  "context-not-given": [[{ kind: "context-not-given" }, "depends on your project"]],
  "not-in-context": [[{ kind: "not-in-context", path: "src/" }, "`src/` is not in the build context: docker build would fail here"]],
  "unsized-stage-file": [[{ kind: "unsized-stage-file", stage: build }, "size unknown: a file stage build writes that the model cannot size"]],
  "partly-known-dir": [[{ kind: "partly-known-dir", stage: unnamed, path: "/app" }, "size unknown: what stage-0 has in /app is only partly known"]],
  "made-by-unsized-step": [[{ kind: "made-by-unsized-step", stage: build, path: "/out/app" }, "size unknown: /out/app is made in stage build by a step the model cannot size"]],
  "base-image-file": [
    [{ kind: "base-image-file", stage: build, path: "/usr/bin/curl", image: "alpine" }, "size unknown: /usr/bin/curl comes from the base image alpine, whose files the catalog does not list"],
  ],
  "maybe-missing-in-stage": [[{ kind: "maybe-missing-in-stage", stage: build, path: "/nope" }, "size unknown: the model cannot tell whether stage build has /nope"]],
  "later-stage": [[{ kind: "later-stage", stage: "Later" }, "size unknown: stage Later is defined after this one"]],
  "image-files": [[{ kind: "image-files", image: "nginx:latest" }, "size unknown: files from image nginx:latest are not in the catalog"]],
};

const PARTS: Cases<LayerPart> = {
  packages: [[{ kind: "packages", label: "g++, make and cmake" }, "g++, make and cmake"]],
  "package-install": [
    [{ kind: "package-install", manager: "apt", names: ["curl", "git"], added: 23 }, "curl and git (apt, 23 packages with dependencies)"],
    [{ kind: "package-install", manager: "apk", names: ["git"], added: 1 }, "git (apk)"],
  ],
  "npm-install": [
    [{ kind: "npm-install", command: "npm ci", packages: 1 }, "npm ci: 1 package from package-lock.json"],
    [{ kind: "npm-install", command: "npm install", packages: 0 }, "npm install: 0 packages from package-lock.json"],
  ],
  package: [[{ kind: "package", name: "curl" }, "curl"]],
  command: [[{ kind: "command", text: "npm ci" }, "npm ci"]],
  "tool-output": [[{ kind: "tool-output", program: "g++" }, "g++ output"]],
  download: [[{ kind: "download", program: "wget" }, "wget download"]],
  "cmake-build": [
    [{ kind: "cmake-build", executables: ["hello"] }, "the CMake build of hello"],
    [{ kind: "cmake-build", executables: ["a", "b"] }, "the CMake build of a and b"],
    [{ kind: "cmake-build", executables: [] }, "the CMake build"],
  ],
  "context-files": [
    [{ kind: "context-files", count: null }, "files from the build context"],
    [{ kind: "context-files", count: 1 }, "1 file from the build context"],
    [{ kind: "context-files", count: 3 }, "3 files from the build context"],
  ],
  "stage-files": [
    [{ kind: "stage-files", paths: ["/app/build/hello"], stage: build }, "/app/build/hello from stage build"],
    [{ kind: "stage-files", paths: ["/a", "/b"], stage: unnamed }, "/a and /b from stage-0"],
  ],
  "later-stage": [[{ kind: "later-stage", stage: "later" }, "from stage later"]],
  "image-files": [[{ kind: "image-files", image: "nginx" }, "files from image nginx"]],
  "add-download": [[{ kind: "add-download" }, "a download"]],
  "nothing-copied": [[{ kind: "nothing-copied" }, "nothing copied"]],
  workdir: [[{ kind: "workdir", path: "/app" }, "working directory /app"]],
  metadata: [[{ kind: "metadata" }, "metadata only"]],
  "unknown-instruction": [[{ kind: "unknown-instruction" }, "not an instruction Docker knows"]],
};

const NOTES: Cases<TreeNote> = {
  "npm-packages": [[{ kind: "npm-packages", packages: 2 }, "2 packages from package-lock.json"]],
  venv: [[{ kind: "venv" }, "Python virtual environment (contents unknown)"]],
  "base-folders": [[{ kind: "base-folders", image: "alpine:latest", source: "repo-info" }, "Base image alpine:latest (repo-info)"]],
  "context-not-given": [[{ kind: "context-not-given" }, "files from the build context (not given)"]],
  dependencies: [[{ kind: "dependencies" }, "dependencies (contents unknown)"]],
  "build-directory": [[{ kind: "build-directory", stage: build }, "build directory from stage build (contents estimated)"]],
  "cmake-files": [[{ kind: "cmake-files" }, "CMake's object files and scratch (contents estimated)"]],
  "cmake-configuration": [[{ kind: "cmake-configuration" }, "CMake configuration (contents estimated)"]],
  "stage-directory": [
    [{ kind: "stage-directory", stage: build }, "directory from stage build (contents estimated)"],
    [{ kind: "stage-directory", stage: unnamed }, "directory from stage-0 (contents estimated)"],
  ],
  "stage-file-estimated": [[{ kind: "stage-file-estimated", stage: build }, "from stage build (contents estimated)"]],
  "stage-base-image-file": [[{ kind: "stage-base-image-file", stage: build, image: "alpine" }, "from the base image alpine of stage build"]],
  "maybe-missing-in-stage": [[{ kind: "maybe-missing-in-stage", stage: unnamed }, "not known to exist in stage-0"]],
  "later-stage": [[{ kind: "later-stage" }, "from a stage defined later"]],
  image: [[{ kind: "image", image: "nginx" }, "from image nginx"]],
  downloaded: [[{ kind: "downloaded" }, "downloaded at build time"]],
};

const APPROXIMATIONS: Cases<LayerApproximation> = {
  "course-toolchain": [[{ kind: "course-toolchain" }, "approximate: the course measured this layer on its alpine:latest of 2025, not on this image"]],
  "sandbox-build": [[{ kind: "sandbox-build" }, "approximate: measured in our sandbox (Debian, glibc), not on this image"]],
  "sandbox-go-build": [[{ kind: "sandbox-go-build" }, "approximate: built in our sandbox with Go 1.19, not with the Dockerfile's Go"]],
  "go-rule-of-thumb": [[{ kind: "go-rule-of-thumb" }, "approximate: a rule of thumb, not this program's size: a Go program serving HTTP is about the size of the course's minimal net/http server (6.47MB, built in our sandbox with Go 1.19)"]],
  "debian-other-suite": [
    [{ kind: "debian-other-suite", suite: "trixie", release: "noble" }, "approximate: Debian trixie figures, for an image on Ubuntu noble"],
    [{ kind: "debian-other-suite", suite: "bookworm", release: "buster" }, "approximate: Debian bookworm figures, for an image on Debian buster"],
    [{ kind: "debian-other-suite", suite: "trixie", release: null }, "approximate: Debian trixie figures, for an image on a release the data does not name"],
  ],
  "debian-base-partial": [[{ kind: "debian-base-partial" }, "approximate: the base image's package list was only partly read, so some packages counted may be there already"]],
  "debian-base-other": [[{ kind: "debian-base-other", from: "python:3.12-slim-trixie" }, "approximate: the image's own package list was not read, so python:3.12-slim-trixie's (the same variant) stands for it"]],
  "debian-provider-choice": [[{ kind: "debian-provider-choice", virtual: "awk", chose: "mawk" }, "approximate: several packages provide awk; mawk was counted"]],
  "apk-other-release": [
    [{ kind: "apk-other-release", release: "3.23" }, "approximate: installed sizes read in another Alpine release's image than Alpine 3.23"],
    [{ kind: "apk-other-release", release: null }, "approximate: installed sizes read in another Alpine release's image than this one"],
  ],
  "npm-hidden-lockfile": [[{ kind: "npm-hidden-lockfile" }, "approximate: npm's own node_modules/.package-lock.json is not counted"]],
  "stage-approximate": [[{ kind: "stage-approximate", stage: build }, "approximate: stage build only approximates the size of what is copied"]],
};

const resolution = (over: Partial<BaseResolution>): BaseResolution => ({ by: "exact", name: "python:3.12-slim", entryRef: "python:3.12-slim", reportedAs: "python:3.12.13-slim-trixie", aliasBy: null, confidence: "sourced", note: null, created: "2026-07-14", ...over });

describe("how a base image was found, and why figures are approximate", () => {
  it("every resolution reads as English", () => {
    expect(resolutionText(resolution({}))).toBe("repo-info's report for python:3.12-slim (python:3.12.13-slim-trixie)");
    expect(resolutionText(resolution({ by: "alias", name: "python:3.12.14-slim-trixie", entryRef: "python:3.12-slim-trixie", reportedAs: "python:3.12.14-slim-trixie", aliasBy: "reportTitle" }))).toBe(
      "the same image as python:3.12-slim-trixie (python:3.12.14-slim-trixie) (repo-info's report read under it)",
    );
    expect(resolutionText(resolution({ by: "alias", name: "alpine:latest", entryRef: "alpine:3.24.2", reportedAs: "alpine:3.24.2", aliasBy: "amd64Digest" }))).toBe("the same image as alpine:3.24.2 (the same linux/amd64 digest)");
    expect(
      resolutionText(resolution({ by: "nearest", name: "python:3.10-alpine", entryRef: "python:3.12-alpine3.23", confidence: "approximate", note: { kind: "nearest", from: "python:3.12-alpine3.23", reportedAs: "python:3.12.14-alpine3.23", differs: ["version"] } })),
    ).toBe("approximate: estimated from python:3.12-alpine3.23 (python:3.12.14-alpine3.23), the nearest tag of the same image and variant (another version)");
    expect(resolutionText(resolution({ by: "course", name: "alpine:latest" }))).toBe("the course's own measurement (2025), used for the course's projects");
    expect(resolutionText(resolution({ by: "scratch", name: "scratch" }))).toBe("scratch is empty: 0 B");
    expect(resolutionText(resolution({ by: "publisher", name: "gcr.io/distroless/static-debian13:latest", note: { kind: "stated-loosely", printed: "around 2 MiB" } }))).toBe(
      'approximate: the publisher states "around 2 MiB", without saying compressed or on disk',
    );
    expect(resolutionText(resolution({ note: { kind: "digest-unknown", digest: "sha256:0", from: "alpine:3.23.6" } }))).toBe("approximate: the digest is not in the data; estimated from alpine:3.23.6");
    expect(
      resolutionText(
        resolution({ by: "publisher", name: "mcr.microsoft.com/dotnet/runtime:7.0", entryRef: null, reportedAs: null, note: { kind: "built-on", chain: ["mcr.microsoft.com/dotnet/runtime-deps:7.0.20-bullseye-slim-amd64", "debian:bullseye-slim"], sizedFrom: "debian:bullseye-slim", sizedNote: { kind: "nearest", from: "debian:stable-slim", reportedAs: null, differs: ["release"] } } }),
      ),
    ).toBe(
      "approximate: built FROM mcr.microsoft.com/dotnet/runtime-deps:7.0.20-bullseye-slim-amd64, FROM debian:bullseye-slim, as the publishers' Dockerfiles say; counted as debian:bullseye-slim's size (estimated from debian:stable-slim, the nearest tag of the same image and variant), without what the Dockerfiles add",
    );
    const estimated = { kind: "estimated-from-packages", publisher: "GoogleContainerTools/distroless", suite: "trixie", packages: 13, missing: [] as string[] } as const;
    expect(resolutionText(resolution({ by: "publisher", name: "gcr.io/distroless/cc-debian13:latest", entryRef: "gcr.io/distroless/cc-debian13:latest", reportedAs: null, note: estimated }))).toBe(
      "approximate: estimated from the 13 Debian packages GoogleContainerTools/distroless lists for gcr.io/distroless/cc-debian13:latest (their Debian trixie Installed-Size, summed)",
    );
    expect(
      resolutionText(resolution({ by: "alias", aliasBy: "publisherDefault", name: "gcr.io/distroless/nodejs22:latest", entryRef: "gcr.io/distroless/nodejs22-debian13:latest", reportedAs: null, note: { ...estimated, missing: ["Node.js 22 from nodejs.org"] } })),
    ).toBe(
      "approximate: gcr.io/distroless/nodejs22:latest selects gcr.io/distroless/nodejs22-debian13:latest, as GoogleContainerTools/distroless's README says; estimated from the 13 Debian packages GoogleContainerTools/distroless lists for gcr.io/distroless/nodejs22-debian13:latest (their Debian trixie Installed-Size, summed), without Node.js 22 from nodejs.org",
    );
  });

  for (const [kind, cases] of Object.entries(APPROXIMATIONS)) {
    it(kind, () => {
      for (const [a, text] of cases) expect(approximationText(a)).toBe(text);
    });
  }

  it("unknown parts collapse into one line; the badge says how far to trust the total", () => {
    expect(unknownPartsSummary(1)).toBe("1 part unknown — why?");
    expect(unknownPartsSummary(3)).toBe("3 parts unknown — why?");
    expect(confidenceText("sourced", 0)).toBe("estimated from first-hand figures");
    expect(confidenceText("approximate", 0)).toBe("approximate estimate");
    expect(confidenceText("approximate", 2)).toBe("at least: 2 parts unknown");
    expect(confidenceText("unknown", 1)).toBe("no estimate");
  });
});

describe("the base image's contents", () => {
  it("python:3.12-slim-trixie: every fact in words (USER unknown: the remote report read describes another build)", () => {
    const f = baseImageFacts("python:3.12-slim-trixie");
    expect(baseFactsLines(f)).toEqual([
      { label: "C library", value: "glibc" },
      { label: "/bin/sh", value: "yes (dash)" },
      { label: "CA certificates", value: "yes" },
      { label: "Time zones (tzdata)", value: "yes" },
      { label: "libstdc++", value: "yes" },
      { label: "Starts with", value: 'CMD ["python3"]' },
      { label: "Runs as", value: "unknown" },
      { label: "Package manager", value: "apt" },
    ]);
    expect(baseFactsLines(baseImageFacts("alpine:3.24")).find((l) => l.label === "Runs as")?.value).toBe("root (no USER set)");
    expect(baseFactsSource(f)).toBe("What python:3.12-slim-trixie holds, from its full package list.");
  });

  it("scratch, an unknown image, a nearest tag, distroless", () => {
    expect(baseFactsLines(baseImageFacts("scratch")).find((l) => l.label === "/bin/sh")?.value).toBe("none (no shell: RUN and the shell form of CMD cannot work)");
    expect(baseFactsLines(baseImageFacts("scratch")).find((l) => l.label === "Starts with")?.value).toBe("no ENTRYPOINT or CMD");
    const unknown = baseImageFacts("example.com/x:1");
    expect(baseFactsLines(unknown).every((l) => l.value === "unknown")).toBe(true);
    expect(baseFactsSource(unknown)).toBe("The data does not describe example.com/x:1: everything about it is unknown.");
    expect(baseFactsSource(baseImageFacts("python:3.10-alpine"))).toBe("What python:3.10-alpine holds (approximate: read for python:3.12-alpine3.23, not python:3.10-alpine), from its full package list.");
    const distroless = baseFactsLines(baseImageFacts("gcr.io/distroless/static-debian13:debug-nonroot"));
    expect(distroless.find((l) => l.label === "/bin/sh")?.value).toBe("none at /bin/sh (busybox's sh at /busybox/sh)");
    expect(distroless.find((l) => l.label === "Runs as")?.value).toBe("65532");
    expect(distroless.find((l) => l.label === "Starts with")?.value).toBe('ENTRYPOINT ["/busybox/sh"], CMD unknown');
  });
});

describe("where the figures come from", () => {
  it("an image, an apt closure, apk packages and a lock file, in words", () => {
    const image = figureWords({ kind: "image", id: "image:python:3.12-slim", resolution: resolution({}), bytes: 119_200_000, printed: "~ 119.2 Mb", sizeKind: "on-disk", sources: [] });
    expect(image).toEqual({
      name: "python:3.12-slim",
      version: "python:3.12.13-slim-trixie",
      derivation: "Repo-info's report for python:3.12-slim (python:3.12.13-slim-trixie). ~ 119.2 Mb as the source prints it, read as 119,200,000 B. Image created 2026-07-14.",
    });
    const apt = figureWords({
      kind: "apt",
      id: "apt:x",
      suite: "trixie",
      release: "noble",
      requested: ["git"],
      counted: [
        { name: "git", version: "1:2.47.3-0+deb13u1", kib: 100 },
        { name: "less", version: "668-1", kib: 50 },
      ],
      inBase: 3,
      bytes: 150 * 1024,
      recommends: false,
      archives: [],
      read: "2026-12-01",
      approximations: [{ kind: "debian-other-suite", suite: "trixie", release: "noble" }],
    });
    expect(apt.name).toBe("git (apt, Debian trixie)");
    expect(apt.version).toBe("2 packages: git 1:2.47.3-0+deb13u1, less 668-1");
    expect(apt.derivation).toBe(
      "Installed-Size of the 2 packages apt-get install adds (--no-install-recommends), summed: 150 KiB = 153,600 B; 3 packages the image already has count 0. Installed-Size is Debian's own estimate of the unpacked size. Approximate: Debian trixie figures, for an image on Ubuntu noble.",
    );
    const npm = figureWords({ kind: "npm", id: "npm:x", lockFile: "/app/package-lock.json", packages: [{ spec: "ms@2.1.3", bytes: 6721, via: "npm pack --dry-run" }], bytes: 6721, omitted: 0, registry: "npm registry", read: "2026-12-01" });
    expect(npm.derivation).toBe(
      "Unpacked sizes from the npm registry, read 2026-12-01, summed; ms@2.1.3 published without one, sized from their tarballs' files (npm pack --dry-run). Approximate: npm's own node_modules/.package-lock.json is not counted.",
    );
  });
});

describe("size reasons", () => {
  for (const [kind, cases] of Object.entries(REASONS)) {
    it(kind, () => {
      for (const [reason, text] of cases) expect(sizeReasonText(reason)).toBe(text);
    });
  }

  it("a layer's reasons are joined in one line; none is null", () => {
    expect(sizeReasonsText([])).toBeNull();
    expect(sizeReasonsText([{ kind: "not-in-catalog", what: "apk package", name: "curl" }, { kind: "project-output", by: null }])).toBe(
      "size unknown: apk package curl not in the catalog; size unknown: depends on your project",
    );
  });

  it("the legend says `depends on your project` for the project's own files and build, `size unknown` otherwise", () => {
    expect(unknownSizeLabel([{ kind: "context-not-given" }])).toBe("depends on your project");
    expect(unknownSizeLabel([{ kind: "project-output", by: "cmake-build" }])).toBe("depends on your project");
    expect(unknownSizeLabel([{ kind: "project-dependencies" }])).toBe("size unknown");
    expect(unknownSizeLabel([{ kind: "project-output", by: null }, { kind: "project-dependencies" }])).toBe("size unknown");
    expect(unknownSizeLabel([{ kind: "not-in-catalog", what: "apk package", name: "curl" }])).toBe("size unknown");
  });
});

describe("what a layer holds", () => {
  for (const [kind, cases] of Object.entries(PARTS)) {
    it(kind, () => {
      for (const [part, text] of cases) expect(layerPartText(part)).toBe(text);
    });
  }

  it("parts are joined with commas and `and`; none is `a command`", () => {
    expect(layerWhatText([{ kind: "packages", label: "g++, make and cmake" }, { kind: "package", name: "curl" }])).toBe("g++, make and cmake and curl");
    expect(layerWhatText([])).toBe("a command");
  });

  it("legends name base images and parent stages as code", () => {
    expect(segmentLegend({ kind: "base", label: "alpine:latest", parent: null })).toBe("base image `alpine:latest`");
    expect(segmentLegend({ kind: "parent", label: "stage build", parent: build })).toBe("everything in stage `build`");
    expect(segmentLegend({ kind: "parent", label: "stage-0", parent: unnamed })).toBe("everything in `stage-0`");
    expect(segmentLegend({ kind: "run", label: "curl", parent: null })).toBe("curl");
  });
});

describe("the file tree", () => {
  for (const [kind, cases] of Object.entries(NOTES)) {
    it(kind, () => {
      for (const [note, text] of cases) expect(treeNoteText(note)).toBe(text);
    });
  }

  it("origins name a named stage as `stage x` and an unnamed one by its label", () => {
    expect(treeOriginText({ origin: "stage", stage: unnamed, from: build, image: "build" })).toBe("from stage build");
    expect(treeOriginText({ origin: "context", stage: { label: "stage-1", named: false }, from: null, image: null })).toBe("from the build context (COPY in stage-1)");
    expect(treeOriginText({ origin: "run", stage: build, from: null, image: null })).toBe("made in stage build");
    expect(treeOriginText({ origin: "run", stage: null, from: null, image: null })).toBe("made in a stage");
    expect(treeOriginText({ origin: "image", stage: unnamed, from: null, image: "nginx:latest" })).toBe("from image nginx:latest");
    expect(treeOriginText({ origin: "base", stage: null, from: null, image: null })).toBe("base image");
  });
});

describe("what stays behind", () => {
  const left = (over: Partial<LeftBehind>): LeftBehind => ({ stage: 0, label: "build", stageName: build, bytes: 0, lowerBound: false, items: [], main: [], ...over });
  const tools: LeftBehindItem = { kind: "layer", line: 7, what: [{ kind: "packages", label: "g++, make and cmake" }], bytes: 294_534_513, sizeKnown: true };

  it("a known size: `the ~295MB of ...`", () => {
    const l = left({ bytes: 294_534_513 + 141_137 + 310, items: [tools], main: [tools] });
    expect(leftBehindText(l)).toBe("the ~295MB of g++, make and cmake in stage `build` never reach the image");
    expect(asSentence(leftBehindText(l))).toBe("The ~295MB of g++, make and cmake in stage `build` never reach the image.");
  });

  it("a lower bound: `at least ...`, never `the at least`", () => {
    const curl: LeftBehindItem = { kind: "layer", line: 2, what: [{ kind: "package", name: "curl" }], bytes: 0, sizeKnown: false };
    const base: LeftBehindItem = { kind: "base-image", ref: "alpine:3.23", bytes: 8_420_000 };
    const l = left({ stageName: unnamed, bytes: 8_420_000, lowerBound: true, items: [base, curl], main: [base, curl] });
    expect(leftBehindText(l)).toBe("at least 8.42MB of alpine:3.23 and curl in `stage-0` never reach the image");
  });

  it("nothing known but something unknown: no `at least 0B`", () => {
    const node: LeftBehindItem = { kind: "base-image", ref: "node:20-alpine", bytes: null };
    const text = leftBehindText(left({ stageName: { label: "base", named: true }, lowerBound: true, items: [node], main: [node] }));
    expect(text).toBe("the files of node:20-alpine in stage `base` never reach the image; their size is unknown");
    expect(text).not.toMatch(/0B|at least/);
    expect(leftBehindText(left({ lowerBound: true }))).toBe("the layers of stage `build` never reach the image; their size is unknown");
  });

  it("nothing left behind that takes space, and many small layers", () => {
    expect(leftBehindText(left({}))).toBe("stage `build` is built, but what it leaves behind takes no space");
    expect(leftBehindText(left({ bytes: 5_000_000 }))).toBe("the ~5MB of layers in stage `build` never reach the image");
  });
});

describe("the logs' notice and the stage graph", () => {
  it("the notice: a headline, the detail, and one text starting `Simulated`", () => {
    const n = logsNoticeText({ kind: "simulated", sizes: "catalog-estimates", ids: "hash-of-dockerfile", times: "omitted" });
    expect(n.headline).toBe("Simulated — no Docker engine ran this build.");
    expect(n.detail).toBe("Sizes are estimates from the catalog's sources; ids are fake, derived from a hash of the Dockerfile; times are omitted.");
    expect(n.text).toBe(`Simulated: no Docker engine ran. ${n.detail}`);
  });

  it("graph bases and skip reasons", () => {
    expect(graphSublabel({ kind: "stage", stage: build })).toBe("FROM stage build");
    expect(graphSublabel({ kind: "stage", stage: unnamed })).toBe("FROM stage-0");
    expect(graphSublabel({ kind: "image", ref: "alpine:latest" })).toBe("alpine:latest");
    expect(graphSublabel(null)).toBe("image, pulled");
    expect(graphBaseText({ kind: "stage", stage: build })).toBe("stage build");
    expect(graphBaseText({ kind: "image", ref: "alpine:latest" })).toBe("alpine:latest");
    expect(skipReasonText({ kind: "legacy-only", target: "c" })).toBe("Target c does not need it: BuildKit skips it; the legacy builder still runs it.");
    expect(skipReasonText({ kind: "after-target", target: "a" })).toBe("Target a does not need it, and it comes after the target: neither builder runs it.");
    expect(skipReasonText({ kind: "image-unused" })).toBe("Only stages the target does not need use it: BuildKit does not pull it.");
  });

  it("stage phrases", () => {
    expect(stagePhrase(build)).toBe("stage build");
    expect(stagePhrase(build, true)).toBe("stage `build`");
    expect(stagePhrase(unnamed, true)).toBe("`stage-0`");
  });
});
