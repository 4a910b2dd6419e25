import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";

// Count the parser's calls through the real parser.
vi.mock("../dockerfile/parser/parse", async (importOriginal) => {
  const real = await importOriginal<typeof import("../dockerfile/parser/parse")>();
  return { ...real, parseDockerfile: vi.fn(real.parseDockerfile) };
});

const { parseDockerfile } = await import("../dockerfile/parser/parse");
const { computeAnalysis } = await import("./analysis-model");
const { computeSimulation } = await import("./simulation-model");
const { ALL_PANELS, PROBLEMS_ONLY, computeWorkspaceModel } = await import("./model");

const multi = readFileSync(new URL("../../lessons/why-multi-stage/multi.Dockerfile", import.meta.url), "utf8");
const anchors = [{ stage: "last", instruction: "COPY", contains: "--from=build" }];

describe("the workspace model", () => {
  it("parses the text once for the analysis, the graph, the explanations, the anchors and the simulated build", () => {
    vi.mocked(parseDockerfile).mockClear();
    const model = computeWorkspaceModel({ text: multi, target: null }, { anchors, panels: ALL_PANELS });
    expect(parseDockerfile).toHaveBeenCalledTimes(1);
    expect(model.analysis.graph?.nodes.map((n) => n.label)).toEqual(["build", "stage-1"]);
    expect(model.analysis.explanations).toHaveLength(2);
    expect(model.analysis.annotationSpans).toEqual([{ line: 25, endLine: 25 }]);
    expect(model.simulation?.view.final?.display).toBeDefined();
  });

  it("a keystroke's analysis, then the simulation after the pause, still parse once", () => {
    vi.mocked(parseDockerfile).mockClear();
    const input = { text: `${multi}\n# edited`, target: null };
    const { work } = computeAnalysis(input, { panels: ALL_PANELS });
    computeSimulation(input, work, undefined);
    expect(parseDockerfile).toHaveBeenCalledTimes(1);
  });

  it("an exercise's editor computes neither a graph, explanations nor a simulated build", () => {
    const model = computeWorkspaceModel({ text: multi, target: "build" }, { panels: PROBLEMS_ONLY });
    expect(model.analysis.graph).toBeNull();
    expect(model.analysis.explanations).toBeNull();
    expect(model.simulation).toBeNull();
    expect(model.analysis.for).toEqual({ text: multi, target: "build" });
    expect(model.analysis.analysis.buildkitStages).toEqual([0]);
  });

  it("a project's .dockerignore counts for the analysis the Problems list shows", () => {
    const text = "FROM alpine\nCOPY secret.txt /\n";
    const build = { contextFiles: [{ path: ".dockerignore", size: 11, content: "secret.txt\n" }, { path: "secret.txt", size: 3 }], measured: null };
    const model = computeWorkspaceModel({ text, target: null }, { panels: PROBLEMS_ONLY, build });
    expect(model.analysis.analysis.diagnostics.map((d) => d.rule)).toEqual(["CopyIgnoredFile"]);
  });
});
