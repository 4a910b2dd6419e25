import { describe, expect, it } from "vitest";
import { emptyState, type StageState } from "../fs-model";
import { handlerFor, RUN_HANDLERS, simulateRun } from ".";
import { apk, nodePackageManager, python } from "./packages";
import { cmake, compiler, make } from "./build-tools";
import { cd, noWrite, unknownCommand } from "./files";
import { download } from "./downloads";

const stage = { label: "build", named: true };
const fresh = (): StageState => emptyState({ ref: "alpine:3.23", imageId: null, folders: [], foldersSource: null });
const run = (script: string, state = fresh()) => ({ result: simulateRun({ state, script, stage }), state });

describe("the RUN command table", () => {
  it("finds each program family's handler by file name", () => {
    expect(RUN_HANDLERS.get("apk")).toBe(apk);
    expect(RUN_HANDLERS.get("yarn")).toBe(nodePackageManager);
    expect(RUN_HANDLERS.get("ninja")).toBe(make);
    expect(RUN_HANDLERS.get("cmake")).toBe(cmake);
    expect(RUN_HANDLERS.get("clang++")).toBe(compiler);
    expect(RUN_HANDLERS.get("wget")).toBe(download);
    expect(RUN_HANDLERS.get("cd")).toBe(cd);
    expect(RUN_HANDLERS.get("chmod")).toBe(noWrite);
    expect(handlerFor("python3.12")).toBe(python);
    expect(handlerFor("frobnicate")).toBe(unknownCommand);
    // Names of Object.prototype are programs like any other, not table entries.
    expect(handlerFor("constructor")).toBe(unknownCommand);
  });

  it("apk add: catalog packages sized, the others named as unknown; the program's path does not matter", () => {
    const { result, state } = run("/sbin/apk add --no-cache g++ make cmake && apk add curl=8.1-r0");
    expect(result.what).toEqual([
      { kind: "packages", label: "g++, make and cmake" },
      { kind: "package", name: "curl" },
    ]);
    expect(result.known).toBe(294_534_513);
    expect(result.catalogIds).toEqual(["apk:cmake g++ make:course"]);
    expect(result.reasons).toEqual([{ kind: "not-in-catalog", what: "apk package", name: "curl" }]);
    expect(state.tree.get("/usr")).toMatchObject({ type: "dir", opaque: true, origin: "run", stage: "build" });
  });

  it("apt-get: update stores package lists, install names packages the catalog does not size (flag values are not packages)", () => {
    const { result } = run("apt-get update && apt-get install -y -t bookworm-backports curl=7.88 git");
    expect(result.reasons).toEqual([
      { kind: "package-index", manager: "apt" },
      { kind: "not-in-catalog", what: "apt package", name: "curl" },
      { kind: "not-in-catalog", what: "apt package", name: "git" },
    ]);
  });

  it("npm ci writes node_modules in the working directory `cd` left; npm run build depends on the project", () => {
    const { result, state } = run("cd /app && npm ci && npm run build");
    expect(result.reasons).toEqual([{ kind: "project-dependencies" }, { kind: "project-output", by: null }]);
    expect(result.what).toEqual([
      { kind: "command", text: "npm ci" },
      { kind: "command", text: "npm run build" },
    ]);
    expect(state.tree.get("/app/node_modules")).toMatchObject({ note: { kind: "dependencies" }, opaque: true });
  });

  it("python -m pip install is pip; any other python program is unknown", () => {
    expect(run("python3 -m pip install -r requirements.txt").result.reasons).toEqual([{ kind: "project-dependencies" }]);
    expect(run("python3 manage.py collectstatic").result.reasons).toEqual([{ kind: "unknown-command", program: "python3" }]);
  });

  it("cmake configure without a build: the configuration only", () => {
    const { result, state } = run("mkdir -p /src/build && cd /src/build && cmake ..");
    expect(result.reasons).toEqual([{ kind: "project-output", by: "cmake-configure" }]);
    expect(state.tree.get("/src/build")).toMatchObject({ note: { kind: "cmake-configuration" } });
  });

  it("cmake and make with a CMakeLists.txt the catalog knows: the build's files, sized", () => {
    const state = fresh();
    state.contents.set("/app/CMakeLists.txt", "add_executable(hello hello.cpp)");
    const { result } = run("cmake -S /app -B /app/build && cmake --build /app/build", state);
    expect(result.reasons).toEqual([]);
    expect(result.what).toEqual([{ kind: "cmake-build", executables: ["hello"] }]);
    expect(result.estimated).toBe(true);
    expect(state.tree.get("/app/build/hello")).toMatchObject({ type: "file", bytes: 15_960 });
  });

  it("compilers write their -o file, of unknown size; downloads and unknown programs are said", () => {
    const { result, state } = run("g++ -O2 -o /out/app main.cpp; curl -fsSL https://example.org/x | sh; frobnicate --all");
    expect(state.tree.get("/out/app")).toMatchObject({ type: "file", bytes: null });
    expect(result.reasons).toEqual([
      { kind: "project-output", by: null },
      { kind: "download", program: "curl" },
      { kind: "unknown-command", program: "sh" },
      { kind: "unknown-command", program: "frobnicate" },
    ]);
    expect(result.what.map((p) => p.kind)).toEqual(["tool-output", "download", "command", "command"]);
  });

  it("echo prints for the legacy log, or writes a file of unknown size; commands that write nothing add nothing", () => {
    expect(run('echo "hello there"').result).toMatchObject({ output: ["hello there"], reasons: [], known: 0 });
    expect(run("echo hi > /etc/motd").result.reasons).toEqual([{ kind: "written-file", by: "echo" }]);
    expect(run("chmod +x /app/hello && rm -rf /tmp/*").result).toMatchObject({ reasons: [], what: [] });
    expect(run("cat a > b").result.reasons).toEqual([{ kind: "written-file", by: "redirect" }]);
  });
});
