import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeDockerfile } from "../dockerfile/analysis/analyze";
import { layoutStageGraph } from "./stage-graph";

const overlaps = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;

describe("layoutStageGraph", () => {
  it("the seed: two stages, a dashed copy edge from build to the runtime, the runtime the target", () => {
    const layout = layoutStageGraph(analyzeDockerfile(readFileSync("lessons/why-multi-stage/multi.Dockerfile", "utf8")));
    expect(layout.nodes.map((n) => [n.label, n.sublabel, n.target, n.buildkit])).toEqual([
      ["build", "alpine:latest", false, true],
      ["stage-1", "alpine:latest", true, true],
    ]);
    expect(layout.edges.map((e) => [e.from, e.to, e.kind, e.line])).toEqual([["stage-0", "stage-1", "copy", 25]]);
    const [build, runtime] = layout.nodes;
    expect((build?.y ?? 0) < (runtime?.y ?? 0)).toBe(true);
  });

  it("lesson 6's three COPY --from=build are one labelled edge, not three drawn on top of each other", () => {
    const layout = layoutStageGraph(analyzeDockerfile(readFileSync("lessons/smallest-runtimes/scratch.Dockerfile", "utf8")));
    expect(layout.edges.map((e) => [e.from, e.to, e.kind, e.lines, e.label])).toEqual([["stage-0", "stage-1", "copy", [20, 21, 22], "3 × COPY --from"]]);
    const [edge] = layout.edges;
    // dagre reserved room for the label on the edge, between the two boxes.
    const [build, runtime] = layout.nodes;
    expect(edge?.labelAt && build && runtime && edge.labelAt.y > build.y + build.height / 2 && edge.labelAt.y < runtime.y - runtime.height / 2).toBe(true);
  });

  it("dependencies of different kinds between the same stages stay apart; a single one has no label", () => {
    const layout = layoutStageGraph(analyzeDockerfile("FROM alpine AS a\nFROM a AS b\nCOPY --from=a /x /x\n"));
    expect(layout.edges.map((e) => [e.kind, e.lines, e.label])).toEqual([
      ["from", [2], null],
      ["copy", [3], null],
    ]);
  });

  it("an external --from image is a node of its own", () => {
    const layout = layoutStageGraph(analyzeDockerfile("FROM alpine\nCOPY --from=nginx:latest /etc/nginx/nginx.conf /nginx.conf\n"));
    expect(layout.nodes.map((n) => [n.kind, n.label])).toEqual([
      ["stage", "stage-0"],
      ["image", "nginx:latest"],
    ]);
    expect(layout.edges[0]).toMatchObject({ from: "image:nginx:latest", to: "stage-0", kind: "copy" });
  });

  it("an ONBUILD COPY --from is a copy edge into the child, at its FROM, with the ONBUILD's line", () => {
    const layout = layoutStageGraph(analyzeDockerfile(readFileSync("lib/dockerfile/__fixtures__/bkcode-onbuild-copy-from-edge.Dockerfile", "utf8")));
    expect(layout.edges.map(({ from, to, kind, line, onbuildLine }) => ({ from, to, kind, line, onbuildLine }))).toEqual([
      { from: "stage-1", to: "stage-2", kind: "from", line: 8, onbuildLine: undefined },
      { from: "stage-0", to: "stage-2", kind: "copy", line: 8, onbuildLine: 6 },
    ]);
    expect(layout.nodes.map((n) => [n.label, n.buildkit])).toEqual([
      ["assets", true],
      ["base", true],
      ["app", true],
    ]);
    expect(layout.edges.every((e) => e.points.length >= 2)).toBe(true);
  });

  it("a stage the target does not need says why", () => {
    const layout = layoutStageGraph(analyzeDockerfile("FROM alpine AS a\nFROM alpine AS b\nFROM a AS c\n"));
    expect(layout.nodes.find((n) => n.label === "b")?.skipReason).toBe(
      "Target c does not need it: BuildKit skips it; the legacy builder still runs it.",
    );
  });

  it("twelve stages with many edges never overlap", () => {
    const lines = ["FROM alpine AS s0"];
    for (let i = 1; i < 12; i++) {
      lines.push(`FROM ${i % 3 === 0 ? `s${i - 1}` : "debian:bookworm-slim"} AS s${i}`);
      if (i >= 2) lines.push(`COPY --from=s${i - 2} /a /a`);
      if (i >= 4) lines.push(`RUN --mount=type=bind,from=s${i - 4},target=/m true`);
    }
    const layout = layoutStageGraph(analyzeDockerfile(lines.join("\n")));
    expect(layout.nodes).toHaveLength(12);
    for (const a of layout.nodes) for (const b of layout.nodes) if (a !== b) expect(overlaps(a, b), `${a.label} / ${b.label}`).toBe(false);
  });
});
