import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SimulationReport } from "./simulate/report";

const ROOT = join(__dirname, "..");
const simulate = (...args: string[]) => {
  const r = spawnSync("npx", ["tsx", join(ROOT, "scripts", "simulate.ts"), ...args], { cwd: ROOT, encoding: "utf8" });
  return { status: r.status, report: r.stdout ? (JSON.parse(r.stdout) as SimulationReport) : null, stderr: r.stderr };
};

// Each case starts the CLI (tsx): seconds, not milliseconds.
describe("npm run simulate", { timeout: 60_000 }, () => {
  it("prints image.bytes as docker image ls would show it, its confidence, and the per-stage breakdown; exit 0", () => {
    const { status, report } = simulate("lessons/why-multi-stage/multi.Dockerfile", "--context", "lessons/why-multi-stage/project", "--calibration", "course");
    expect(status).toBe(0);
    expect(report?.image).toMatchObject({ bytes: 8_340_000, display: "8.34MB", confidence: "approximate", lowerBound: false, missing: [] });
    expect(report?.stages.map((s) => [s.label, s.display])).toEqual([
      ["build", "303MB"],
      ["stage-1", "8.34MB"],
    ]);
    expect(report?.image?.base).toMatchObject({ ref: "alpine:latest", libc: "musl" });
  });

  it("without a figure for the base image, bytes is null and confidence unknown; a failing build exits 1; usage errors exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "simulate-"));
    writeFileSync(join(dir, "Dockerfile"), "FROM example.com/nope:1\n");
    writeFileSync(join(dir, "broken.Dockerfile"), "");
    const unknown = simulate(join(dir, "Dockerfile"));
    expect([unknown.status, unknown.report?.image?.bytes, unknown.report?.image?.confidence, unknown.report?.image?.display]).toEqual([0, null, "unknown", "unknown"]);
    expect(simulate(join(dir, "broken.Dockerfile")).status).toBe(1);
    expect(simulate().status).toBe(2);
    expect(simulate(join(dir, "Dockerfile"), "--calibration", "nope").status).toBe(2);
    expect(simulate(join(dir, "missing.Dockerfile")).status).toBe(2);
  });
});
