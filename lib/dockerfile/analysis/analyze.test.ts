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

const read = (name: string, ext: string) => readFileSync(new URL(`${name}${ext}`, dir), "utf8");
const optionsOf = (name: string): AnalyzeOptions => (existsSync(new URL(`${name}.args.json`, dir)) ? (JSON.parse(read(name, ".args.json")) as AnalyzeOptions) : {});

/** What BuildKit itself reports for a build: its error and its build checks. */
function buildkitObserves(text: string, options: AnalyzeOptions) {
  const result = analyzeDockerfile(text, options);
  const warnings = result.diagnostics.filter((d) => RULES_BY_NAME.get(d.rule)?.source === "buildkit").map(({ rule, line, message }) => ({ rule, line, message }));
  return { error: result.error, warnings };
}

describe("BuildKit's own cases (bk-*): the error and the build checks BuildKit reports", () => {
  for (const name of cases.filter((c) => c.startsWith("bk-"))) {
    it(name, () => {
      const expected = JSON.parse(read(name, ".expected.json")) as { upstream: string; error: string | null; warnings: unknown[] };
      expect(expected.upstream).toMatch(/^moby\/buildkit frontend\/dockerfile\/\S+_test\.go test\w+ \(commit [0-9a-f]{40}\)$/);
      expect(buildkitObserves(read(name, ".Dockerfile"), optionsOf(name))).toEqual({ error: expected.error, warnings: expected.warnings });
    });
  }
});

describe("golden analyses (update with `npx vitest run -u` after checking the diff)", () => {
  for (const name of cases.filter((c) => !c.startsWith("bk-"))) {
    it(name, async () => {
      const result = analyzeDockerfile(read(name, ".Dockerfile"), optionsOf(name));
      await expect(`${JSON.stringify(result, null, 2)}\n`).toMatchFileSnapshot(`../__fixtures__/${name}.expected.json`);
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
    // 64 KB in which every RUN continues over the next FROM: one stage with one long RUN,
    // analysed without an internal error (its speed is measured by `npm run bench`).
    const big = "FROM alpine AS a\nRUN x \\\n".repeat(64 * 1024 / 24).slice(0, 64 * 1024);
    const result = analyzeDockerfile(big);
    expect(result.diagnostics.filter((d) => d.message.startsWith("internal analyser error"))).toEqual([]);
    expect(result.stages).toHaveLength(1);
  });
});
