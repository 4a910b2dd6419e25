import { readdirSync, readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeDockerfile } from "../analysis/analyze";
import { toContextFiles } from "../build-context";
import { parseDockerfile } from "../parser/parse";
import { simulateBuild, simulationAnalysisOptions } from "../simulate";

// Runs the run-verdict bank (__bank__/README.md): each case's Dockerfile and context through
// the simulated build, compared with what Docker does.

const bank = new URL("./__bank__/", import.meta.url);
const cases = readdirSync(bank)
  .filter((name) => statSync(new URL(name, bank)).isDirectory())
  .sort();

function filesOf(dir: URL, prefix = ""): { path: string; data: Uint8Array }[] {
  const out: { path: string; data: Uint8Array }[] = [];
  for (const name of readdirSync(dir)) {
    const url = new URL(name, dir);
    if (statSync(url).isDirectory()) out.push(...filesOf(new URL(`${name}/`, dir), `${prefix}${name}/`));
    else if (prefix !== "" || name !== "expected.json") out.push({ path: `${prefix}${name}`, data: new Uint8Array(readFileSync(url)) });
  }
  return out;
}

interface Expected {
  build: "succeeds" | "fails";
  buildError: string | null;
  buildLog?: string;
  verdict: "starts" | "fails" | "unknown" | null;
  message: string | null;
  exitCode?: number;
  warnings?: string[];
  absentWarnings?: string[];
}

/** The simulated build and run of a case. */
export function runCase(name: string) {
  const dir = new URL(`${name}/`, bank);
  const text = readFileSync(new URL("Dockerfile", dir), "utf8");
  const options = { contextFiles: toContextFiles(filesOf(dir)) };
  const parsed = parseDockerfile(text);
  const analysis = analyzeDockerfile(parsed, simulationAnalysisOptions(options));
  return simulateBuild(parsed, analysis, options);
}

describe("run-verdict bank", () => {
  for (const name of cases) {
    it(name, () => {
      const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, bank), "utf8")) as Expected;
      const sim = runCase(name);
      const stop = sim.stop;
      if (expected.build === "fails") {
        expect(stop, "the build stops").not.toBeNull();
        // BuildKit's snapshot ids (`<id>::<id>`) are random: any id stands for them.
        const pattern = (expected.buildError ?? "").split(/[a-z0-9]{25}::[a-z0-9]{25}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[a-z0-9]+::[a-z0-9]+");
        expect(stop?.error).toMatch(new RegExp(pattern));
        if (expected.buildLog) expect(stop?.log ?? []).toContain(expected.buildLog);
        expect(sim.run).toBeNull();
        // The log ends with BuildKit's error; nothing after the failing step runs.
        expect(sim.logs.buildkit.at(-1)).toBe(`ERROR: failed to build: failed to solve: ${stop?.error}`);
        expect(sim.logs.buildkit.some((l) => l.includes("exporting to image"))).toBe(false);
        if (stop?.at === "definition") expect(sim.logs.buildkit.filter((l) => l.startsWith(" => [") && !l.includes("[internal]"))).toEqual([]);
        if (stop?.at === "step") expect(sim.logs.buildkit.filter((l) => l.startsWith(" => ERROR ["))).toHaveLength(1);
        return;
      }
      expect(stop).toBeNull();
      expect(sim.run?.verdict, JSON.stringify(sim.run?.reason)).toBe(expected.verdict);
      if (expected.message) expect(sim.run?.message).toContain(expected.message);
      else expect(sim.run?.message ?? null).toBeNull();
      if (expected.exitCode !== undefined) expect(sim.run?.exitCode).toBe(expected.exitCode);
      const warnings = (sim.run?.warnings ?? []).map((w) => w.id);
      for (const w of expected.warnings ?? []) expect(warnings).toContain(w);
      for (const w of expected.absentWarnings ?? []) expect(warnings).not.toContain(w);
    });
  }
});
