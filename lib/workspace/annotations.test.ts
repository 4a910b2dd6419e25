import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { AnnotationAnchor } from "./annotations";
import { computeWorkspaceModel } from "./model";
import { PROBLEMS_ONLY } from "./types";

const resolveAnnotationSpans = (text: string, anchors: AnnotationAnchor[]) => computeWorkspaceModel({ text, target: null }, { anchors, panels: PROBLEMS_ONLY }).analysis.annotationSpans;

const seed = readFileSync("lessons/why-multi-stage/multi.Dockerfile", "utf8");
const copyAnchor = { stage: "last", instruction: "COPY", contains: "--from=build" } as const;
const buildFrom = { stage: "build", instruction: "FROM" } as const;

describe("annotation anchors follow the text", () => {
  it("resolve in the seed Dockerfile", () => {
    expect(resolveAnnotationSpans(seed, [buildFrom, copyAnchor])).toEqual([
      { line: 4, endLine: 4 },
      { line: 25, endLine: 25 },
    ]);
  });

  it("move down when lines are added above", () => {
    expect(resolveAnnotationSpans(`# a new comment\nARG X=1\n${seed}`, [buildFrom, copyAnchor])).toEqual([
      { line: 6, endLine: 6 },
      { line: 27, endLine: 27 },
    ]);
  });

  it("cover continuation lines", () => {
    const text = "FROM alpine AS build\nRUN apk add \\\n    g++ make\nFROM alpine\nCOPY --from=build \\\n  /x /y\n";
    expect(resolveAnnotationSpans(text, [copyAnchor])).toEqual([{ line: 5, endLine: 6 }]);
  });

  it("resolve to null when the instruction is deleted", () => {
    const text = seed.replace("COPY --from=build /app/build/hello .", "");
    expect(resolveAnnotationSpans(text, [copyAnchor, buildFrom])).toEqual([null, { line: 4, endLine: 4 }]);
  });

  it("match the stage name case-insensitively, as BuildKit lower-cases names", () => {
    expect(resolveAnnotationSpans("FROM alpine AS Build\n", [buildFrom])).toEqual([{ line: 1, endLine: 1 }]);
  });
});
