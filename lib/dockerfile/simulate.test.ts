import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeDockerfile } from "./analysis/analyze";
import { parseDockerfile } from "./parser/parse";
import { logsNoticeText, leftBehindText, sizeReasonsText, sizeReasonText, treeNoteText } from "../workspace/simulation-words";
import { IMAGES_DATA } from "./catalog";
import { formatDockerSize, humanSize, simulateBuild as simulateDocument, simulationAnalysisOptions, type ContextFile, type FileTreeNode, type SimulateOptions, type TreeNote } from "./simulate";

/** Parses, analyses and simulates a text, as the workspace does. */
function simulateBuild(text: string, options: SimulateOptions = {}) {
  const parsed = parseDockerfile(text);
  return simulateDocument(parsed, analyzeDockerfile(parsed, simulationAnalysisOptions(options)), options);
}

const lesson = new URL("../../lessons/why-multi-stage/", import.meta.url);
const single = readFileSync(new URL("single.Dockerfile", lesson), "utf8");
const multi = readFileSync(new URL("multi.Dockerfile", lesson), "utf8");
const projectDir = new URL("project/", lesson);
const project: ContextFile[] = readdirSync(projectDir).map((f) => {
  const content = readFileSync(new URL(f, projectDir), "utf8");
  return { path: f, size: Buffer.byteLength(content), content };
});

// Docker's documentation example (FACTS-PATTERNS.md section 6, DD manuals/build/building/multi-stage.md).
const docsExample = `# syntax=docker/dockerfile:1
FROM ubuntu AS base
RUN echo "base"

FROM base AS stage1
RUN echo "stage1"

FROM base AS stage2
RUN echo "stage2"
`;

/** A tree note in the words the panels show. */
const noteText = (note: TreeNote | null | undefined) => (note ? treeNoteText(note) : note);

function find(tree: FileTreeNode, path: string): FileTreeNode | undefined {
  if (tree.path === path) return tree;
  for (const c of tree.children) {
    const hit = find(c, path);
    if (hit) return hit;
  }
  return undefined;
}

function within(actual: number, expected: number, tolerance: number): boolean {
  return Math.abs(actual - expected) / expected <= tolerance;
}

/** The lesson's build as the lesson page simulates it: its project and the course's calibration. */
const COURSE = { contextFiles: project, calibration: "course" } as const;

