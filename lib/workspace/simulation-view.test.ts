import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ContextFile } from "../dockerfile/simulate";
import { simulateForPanels } from "./simulation-view";

const lesson = new URL("../../lessons/why-multi-stage/", import.meta.url);
const multi = readFileSync(new URL("multi.Dockerfile", lesson), "utf8");
const projectDir = new URL("project/", lesson);
const project: ContextFile[] = readdirSync(projectDir).map((f) => {
  const content = readFileSync(new URL(f, projectDir), "utf8");
  return { path: f, size: Buffer.byteLength(content), content };
});

describe("viewSimulation", () => {
  it("FROM scratch's 0B is exact, not estimated: scratch is empty by definition; every other figure stays an estimate", () => {
    const v = simulateForPanels("FROM alpine:3.23 AS build\nRUN echo hi > /hi\nFROM scratch\nCOPY --from=build /hi /hi\n", {});
    const base = v.final?.segments[0];
    expect([base?.kind, base?.label, base?.display, base?.exact]).toEqual(["base", "scratch", "0B", "exact: scratch is empty by definition (no files)"]);
    expect(v.final?.segments.slice(1).map((s) => s.exact)).toEqual([null]);
    expect(v.stages[0]?.segments[0]?.exact).toBeNull();
  });

  it("lesson 1's multi-stage Dockerfile: an 8.34MB final image of alpine plus hello, and a 303MB build stage left behind", () => {
    const v = simulateForPanels(multi, { contextFiles: project, tag: "hello-cmake", calibration: "course" });
    expect(v.final?.display).toBe("8.34MB");
    expect(v.final?.chain).toEqual(["stage-1"]);
    expect(v.final?.segments.map((s) => [s.kind, s.label, s.display])).toEqual([
      ["base", "alpine:latest", "8.32MB"],
      ["copy-from", "/app/build/hello from stage build", "16kB"],
    ]);
    expect(v.stages.map((s) => [s.label, s.role, s.display, s.metadataLayers])).toEqual([
      ["build", "left-behind", "303MB", 1],
      ["stage-1", "final", "8.34MB", 2],
    ]);
    expect(v.scale).toBe(303_000_000);
    expect(v.leftBehind).toEqual(["the ~295MB of g++, make and cmake in stage `build` never reach the image"]);
    expect(v.unknowns).toEqual([]);
    expect(v.catalog.map((c) => [c.name, c.display, c.kind])).toEqual([
      ["alpine:latest", "8.32MB", "on-disk"],
      ["g++, make and cmake (apk)", "295MB", "on-disk"],
      ["CMake build of hello", "141kB", "on-disk"],
    ]);
    expect(v.catalog[0]?.derivation).toMatch(/Used for the course's own projects; elsewhere alpine:latest is repo-info's current figure\.$/);
    expect(v.final?.missing).toBeNull();
    expect(v.final?.confidenceText).toBe("approximate estimate");
    expect(v.final?.approximations).toEqual(["approximate: stage build only approximates the size of what is copied"]);
    expect(v.base?.lines.find((l) => l.label === "C library")?.value).toBe("musl");
    expect(v.catalog.every((c) => c.sources.length > 0)).toBe(true);
    expect(v.tree?.children.find((c) => c.name === "app")?.children.map((c) => [c.name, c.from, c.display])).toEqual([["hello", "build", "16kB"]]);
    expect(v.imageLs?.size).toBe("8.34MB");
  });

  it("outside the course, alpine:latest is repo-info's 3.24.2, and the sources say so", () => {
    const v = simulateForPanels(multi, { contextFiles: project });
    expect(v.final?.display).toBe("8.44MB");
    const alpine = v.catalog.find((c) => c.name === "alpine:latest");
    expect(alpine).toMatchObject({ display: "8.42MB", version: "alpine:3.24.2" });
    expect(alpine?.derivation).toBe("The same image as alpine:3.24.2 (the same linux/amd64 digest). ~ 8.42 Mb as the source prints it, read as 8,420,000 B. Image created 2026-09-17.");
    expect(alpine?.sources[0]?.document).toBe("docker-library/repo-info repos/alpine/local/3.24.2.md");
  });

  it("without the runtime stage the build stage is the image: 303MB", () => {
    const single = multi.replace("FROM alpine:latest\n", "").replace("COPY --from=build /app/build/hello .\n", "");
    const v = simulateForPanels(single, { contextFiles: project, calibration: "course" });
    expect(v.final?.display).toBe("303MB");
    expect(v.leftBehind).toEqual([]);
    expect(v.stages.map((s) => s.role)).toEqual(["final"]);
  });

  it("an unknown size reads as a lower bound, and the unknown parts collapse into one line that says why", () => {
    const v = simulateForPanels("FROM alpine:3.23\nRUN apk add --no-cache no-such-package\nCOPY . /src\n", {});
    expect(v.final?.display).toBe("≥ 8.42MB");
    expect(v.final?.lowerBound).toBe(true);
    expect(v.final?.confidence).toBe("approximate");
    expect(v.final?.confidenceText).toBe("at least: 2 parts unknown");
    expect(v.final?.segments.map((s) => [s.label, s.display, s.unknown])).toEqual([
      ["alpine:3.23", "8.42MB", null],
      ["no-such-package", "size unknown", "size unknown: apk package no-such-package not in the catalog"],
      ["files from the build context", "depends on your project", "depends on your project"],
    ]);
    expect(v.final?.missing).toEqual({
      summary: "2 parts unknown — why?",
      parts: [
        { key: "final:0", what: "no-such-package (line 2, stage-0)", why: "size unknown: apk package no-such-package not in the catalog" },
        { key: "final:1", what: "files from the build context (line 3, stage-0)", why: "depends on your project" },
      ],
    });
    expect(v.unknowns).toEqual(["size unknown: apk package no-such-package not in the catalog", "depends on your project"]);
  });

  it("an image the data does not know: the total is unknown, never ≥ 0B", () => {
    const v = simulateForPanels("FROM example.com/app:1\nCOPY --from=example.com/tools:1 /x /x\n", {});
    expect([v.final?.display, v.final?.estimate, v.final?.confidence]).toEqual(["unknown", null, "unknown"]);
    expect(v.stages[0]?.display).toBe("unknown");
    expect(v.final?.missing?.summary).toBe("2 parts unknown — why?");
    expect(v.base?.lines.every((l) => l.value === "unknown")).toBe(true);
  });

  it("a nearest tag: approximate, and the words say which tag the figure is from", () => {
    const v = simulateForPanels("FROM python:3.11-slim\n", {});
    expect([v.final?.display, v.final?.confidenceText]).toEqual(["119MB", "approximate estimate"]);
    expect(v.final?.segments[0]?.approximate).toBe("approximate: estimated from python:3.12-slim (python:3.12.13-slim-trixie), the nearest tag of the same image and variant (another version)");
    expect(v.final?.approximations).toEqual([v.final?.segments[0]?.approximate]);
  });

  it("FROM <stage> shows the parent stage as one segment, and both stages are part of the image", () => {
    const v = simulateForPanels("FROM alpine:3.23 AS base\nRUN apk add --no-cache ca-certificates\nFROM base\nCMD [\"x\"]\n", {});
    expect(v.stages[0]?.display).toBe("≥ 8.63MB");
    expect(v.stages[1]?.segments[0]).toMatchObject({ kind: "parent", label: "stage base", unknown: "stage base has parts of unknown size" });
    expect(v.stages.map((s) => s.role)).toEqual(["base-of-final", "final"]);
    expect(v.final?.chain).toEqual(["base", "stage-1"]);
  });

  it("Docker's example with --target stage2: stage1 is not built by BuildKit", () => {
    const v = simulateForPanels('FROM ubuntu AS base\nRUN echo "base"\nFROM base AS stage1\nRUN echo "stage1"\nFROM base AS stage2\nRUN echo "stage2"\n', { target: "stage2" });
    expect(v.stages.map((s) => [s.label, s.role])).toEqual([
      ["base", "base-of-final"],
      ["stage1", "not-built"],
      ["stage2", "final"],
    ]);
    expect(v.targetLabel).toBe("stage2");
  });

  it("an empty text has no image and no tree", () => {
    const v = simulateForPanels("", {});
    expect(v.final).toBeNull();
    expect(v.tree).toBeNull();
    expect(v.scale).toBe(1);
  });
});
