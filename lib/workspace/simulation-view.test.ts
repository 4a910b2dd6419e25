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
  it("lesson 1's multi-stage Dockerfile: an 8.34MB final image of alpine plus hello, and a 303MB build stage left behind", () => {
    const v = simulateForPanels(multi, { contextFiles: project, tag: "hello-cmake" });
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
      ["g++, make and cmake (apk)", "295MB", "on-disk"],
      ["CMake build of hello", "141kB", "on-disk"],
      ["alpine:latest", "8.32MB", "on-disk"],
    ]);
    expect(v.catalog.every((c) => c.sources.length > 0)).toBe(true);
    expect(v.tree?.children.find((c) => c.name === "app")?.children.map((c) => [c.name, c.from, c.display])).toEqual([["hello", "build", "16kB"]]);
    expect(v.imageLs?.size).toBe("8.34MB");
  });

  it("without the runtime stage the build stage is the image: 303MB", () => {
    const single = multi.replace("FROM alpine:latest\n", "").replace("COPY --from=build /app/build/hello .\n", "");
    const v = simulateForPanels(single, { contextFiles: project });
    expect(v.final?.display).toBe("303MB");
    expect(v.leftBehind).toEqual([]);
    expect(v.stages.map((s) => s.role)).toEqual(["final"]);
  });

  it("an unknown size reads as a lower bound, with the reason, and a context copy without a project depends on it", () => {
    const v = simulateForPanels("FROM alpine:3.23\nRUN apk add --no-cache curl\nCOPY . /src\n", {});
    expect(v.final?.display).toBe("≥ 8.42MB");
    expect(v.final?.lowerBound).toBe(true);
    expect(v.final?.segments.map((s) => [s.label, s.display, s.unknown])).toEqual([
      ["alpine:3.23", "8.42MB", null],
      ["curl", "size unknown", "size unknown: apk package curl not in the catalog"],
      ["files from the build context", "depends on your project", "depends on your project"],
    ]);
    expect(v.unknowns).toEqual(["size unknown: apk package curl not in the catalog", "depends on your project"]);
  });

  it("FROM <stage> shows the parent stage as one segment, and both stages are part of the image", () => {
    const v = simulateForPanels("FROM alpine:3.23 AS base\nRUN apk add --no-cache libstdc++\nFROM base\nCMD [\"x\"]\n", {});
    expect(v.stages[1]?.segments[0]).toMatchObject({ kind: "parent", label: "stage base", unknown: null });
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
