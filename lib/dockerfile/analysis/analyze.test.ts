import { existsSync, readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzeDockerfile } from "./analyze";
import type { AnalyzeOptions } from "./types";
import { RULES_BY_NAME } from "../rules";

const dir = new URL("../__fixtures__/", import.meta.url);
const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".Dockerfile"))
  .map((f) => f.replace(/\.Dockerfile$/, ""))
  .sort();

describe("golden fixtures (bk-* are BuildKit's dockerfile_check_test.go cases)", () => {
  for (const name of cases) {
    it(name, () => {
      const text = readFileSync(new URL(`${name}.Dockerfile`, dir), "utf8");
      const argsFile = new URL(`${name}.args.json`, dir);
      const options = existsSync(argsFile) ? (JSON.parse(readFileSync(argsFile, "utf8")) as AnalyzeOptions) : {};
      const expected: unknown = JSON.parse(readFileSync(new URL(`${name}.expected.json`, dir), "utf8"));
      expect(analyzeDockerfile(text, options)).toEqual(expected);
    });
  }
});

describe("analyzeDockerfile", () => {
  it("the seed multi-stage Dockerfile triggers no build check", () => {
    const seed = readFileSync(new URL("seed-multi-stage.Dockerfile", dir), "utf8");
    const r = analyzeDockerfile(seed);
    expect(r.diagnostics).toEqual([]);
    expect(r.edges).toEqual([{ from: 0, to: 1, kind: "copy", line: 25 }]);
    expect(r.buildkitStages).toEqual([0, 1]);
  });

  it("every diagnostic carries its rule's documented URL", () => {
    for (const name of cases) {
      const text = readFileSync(new URL(`${name}.Dockerfile`, dir), "utf8");
      for (const d of analyzeDockerfile(text).diagnostics) expect(d.url).toBe(RULES_BY_NAME.get(d.rule)?.url);
    }
  });

  it("an empty Dockerfile cannot be built", () => {
    expect(analyzeDockerfile("").error).toBe("the Dockerfile cannot be empty");
  });

  it("never throws, and every reported line exists, for any text up to 64 KB", () => {
    const alphabet = ["FROM ", "from ", "AS ", "COPY ", "--from=", "RUN ", "<<EOF", "EOF", "\\", "`", "\n", "\r\n", " ", "#", "# escape=`", "$", "${", "}", ":-", "ARG ", "a", "B", "0", "\"", "'", "[", "]", "--mount=type=bind,from=", "\t", "\u00e9"];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 400 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 2000 })), fc.option(fc.constantFrom("a", "B", "stage-0"), { nil: undefined }), (t, target) => {
        const r = analyzeDockerfile(t, target === undefined ? {} : { target });
        const lines = t.split("\n").length;
        for (const d of r.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lines);
        }
      }),
      { numRuns: 400 },
    );
    const big = "FROM alpine AS a\nRUN x \\\n".repeat(64 * 1024 / 24);
    const start = performance.now();
    analyzeDockerfile(big.slice(0, 64 * 1024));
    expect(performance.now() - start).toBeLessThan(500);
  });
});
