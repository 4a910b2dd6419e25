import { describe, expect, it } from "vitest";
import { analyzeDockerfile } from "./analysis/analyze";
import { catalogImageConfig } from "./catalog/image-config";
import { programCommand, runCommand, stageConfigs } from "./image-config";
import { parseDockerfile } from "./parser/parse";

const finalConfig = (text: string) => {
  const parsed = parseDockerfile(text);
  const analysis = analyzeDockerfile(parsed);
  return stageConfigs(parsed, analysis, { baseConfig: catalogImageConfig })[analysis.target ?? 0]!;
};

describe("the image config a stage ends with", () => {
  it("WORKDIR resolves relative to the previous one, ENV expands, USER is kept as written", () => {
    const c = finalConfig('FROM alpine:3.23\nWORKDIR /app\nWORKDIR build\nENV PATH="/app/venv/bin:$PATH"\nUSER app\nCMD ["./hello"]\n');
    expect(c.workdir).toBe("/app/build");
    expect(c.env.get("PATH")).toBe("/app/venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin");
    expect(c.user).toBe("app");
    expect(runCommand(c)).toEqual(["./hello"]);
  });

  it("shell form runs under the SHELL, /bin/sh -c by default", () => {
    expect(runCommand(finalConfig("FROM alpine:3.23\nCMD ./hello --x\n"))).toEqual(["/bin/sh", "-c", "./hello --x"]);
    expect(runCommand(finalConfig('FROM alpine:3.23\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nCMD ./hello\n'))).toEqual(["/bin/ash", "-eo", "pipefail", "-c", "./hello"]);
  });

  it("an ENTRYPOINT resets a CMD the stage did not set itself (dispatchEntrypoint)", () => {
    expect(runCommand(finalConfig('FROM alpine:3.23\nENTRYPOINT ["/app/hello"]\n'))).toEqual(["/app/hello"]);
    expect(runCommand(finalConfig('FROM alpine:3.23\nCMD ["--x"]\nENTRYPOINT ["/app/hello"]\n'))).toEqual(["/app/hello", "--x"]);
  });

  it("a stage built FROM another starts from its config", () => {
    const c = finalConfig("FROM alpine:3.23 AS base\nWORKDIR /app\nUSER 10001\nFROM base\n");
    expect(c.workdir).toBe("/app");
    expect(c.user).toBe("10001");
  });

  it("the base image's command comes from the catalog; scratch has none", () => {
    expect(runCommand(finalConfig("FROM alpine:3.24.2\n"))).toEqual(["/bin/sh"]);
    expect(runCommand(finalConfig("FROM scratch\n"))).toBeNull();
  });

  it("an unknown base image's command is unknown", () => {
    expect(runCommand(finalConfig("FROM example.org/unknown/image:1\n"))).toBeUndefined();
  });

  it("the node image's entrypoint script runs the CMD it is given", () => {
    const c = finalConfig('FROM node:24-alpine\nCMD ["node", "src/server.js"]\n');
    expect(runCommand(c)).toEqual(["docker-entrypoint.sh", "node", "src/server.js"]);
    expect(programCommand(c)).toEqual(["node", "src/server.js"]);
  });
});