describe("calibration against the course's measured sizes (FACTS.md)", () => {
  it("lessons/why-multi-stage/single.Dockerfile estimates 303MB within 5%", () => {
    const r = simulateBuild(single, { ...COURSE, tag: "hello-cmake" });
    expect(r.image?.lowerBound).toBe(false);
    expect(within(r.image?.bytes ?? 0, 303_000_000, 0.05)).toBe(true);
    expect(r.image?.display).toBe("303MB");
    expect(r.imageLs?.line).toMatch(/^hello-cmake {3}latest {3}[0-9a-f]{12} {3}Less than a second ago {3}303MB$/);
  });

  it("lessons/why-multi-stage/multi.Dockerfile estimates 8.34MB within 5%", () => {
    const r = simulateBuild(multi, { ...COURSE, tag: "hello-cmake" });
    expect(r.image?.lowerBound).toBe(false);
    expect(within(r.image?.bytes ?? 0, 8_340_000, 0.05)).toBe(true);
    expect(r.image?.display).toBe("8.34MB");
    expect(r.image?.estimate).toBe(8_340_000);
    expect(r.imageLs?.size).toBe("8.34MB");
    // The hello binary's size is our sandbox's glibc build's: the image is approximate, with nothing missing.
    expect([r.image?.confidence, r.image?.missing]).toEqual(["approximate", []]);
  });

  it("outside the course's own projects alpine:latest is repo-info's (3.24.2, 8.42 Mb): the same Dockerfile estimates 8.44MB", () => {
    const r = simulateBuild(multi, { contextFiles: project });
    expect(r.image?.bytes).toBe(8_420_000 + 15_960);
    expect(r.image?.display).toBe("8.44MB");
    expect(within(r.image?.bytes ?? 0, 8_340_000, 0.05)).toBe(true);
    expect(r.figures.find((f) => f.kind === "image")).toMatchObject({ id: "image:alpine:3.24.2", resolution: { by: "alias", entryRef: "alpine:3.24.2", aliasBy: "amd64Digest" } });
    // The course's toolchain figure stays, said to be an approximation on another alpine.
    expect(r.stages[0]?.layers.find((l) => l.line === 7)?.approximations).toEqual([{ kind: "course-toolchain" }]);
  });

  it("the build stage's ~295MB of g++, make and cmake is left behind", () => {
    const r = simulateBuild(multi, COURSE);
    expect(r.leftBehind).toHaveLength(1);
    expect(r.leftBehind[0] && leftBehindText(r.leftBehind[0])).toBe("the ~295MB of g++, make and cmake in stage `build` never reach the image");
    expect(r.stages[0]?.inFinalImage).toBe(false);
    expect(r.stages[1]?.inFinalImage).toBe(true);
  });

  it("every layer of the lesson's Dockerfiles names its size or its reason", () => {
    const r = simulateBuild(multi, COURSE);
    const sizes = r.stages.flatMap((s) => s.layers.map((l) => [s.label, l.line, l.bytes]));
    expect(sizes).toEqual([
      ["build", 7, 294_534_513],
      ["build", 10, 0],
      ["build", 11, 310],
      ["build", 14, 141_137],
      ["stage-1", 22, 0],
      ["stage-1", 25, 15_960],
      ["stage-1", 28, 0],
    ]);
    expect(r.catalogIds).toEqual(["apk:cmake g++ make:course", "build:cmake:hello", "image:alpine:latest:course"]);
  });

  it("a static link is not the measured dynamic build: the binary's size is unknown, and says why", () => {
    const variants = [
      multi.replace("cmake .. && make", "cmake -DCMAKE_EXE_LINKER_FLAGS=-static .. && make"),
      multi.replace("cmake .. && make", "LDFLAGS=-static cmake .. && make"),
    ];
    for (const text of variants) {
      const r = simulateBuild(text, COURSE);
      const sizes = r.stages.flatMap((s) => s.layers.map((l) => [s.label, l.line, l.bytes]));
      expect(sizes, text).toEqual([
        ["build", 7, 294_534_513],
        ["build", 10, 0],
        ["build", 11, 310],
        ["build", 14, null],
        ["stage-1", 22, 0],
        ["stage-1", 25, null],
        ["stage-1", 28, 0],
      ]);
      expect(sizeReasonsText(r.stages[0]?.layers[3]?.reasons ?? [])).toBe(
        "size unknown: a static link (-static) of the project; the measured build is the dynamic one, and nobody measured the static binary",
      );
      expect(r.catalogIds).not.toContain("build:cmake:hello");
    }
    // g++ -static: no figure either.
    const gxx = simulateBuild("FROM alpine:latest\nRUN apk add --no-cache g++\nCOPY hello.cpp .\nRUN g++ -static -o hello hello.cpp\nFROM scratch\nCOPY --from=0 /hello /hello\n", COURSE);
    expect(gxx.stages[1]?.layers.map((l) => l.bytes)).toEqual([null]);
  });
});

describe("FROM <official image:tag> alone", () => {
  it("estimates that tag's on-disk size from the data, for every tag in the data and every alias", () => {
    const refs = [...IMAGES_DATA.images.filter((e) => e.onDisk).map((e) => [e.ref, e.onDisk?.bytes] as const)];
    for (const [alias, a] of Object.entries(IMAGES_DATA.aliases)) {
      const bytes = IMAGES_DATA.images.find((e) => e.ref === a.canonical)?.onDisk?.bytes;
      if (bytes !== undefined) refs.push([alias, bytes]);
    }
    for (const [ref, bytes] of refs) {
      const r = simulateBuild(`FROM ${ref}\n`);
      expect([r.image?.estimate, r.image?.confidence, r.image?.display], ref).toEqual([bytes, "sourced", formatDockerSize(bytes ?? 0)]);
    }
    expect(refs.length).toBeGreaterThan(250);
  });
});

