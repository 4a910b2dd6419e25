import { describe, expect, it } from "vitest";
import type { LayerPart, LeftBehind, LeftBehindItem, SizeReason, StageName, TreeNote } from "../dockerfile/simulate";
import {
  asSentence,
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
  "not-in-catalog": [
    [{ kind: "not-in-catalog", what: "apk package", name: "curl" }, "size unknown: apk package curl not in the catalog"],
    [{ kind: "not-in-catalog", what: "apt package", name: "git" }, "size unknown: apt package git not in the catalog"],
  ],
  "image-not-in-catalog": [
    [{ kind: "image-not-in-catalog", image: "python:3.12-slim", similar: ["python:3.12-trixie"] }, "size unknown: image python:3.12-slim is not in the catalog; the catalog has python:3.12-trixie"],
    [{ kind: "image-not-in-catalog", image: "nope:1", similar: [] }, "size unknown: image nope:1 is not in the catalog"],
    [{ kind: "image-not-in-catalog", image: "", similar: [] }, "size unknown: image (blank) is not in the catalog"],
  ],
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
