import { describe, expect, it } from "vitest";
import { analyzeDockerfile } from "../analysis/analyze";
import { parseDockerfile } from "../parser/parse";
import { buildTree } from "./image";
import { addNode, emptyState } from "./fs-model";
import { simulateBuild, simulationAnalysisOptions, type SimulateOptions } from ".";

function simulate(text: string, options: SimulateOptions = {}) {
  const parsed = parseDockerfile(text);
  return simulateBuild(parsed, analyzeDockerfile(parsed, simulationAnalysisOptions(options)), options);
}

describe("what stays behind, as data", () => {
  it("a stage on an uncatalogued image: its base and layers of unknown size are the items named", () => {
    const r = simulate("FROM node:20-alpine AS base\nRUN npm ci\nFROM alpine:3.23\nCOPY --from=base /app/x /x\n");
    // node 20 is not in the data, and no other major version stands for it.
    expect(r.stages[0]?.base.resolution?.by).toBe("unknown");
    expect(r.leftBehind).toEqual([
      {
        stage: 0,
        label: "base",
        stageName: { label: "base", named: true },
        bytes: 0,
        lowerBound: true,
        items: [
          { kind: "base-image", ref: "node:20-alpine", bytes: null },
          { kind: "layer", line: 2, what: [{ kind: "command", text: "npm ci" }], bytes: 0, sizeKnown: false },
        ],
        main: [
          { kind: "base-image", ref: "node:20-alpine", bytes: null },
          { kind: "layer", line: 2, what: [{ kind: "command", text: "npm ci" }], bytes: 0, sizeKnown: false },
        ],
      },
    ]);
  });

  it("a stage sharing the image's base image counts only its own layers", () => {
    const r = simulate("FROM alpine:3.23 AS tools\nRUN apk add --no-cache libstdc++\nFROM alpine:3.23\nCOPY --from=tools /etc/os-release /x\n");
    // libstdc++'s own installed size; what it pulls in (libgcc) is unknown, so the figure is a lower bound.
    expect(r.leftBehind[0]).toMatchObject({ label: "tools", bytes: 2738 * 1024, lowerBound: true, main: [{ kind: "layer", line: 2 }] });
  });
});

describe("the file tree", () => {
  it("base folders carry where their list comes from; written paths their origin; directories sum what is known below", () => {
    const state = emptyState({ ref: "alpine:3.23", imageId: "x", folders: ["etc", "usr"], foldersSource: "repo-info" });
    addNode(state, "/app/hello", { type: "file", bytes: 10, origin: "stage", stage: "stage-1", from: "build", note: null, opaque: false });
    addNode(state, "/app/data", { type: "file", bytes: null, origin: "run", stage: "stage-1", from: null, note: null, opaque: false });
    const tree = buildTree(state);
    expect(tree.children.map((c) => [c.path, c.origin, c.bytes])).toEqual([
      ["/app", "stage", 10],
      ["/etc", "base", null],
      ["/usr", "base", null],
    ]);
    expect(tree.children[1]?.note).toEqual({ kind: "base-folders", image: "alpine:3.23", source: "repo-info" });
    expect(tree.children[0]?.children.map((c) => [c.name, c.bytes])).toEqual([
      ["data", null],
      ["hello", 10],
    ]);
  });
});
