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
    // The printf hello needs no libstdc++: it starts on the bare alpine.
    expect(report?.run).toMatchObject({ verdict: "starts", message: null, reason: { kind: "starts", program: "/app/hello", output: Array.from({ length: 10 }, () => "Hello world using CMake!") } });
    expect(report?.stop).toBeNull();
  });

  it("prints run.verdict, run.message and run.reason for the std::cout hello on a bare alpine; a stopped build has run null and says where it stops", () => {
    const failing = simulate("lessons/copy-from/broken.Dockerfile", "--context", "lessons/copy-from/project");
    expect(failing.status).toBe(0);
    expect(failing.report?.run).toMatchObject({ verdict: "fails", message: "Error loading shared library libstdc++.so.6: No such file or directory (needed by ./hello)", exitCode: 127, rule: "musl-missing-library", reason: { kind: "library-missing", library: "libstdc++.so.6", package: "libstdc++" } });
    const dir = mkdtempSync(join(tmpdir(), "simulate-"));
    writeFileSync(join(dir, "Dockerfile"), "FROM debian:bookworm-slim\nRUN apk add --no-cache curl\n");
    const stopped = simulate(join(dir, "Dockerfile"));
    expect(stopped.status).toBe(1);
    expect(stopped.report?.run).toBeNull();
    expect(stopped.report?.stop).toMatchObject({ at: "step", line: 2, error: 'process "/bin/sh -c apk add --no-cache curl" did not complete successfully: exit code: 127', log: ["/bin/sh: 1: apk: not found"] });
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
