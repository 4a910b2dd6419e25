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

/**
 * Where BuildKit locates the error of each bkcode-* case (derived from the code, as the
 * fixture's expected error is): the lines any one of which the analyser may report (a cycle
 * is located at every COPY on it), or [] when BuildKit names no line or the build succeeds.
 * toCommand's errors name no line either (convert.go returns `errors.Errorf(...)` unwrapped),
 * but come from one instruction: the editor marks that one, so its line is listed.
 */
const BKCODE_ERROR_LINES: Record<string, number[]> = {
  "arg-default-invalid": [3],
  "arg-default-invalid-overridden": [],
  "arg-selects-stage": [],
  "arg-selects-stage-image": [],
  "arg-selects-stage-uppercase": [7],
  "check-all-stages-forward-copy": [],
  "cycle-names-outer-stage": [2, 5, 8],
  "error-order-cycle-first": [2, 5],
  "error-order-parse-before-copy": [7],
  "error-order-target-first": [],
  "from-variable-unneeded-stage": [6],
  "from-variable-unneeded-stage-mount": [6],
  "mount-options-unneeded-stage": [],
  "mount-options-unneeded-stage-target-warm": [2],
  "onbuild-copy-from-edge": [],
  "onbuild-copy-from-edge-target-base": [],
  "onbuild-cycle-is-forward-copy": [4],
  "platform-arg-global-default": [5],
  "platform-arg-global-default-build-arg": [5],
  "platform-arg-override-os": [5],
  "platform-arg-override-platform": [2],
  "scratch-capitalised": [5],
  "targetstage-raw": [5],
  "targetstage-raw-lowercase": [],
  "unneeded-copy-from-typo": [7],
  "unneeded-stage-uppercase-base": [5],
};

describe("BuildKit's code read (bkcode-*): the error and the build checks its code gives, and where the error is", () => {
  const names = cases.filter((c) => c.startsWith("bkcode-"));
  it("every case has its error lines listed", () => {
    expect(names.map((n) => n.slice("bkcode-".length)).sort()).toEqual(Object.keys(BKCODE_ERROR_LINES).sort());
  });
  for (const name of names) {
    it(name, () => {
      const expected = JSON.parse(read(name, ".expected.json")) as { upstream: string; error: string | null; warnings: unknown[] };
      // A source file and the function followed, not a test.
      expect(expected.upstream).toMatch(/^moby\/buildkit frontend\/dockerfile\/\S+(?<!_test)\.go (?!test)[A-Za-z]\w* \(commit [0-9a-f]{40}\)$/);
      const text = read(name, ".Dockerfile");
      const options = optionsOf(name);
      expect(buildkitObserves(text, options)).toEqual({ error: expected.error, warnings: expected.warnings });
      const errorLines = analyzeDockerfile(text, options).diagnostics.filter((d) => d.rule === "BuildError").map((d) => d.line);
      const allowed = BKCODE_ERROR_LINES[name.slice("bkcode-".length)] ?? [];
      if (allowed.length === 0) expect(errorLines).toEqual([]);
      else {
        expect(errorLines).toHaveLength(1);
        expect(allowed).toContain(errorLines[0]);
      }
    });
  }
});

describe("golden analyses (update with `npx vitest run -u` after checking the diff)", () => {
  for (const name of cases.filter((c) => !c.startsWith("bk-") && !c.startsWith("bkcode-"))) {
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
