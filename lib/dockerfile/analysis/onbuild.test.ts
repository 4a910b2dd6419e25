import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeDockerfile } from "./analyze";

// Expected values follow moby/buildkit 73ed6825 frontend/dockerfile/dockerfile2llb/convert.go
// resolveStages and initOnBuildTriggers (docs/facts/buildkit-analyser-differences.md, section 3).
const fixture = readFileSync(new URL("../__fixtures__/bkcode-onbuild-copy-from-edge.Dockerfile", import.meta.url), "utf8");
const errorLine = (r: ReturnType<typeof analyzeDockerfile>) => r.diagnostics.find((d) => d.rule === "BuildError")?.line ?? null;

describe("ONBUILD triggers of a stage used as a base", () => {
  it("ONBUILD COPY --from makes the child need the source, located at the child's FROM", () => {
    const r = analyzeDockerfile(fixture);
    expect(r.edges).toEqual([
      { from: 1, to: 2, kind: "from", line: 8 },
      { from: 0, to: 2, kind: "copy", line: 8, onbuildLine: 6 },
    ]);
    expect(r.buildkitStages).toEqual([0, 1, 2]);
    expect(r.error).toBeNull();
  });

  it("the stage that declares the trigger does not run it (--target base)", () => {
    const r = analyzeDockerfile(fixture, { target: "base" });
    expect(r.edges).toEqual([{ from: 1, to: 2, kind: "from", line: 8 }]);
    expect(r.buildkitStages).toEqual([1]);
  });

  it("only the immediate child runs the triggers, not a grandchild", () => {
    const text = [
      "FROM alpine:3.23 AS assets", // 1
      "FROM alpine:3.23 AS base", // 2
      "ONBUILD COPY --from=assets /hi /hi", // 3
      "FROM base AS mid", // 4
      "FROM mid AS leaf", // 5
      "FROM base AS other", // 6
    ].join("\n");
    const r = analyzeDockerfile(text, { target: "leaf" });
    expect(r.edges).toEqual([
      { from: 1, to: 2, kind: "from", line: 4 },
      { from: 0, to: 2, kind: "copy", line: 4, onbuildLine: 3 },
      { from: 2, to: 3, kind: "from", line: 5 },
      { from: 1, to: 4, kind: "from", line: 6 },
    ]);
    expect(r.buildkitStages).toEqual([0, 1, 2, 3]);
  });

  it("ONBUILD RUN --mount from= is a mount edge; an image source is pulled by the child", () => {
    const text = [
      "FROM alpine:3.23 AS tools", // 1
      "FROM alpine:3.23 AS base", // 2
      "ONBUILD RUN --mount=from=tools,target=/t true", // 3
      "ONBUILD COPY --from=nginx:1.27 /etc/nginx /etc/nginx", // 4
      "FROM base", // 5
      "RUN --mount=from=tools,target=/t true", // 6
    ].join("\n");
    const r = analyzeDockerfile(text);
    expect(r.edges).toEqual([
      { from: 1, to: 2, kind: "from", line: 5 },
      { from: 0, to: 2, kind: "mount", line: 5, onbuildLine: 3 },
      { from: 0, to: 2, kind: "mount", line: 6 },
    ]);
    expect(r.externalSources).toEqual([{ stage: 2, image: "nginx:1.27", kind: "copy", line: 5, onbuildLine: 4 }]);
    expect(r.buildkitStages).toEqual([0, 1, 2]);
  });

  it("a cycle through a trigger is not circular: it is a forward copy at the child's FROM", () => {
    const text = readFileSync(new URL("../__fixtures__/bkcode-onbuild-cycle-is-forward-copy.Dockerfile", import.meta.url), "utf8");
    const r = analyzeDockerfile(text);
    expect(r.error).toBe('cannot copy from stage "c", it needs to be defined before current stage "b"');
    expect(errorLine(r)).toBe(4);
    expect(r.buildkitStages).toEqual([0, 1, 2]);
  });

  it("a trigger's errors stop the build only where it runs, at the child's FROM", () => {
    const make = (trigger: string) => ["FROM alpine:3.23 AS base", `ONBUILD ${trigger}`, "FROM base AS child", "FROM alpine:3.23 AS other"].join("\n");
    const cases: [string, string][] = [
      ["COPY --from=Biuld /a /a", 'failed to parse stage name "Biuld": invalid reference format: repository name (library/Biuld) must be lowercase'],
      ["COPY --from=$SRC /a /a", "variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround"],
      ["COPY --frm=x /a /a", "unknown flag: --frm"],
      ["RUN --mount=type=cahce,target=/x true", 'unsupported mount type "cahce" (did you mean cache?)'],
    ];
    for (const [trigger, message] of cases) {
      const needed = analyzeDockerfile(make(trigger), { target: "child" });
      expect(needed.error).toBe(message);
      expect(errorLine(needed)).toBe(3);
      // The child is not needed by the default target: the trigger never runs.
      expect(analyzeDockerfile(make(trigger)).error).toBeNull();
    }
  });

  it("an image named by an ONBUILD RUN --mount is parsed with no line, as BuildKit gives that state no location", () => {
    const text = ["FROM alpine:3.23 AS base", "ONBUILD RUN --mount=from=Tools,target=/t true", "FROM base"].join("\n");
    const r = analyzeDockerfile(text);
    expect(r.error).toBe('failed to parse stage name "Tools": invalid reference format: repository name (library/Tools) must be lowercase');
    expect(errorLine(r)).toBeNull();
  });

  it("refuses ONBUILD ONBUILD, ONBUILD FROM and ONBUILD MAINTAINER in any stage", () => {
    const make = (trigger: string) => ["FROM alpine:3.23 AS unused", `ONBUILD ${trigger}`, "FROM alpine:3.23"].join("\n");
    expect(analyzeDockerfile(make("ONBUILD RUN true")).error).toBe("dockerfile parse error on line 2: Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
    expect(analyzeDockerfile(make("from alpine")).error).toBe("dockerfile parse error on line 2: FROM isn't allowed as an ONBUILD trigger");
    expect(analyzeDockerfile(make("MAINTAINER me")).error).toBe("dockerfile parse error on line 2: MAINTAINER isn't allowed as an ONBUILD trigger");
  });
});