describe("unknown sizes are said, never a silent 0", () => {
  it("without the build context, COPY . . depends on your project and the total is a lower bound", () => {
    const r = simulateBuild(single);
    const copy = r.stages[0]?.layers.find((l) => l.keyword === "COPY");
    expect(copy?.bytes).toBeNull();
    expect(sizeReasonsText(copy?.reasons ?? [])).toBe("depends on your project");
    expect(r.image?.lowerBound).toBe(true);
    expect(r.image?.display.startsWith("≥ ")).toBe(true);
  });

  it("an image or a package the data does not have is 'size unknown' with the name, and the image total is unknown, not ≥ 0B", () => {
    const r = simulateBuild("FROM example.com/nope:1\nRUN apk add --no-cache no-such-package\n");
    expect(r.stages[0]?.base.bytes).toBeNull();
    const baseReason = r.stages[0]?.base.reason;
    expect(baseReason && sizeReasonText(baseReason)).toBe("size unknown: image example.com/nope:1 is not in the data");
    expect(sizeReasonsText(r.stages[0]?.layers[0]?.reasons ?? [])).toBe("size unknown: apk package no-such-package not in the catalog");
    expect(r.stages[0]?.lowerBound).toBe(true);
    expect([r.image?.estimate, r.image?.display, r.image?.confidence]).toEqual([null, "unknown", "unknown"]);
    expect(r.image?.missing.map((m) => m.kind)).toEqual(["base", "layer"]);
    const similar = simulateBuild("FROM python:2.7-slim\n").stages[0]?.base.reason;
    expect(similar && sizeReasonText(similar)).toMatch(/^size unknown: the data has no tag of python with the same version and variant \(it has python:3, python:3-alpine3.24, /);
  });

  it("a tag not in the data is estimated from the nearest one, said so", () => {
    const r = simulateBuild("FROM python:3.10-alpine\nCMD [\"python3\"]\n");
    expect([r.image?.estimate, r.image?.confidence, r.image?.display]).toEqual([48_840_000, "approximate", "48.8MB"]);
    expect(r.image?.approximate).toEqual([{ kind: "base", stage: { label: "stage-0", named: false }, ref: "python:3.10-alpine", resolution: expect.objectContaining({ by: "nearest", entryRef: "python:3.12-alpine3.23" }) }]);
    expect(r.image?.base).toMatchObject({ libc: "musl", confidence: "approximate" });
  });

  it("apt-get install is sized from Debian's data; apt-get update's lists count unless removed in the same RUN", () => {
    const tidy = simulateBuild("FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n");
    const layer = tidy.stages[0]?.layers[0];
    expect(layer?.reasons).toEqual([]);
    expect(layer?.bytes).toBeGreaterThan(100_000);
    expect(tidy.image?.confidence).toBe("sourced");
    expect(tidy.figures.find((f) => f.kind === "apt")).toMatchObject({ suite: "bookworm", requested: ["curl"], recommends: false });
    const untidy = simulateBuild("FROM debian:bookworm-slim\nRUN apt-get update\nRUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n");
    expect(untidy.stages[0]?.layers[0]?.reasons).toEqual([{ kind: "package-index", manager: "apt" }]);
  });

  it("npm ci, pip install and go mod download depend on the project's dependencies", () => {
    for (const cmd of ["npm ci", "pip install -r requirements.txt", "go mod download"]) {
      const r = simulateBuild(`FROM node:24-alpine\nRUN ${cmd}\n`);
      expect(sizeReasonsText(r.stages[0]?.layers[0]?.reasons ?? []), cmd).toBe("size unknown: depends on your project's dependencies");
    }
  });

  it("RUN <<EOF runs the heredoc's body as its script; a program reading a heredoc is that program", () => {
    const r = simulateBuild("FROM alpine:3.24\nRUN <<EOF\napk add --no-cache git\naddgroup -S docker\nEOF\nRUN cat <<EOF > /etc/motd\nhello\nEOF\n");
    expect(r.stages[0]?.layers[0]?.what).toEqual([{ kind: "package-install", manager: "apk", names: ["git"], added: 1 }]);
    expect(r.stages[0]?.layers[0]?.reasons).toEqual([{ kind: "apk-dependencies", names: ["git"] }]);
    expect(r.stages[0]?.layers[1]?.reasons).toEqual([{ kind: "written-file", by: "redirect" }]);
  });

  it("python -m venv makes the environment's directory, of unknown size; copying it says so", () => {
    const r = simulateBuild("FROM python:3.12 AS build\nRUN python -m venv /app/venv\nFROM python:3.12-slim\nCOPY --from=build /app/venv /app/venv\n");
    expect(r.stages[0]?.layers[0]?.reasons).toEqual([{ kind: "venv" }]);
    expect(r.stages[1]?.layers[0]?.reasons).toEqual([{ kind: "partly-known-dir", stage: { label: "build", named: true }, path: "/app/venv" }]);
  });

  it("a base whose package list was not read whole: the same variant's list stands for it, for apt-get and for the facts", () => {
    const r = simulateBuild("FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n");
    const layer = r.stages[0]?.layers[0];
    expect(layer?.reasons).toEqual([]);
    expect(layer?.approximations).toEqual([{ kind: "debian-base-other", from: "python:3.12-slim-trixie" }]);
    expect(r.image?.base).toMatchObject({ resolvedTag: "python:3.12-slim", factsFrom: "python:3.12-slim-trixie", libc: "glibc", confidence: "approximate" });
  });

  it("metadata-only instructions are 0-byte layers", () => {
    const r = simulateBuild('FROM scratch\nENV A=1\nLABEL x=y\nUSER 1000\nEXPOSE 80\nCMD ["/x"]\n');
    expect(r.stages[0]?.layers.map((l) => [l.kind, l.bytes])).toEqual(Array(5).fill(["metadata", 0]));
    expect(r.image?.bytes).toBe(0);
    expect(r.image?.lowerBound).toBe(false);
  });

  it("FROM <stage> inherits the stage's layers", () => {
    const r = simulateBuild("FROM alpine:3.23 AS base\nRUN apk add --no-cache libstdc++\nFROM base\nCOPY a.txt /a.txt\n", { contextFiles: [{ path: "a.txt", size: 10 }] });
    // libstdc++'s own installed size (Alpine 3.24's list: 3.23's lists do not have it); what it pulls in is unknown.
    expect(r.image?.bytes).toBe(8_420_000 + 2738 * 1024 + 10);
    expect(r.stages[0]?.layers[0]?.reasons).toEqual([{ kind: "apk-dependencies", names: ["libstdc++"] }]);
    expect(r.stages[0]?.layers[0]?.approximations).toEqual([{ kind: "apk-other-release", release: "3.23" }]);
    expect(r.image?.chain).toEqual([0, 1]);
    expect(r.leftBehind).toEqual([]);
  });
});

describe("file tree of the final image", () => {
  const build = (copy: string, files = project) => simulateBuild(multi.replace("COPY --from=build /app/build/hello .", copy), { contextFiles: files, calibration: "course" });

  it("COPY --from=build /app/build/hello . brings one file, marked with its stage", () => {
    const tree = build("COPY --from=build /app/build/hello .").image?.tree as FileTreeNode;
    const app = find(tree, "/app");
    expect(app?.children.map((c) => c.name)).toEqual(["hello"]);
    expect(find(tree, "/app/hello")).toMatchObject({ type: "file", origin: "stage", stage: "stage-1", from: "build", bytes: 15_960 });
    expect(find(tree, "/etc")).toMatchObject({ origin: "base", bytes: null });
  });

  it("COPY --from=build /app/build . brings the build directory's contents: CMake's object files arrive", () => {
    const r = build("COPY --from=build /app/build .");
    const tree = r.image?.tree as FileTreeNode;
    expect(find(tree, "/app/CMakeFiles/hello.dir/hello.cpp.o")).toMatchObject({ type: "file", from: "build", bytes: 1_416 });
    expect(find(tree, "/app/CMakeCache.txt")).toMatchObject({ from: "build" });
    expect(find(tree, "/app/hello")).toMatchObject({ from: "build", bytes: 15_960 });
    expect(find(tree, "/app/build")).toBeUndefined();
    expect(r.image?.bytes).toBe(8_324_040 + 141_137);
  });

  it("without CMakeLists.txt's text the build directory is marked as estimated", () => {
    const files = project.map(({ path, size }) => ({ path, size }));
    const r = build("COPY --from=build /app/build .", files);
    const app = find(r.image?.tree as FileTreeNode, "/app");
    expect(noteText(app?.note)).toBe("directory from stage build (contents estimated)");
    expect(noteText(find(r.image?.tree as FileTreeNode, "/app/CMakeFiles")?.note)).toMatch(/contents estimated/);
    expect(r.image?.lowerBound).toBe(true);
  });

  it("context files keep their paths and stage; .dockerignore'd files stay out", () => {
    const files: ContextFile[] = [...project, { path: "build/old.o", size: 999 }];
    const r = simulateBuild(single, { contextFiles: files });
    const tree = r.image?.tree as FileTreeNode;
    expect(find(tree, "/app/hello.cpp")).toMatchObject({ origin: "context", stage: "stage-0", bytes: 139 });
    expect(find(tree, "/app/build/old.o")).toBeUndefined();
  });
});

describe("simulated build logs (FACTS-PATTERNS.md section 6)", () => {
  it("Docker's example with --target stage2: the legacy log runs stage1, BuildKit's does not", () => {
    const r = simulateBuild(docsExample, { target: "stage2" });
    const legacy = r.logs.legacy.join("\n").replace(/[0-9a-f]{12}/g, "<id>");
    expect(legacy).toBe(
      [
        "Sending build context to Docker daemon  (size depends on your project)",
        "Step 1/6 : FROM ubuntu AS base",
        " ---> <id>",
        'Step 2/6 : RUN echo "base"',
        " ---> Running in <id>",
        "base",
        "Removing intermediate container <id>",
        " ---> <id>",
        "Step 3/6 : FROM base AS stage1",
        " ---> <id>",
        'Step 4/6 : RUN echo "stage1"',
        " ---> Running in <id>",
        "stage1",
        "Removing intermediate container <id>",
        " ---> <id>",
        "Step 5/6 : FROM base AS stage2",
        " ---> <id>",
        'Step 6/6 : RUN echo "stage2"',
        " ---> Running in <id>",
        "stage2",
        "Removing intermediate container <id>",
        " ---> <id>",
        "Successfully built <id>",
      ].join("\n"),
    );
    // FROM base prints the id the base stage ended with.
    const ids = r.logs.legacy.filter((l) => l.startsWith(" ---> ") && !l.includes("Running")).map((l) => l.slice(6));
    expect(ids[2]).toBe(ids[1]);
    expect(ids[4]).toBe(ids[1]);

    expect(r.logs.buildkit).toEqual([
      "[+] Building (7/7) FINISHED",
      " => [internal] load build definition from Dockerfile",
      ` => => transferring dockerfile: ${docsExample.length}B`,
      " => [internal] load .dockerignore",
      " => => transferring context: 2B",
      " => [internal] load metadata for docker.io/library/ubuntu:latest",
      " => [base 1/2] FROM docker.io/library/ubuntu",
      ' => [base 2/2] RUN echo "base"',
      ' => [stage2 1/1] RUN echo "stage2"',
      " => exporting to image",
      " => => exporting layers",
      expect.stringMatching(/^ => => writing image sha256:[0-9a-f]{64}$/),
    ]);
    expect(r.logs.buildkit.join("\n")).not.toContain("stage1");
    expect(r.stages.map((s) => [s.label, s.builtByBuildKit, s.builtByLegacy])).toEqual([
      ["base", true, true],
      ["stage1", false, true],
      ["stage2", true, true],
    ]);
    expect(logsNoticeText(r.logs.notice).text).toMatch(/^Simulated/);
  });

  it("the lesson's multi-stage build: per-stage counters, unnamed stages as stage-N, the tag named", () => {
    const r = simulateBuild(multi, { contextFiles: project, tag: "hello-cmake" });
    expect(r.logs.buildkit).toContain(" => [build 2/5] RUN apk add --no-cache g++ make cmake");
    expect(r.logs.buildkit).toContain(" => [stage-1 3/3] COPY --from=build /app/build/hello .");
    expect(r.logs.buildkit).toContain(" => => transferring context: 310B");
    expect(r.logs.buildkit).toContain(" => => naming to docker.io/library/hello-cmake:latest");
    expect(r.logs.legacy[0]).toBe("Sending build context to Docker daemon  310B");
    expect(r.logs.legacy).toContain("Step 9/9 : CMD [\"./hello\"]");
    expect(r.logs.legacy.at(-1)).toBe("Successfully tagged hello-cmake:latest");
    // The same image id everywhere, and the same for the same input.
    const id = r.imageLs?.id as string;
    expect(r.logs.legacy).toContain(`Successfully built ${id}`);
    expect(r.logs.buildkit.some((l) => l.includes(`sha256:${id}`))).toBe(true);
    expect(simulateBuild(multi, { contextFiles: project, tag: "hello-cmake" }).imageLs?.id).toBe(id);
  });

  it("a variable in COPY --from fails while BuildKit reads the stages (convert.go toCommand): no step runs, no image metadata loads", () => {
    const text = "ARG VARIANT=alpine\nFROM alpine:3.20 AS build-alpine\nRUN echo hi > /a\nFROM alpine:3.20\nCOPY --from=build-${VARIANT} /a /a\n";
    const r = simulateBuild(text);
    const message = "variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround";
    expect(r.logs.buildkit).toEqual([
      "[+] Building (1/1) FINISHED",
      " => [internal] load build definition from Dockerfile",
      ` => => transferring dockerfile: ${text.length}B`,
      `ERROR: failed to build: failed to solve: ${message}`,
    ]);
    expect(r.logs.buildkit.join("\n")).not.toContain("load metadata");
    expect(r.stop).toMatchObject({ at: "definition", error: message, stage: null });
  });

  it("independent stages run at the same time: steps are printed when they can start, so the stages interleave", () => {
    const text = "FROM alpine AS a\nRUN echo a1\nRUN echo a2 > /x\nFROM ubuntu AS b\nRUN echo b1 > /y\nFROM alpine\nCOPY --from=a /x /x\nCOPY --from=b /y /y\n";
    const r = simulateBuild(text);
    expect(r.logs.buildkit.slice(0, -3)).toEqual([
      "[+] Building (13/13) FINISHED",
      " => [internal] load build definition from Dockerfile",
      ` => => transferring dockerfile: ${text.length}B`,
      " => [internal] load .dockerignore",
      " => => transferring context: 2B",
      " => [internal] load metadata for docker.io/library/alpine:latest",
      " => [internal] load metadata for docker.io/library/ubuntu:latest",
      " => [a 1/3] FROM docker.io/library/alpine",
      " => [b 1/2] FROM docker.io/library/ubuntu",
      " => [stage-2 1/3] FROM docker.io/library/alpine",
      " => [a 2/3] RUN echo a1",
      " => [b 2/2] RUN echo b1 > /y",
      " => [a 3/3] RUN echo a2 > /x",
      " => [stage-2 2/3] COPY --from=a /x /x",
      " => [stage-2 3/3] COPY --from=b /y /y",
    ]);
  });

  it("counters are padded to the width of the total, as BuildKit's %*d does", () => {
    const runs = Array.from({ length: 10 }, (_, i) => `RUN echo ${i}`).join("\n");
    const r = simulateBuild(`FROM alpine\n${runs}\n`);
    expect(r.logs.buildkit).toContain(" => [stage-0  1/11] FROM docker.io/library/alpine");
    expect(r.logs.buildkit).toContain(" => [stage-0 11/11] RUN echo 9");
  });
});

describe("Docker's size formatting (go-units HumanSizeWithPrecision)", () => {
  it("docker image ls uses 3 significant digits and decimal units", () => {
    expect(formatDockerSize(303_000_000)).toBe("303MB");
    expect(formatDockerSize(8_340_000)).toBe("8.34MB");
    expect(formatDockerSize(1_230_000_000)).toBe("1.23GB");
    expect(formatDockerSize(15_960)).toBe("16kB");
    expect(formatDockerSize(0)).toBe("0B");
    // Go's %.3g switches to an exponent at 999.5 and above: Docker really prints this.
    expect(formatDockerSize(999_600_000)).toBe("1e+03MB");
    expect(humanSize(219_100)).toBe("219.1kB");
  });
});

describe("the model never throws", () => {
  const check = (text: string, options = {}) => {
    const r = simulateBuild(text, options);
    expect(r.error ?? "").not.toMatch(/^internal simulator error/);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  };

  it("on arbitrary strings up to 4 KB", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 4096 }), (s) => check(s)),
      { numRuns: 300 },
    );
  });

  it("on generated Dockerfile-like inputs, with and without a context", () => {
    const name = fc.constantFrom("build", "base", "Build", "0", "stage-0", "x", "scratch", "");
    const path = fc.constantFrom(".", "./", "/app", "/app/build", "/app/build/hello", "build/", "*.cpp", "..", "/", "a b", "$X", "${Y:-/z}", "<<EOF");
    const image = fc.constantFrom("alpine", "alpine:latest", "alpine:3.23", "scratch", "ubuntu:24.04", "node:24-alpine", "$BASE", "gcr.io/distroless/static-debian13", "build", "nope:1", "");
    const line = fc.oneof(
      fc.tuple(image, name).map(([i, n]) => (n ? `FROM ${i} AS ${n}` : `FROM ${i}`)),
      fc.tuple(name, path, path).map(([n, a, b]) => `COPY --from=${n} ${a} ${b}`),
      fc.tuple(path, path).map(([a, b]) => `COPY ${a} ${b}`),
      fc.tuple(path, path).map(([a, b]) => `ADD ${a} ${b}`),
      path.map((p) => `WORKDIR ${p}`),
      fc.constantFrom(
        "RUN apk add --no-cache g++ make cmake",
        "RUN apk add libstdc++ ca-certificates",
        "RUN mkdir -p build && cd build && cmake .. && make",
        "RUN cmake -S . -B out && cmake --build out",
        "RUN npm ci && npm run build",
        "RUN apt-get update && apt-get install -y curl",
        "RUN echo hi > /x | cat",
        'RUN ["echo", "exec"]',
        "RUN <<EOF\necho a\nEOF",
        "RUN --mount=type=cache,target=/root/.npm npm ci",
        "ARG BASE=alpine",
        "ENV A=1 B=2",
        "ENV LEGACY value here",
        'CMD ["./hello"]',
        "ONBUILD RUN x",
        "FROM",
        "COPY",
        "\\",
        "# comment",
      ),
      fc.string({ maxLength: 40 }),
    );
    const context = fc.option(
      fc.array(
        fc.record({ path: fc.constantFrom("CMakeLists.txt", "hello.cpp", ".dockerignore", "src/a.cpp", "build/x.o", "a b"), size: fc.nat(10_000), content: fc.option(fc.constantFrom("add_executable(hello hello.cpp)", "build/", "", "*"), { nil: undefined }) }),
        { maxLength: 6 },
      ),
      { nil: undefined },
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), context, fc.option(name, { nil: undefined }), (lines, contextFiles, target) =>
        check(lines.join("\n"), { contextFiles, target, tag: "t" }),
      ),
      { numRuns: 400 },
    );
  });
});

describe("a Go binary the data has not measured, copied into scratch", () => {
  it("counts the labelled rule of thumb, and says why the final image is approximate", () => {
    const sim = simulateBuild("FROM golang:1.18-alpine AS builder\nWORKDIR /code\nCOPY . .\nRUN go build -o bin/backend main.go\n\nFROM scratch\nCOPY --from=builder /code/bin/backend /usr/local/bin/backend\n", { contextFiles: [{ path: "main.go", size: 100, content: "package main\n" }] });
    expect(sim.image?.bytes).toBe(6_469_790);
    expect(sim.image?.confidence).toBe("approximate");
    const copied = sim.image?.approximate.find((p) => p.kind === "layer");
    expect(copied && copied.kind === "layer" ? copied.approximations : null).toEqual([{ kind: "go-rule-of-thumb" }]);
  });
});
