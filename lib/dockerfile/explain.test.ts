import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeDockerfile } from "./analysis/analyze";
import { explainStages } from "./explain";
import { parseDockerfile } from "./parser/parse";

const explain = (text: string, target?: string) =>
  explainStages(parseDockerfile(text), analyzeDockerfile(text, target === undefined ? {} : { target }));

describe("explainStages", () => {
  it("the seed's build stage: base, installs, copies, runs, who takes what, and that its layers stay behind", () => {
    const seed = readFileSync("lessons/why-multi-stage/multi.Dockerfile", "utf8");
    const [build, runtime] = explain(seed);
    expect(build?.sentences).toEqual([
      "Stage `build` starts from the image `alpine:latest`.",
      "It installs `g++`, `make` and `cmake` (apk).",
      "It copies `.` from your build context to `.`.",
      "It runs `mkdir -p build && cd build && cmake .. && make`.",
      "It sets the working directory to `/app`.",
      "Stage `stage-1` copies `/app/build/hello` from it (line 25).",
      "None of its layers are in the final image: only the files other stages copy out of it travel on.",
    ]);
    expect(runtime?.label).toBe("stage-1");
    expect(runtime?.sentences).toContain("It copies `/app/build/hello` from stage `build` to `.`.");
    expect(runtime?.sentences.at(-1)).toBe("This is the target: the image `docker build` produces is this stage, with every layer it has.");
  });

  it("a stage the target does not need is skipped by BuildKit but run by the legacy builder", () => {
    const [, unused] = explain("FROM alpine AS base\nFROM alpine AS unused\nRUN echo hi\nFROM base AS final\n");
    expect(unused?.sentences.at(-1)).toContain("BuildKit skips it, while the legacy builder");
  });

  it("a stage after the target is run by neither builder", () => {
    const stages = explain("FROM alpine AS build\nFROM alpine AS test\nFROM build AS final\n", "build");
    expect(stages[1]?.sentences.at(-1)).toBe("The target does not need it and it comes after the target: neither BuildKit nor the legacy builder runs it.");
    expect(stages[2]?.sentences.at(-1)).toBe("The target does not need it and it comes after the target: neither BuildKit nor the legacy builder runs it.");
  });

  it("a stage the target is built on ends up in the final image", () => {
    const [base] = explain("FROM alpine AS base\nRUN apk add curl\nFROM base AS final\n");
    expect(base?.sentences).toContain("Stage `final` is built on it (line 3).");
    expect(base?.sentences.at(-1)).toBe("The target `final` is built on top of it, so everything in it ends up in the final image.");
  });

  it("COPY --from an image is named as an image", () => {
    const [stage] = explain("FROM alpine\nCOPY --from=nginx:latest /etc/nginx/nginx.conf /nginx.conf\n");
    expect(stage?.sentences).toContain("It copies `/etc/nginx/nginx.conf` from the image `nginx:latest` to `/nginx.conf`.");
  });
});

describe("explainStages and ONBUILD", () => {
  it("names what a child stage copies through its base's ONBUILD, and where it runs", () => {
    const text = readFileSync("lib/dockerfile/__fixtures__/bkcode-onbuild-copy-from-edge.Dockerfile", "utf8");
    const [assets] = explain(text);
    expect(assets?.sentences).toContain("Stage `app` copies `/hi` from it: the `ONBUILD` on line 6 runs there, at its `FROM` (line 8).");
  });
});
