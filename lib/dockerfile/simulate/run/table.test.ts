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

  it("apk add: the course's toolchain figure, packages an official image lists sized by it, an index kept without --no-cache; the program's path does not matter", () => {
    const { result, state } = run("/sbin/apk add --no-cache g++ make cmake && apk add curl=8.1-r0 no-such-package");
    expect(result.what).toEqual([
      { kind: "packages", label: "g++, make and cmake" },
      { kind: "package-install", manager: "apk", names: ["curl"], added: 1 },
      { kind: "package", name: "no-such-package" },
    ]);
    const curl = result.figures.find((f) => f.kind === "apk");
    expect(curl).toMatchObject({ packages: [{ name: "curl", release: "3.24" }] });
    expect(result.known).toBe(294_534_513 + (curl?.kind === "apk" ? curl.bytes : 0));
    expect(result.catalogIds[0]).toBe("apk:cmake g++ make:course");
    expect(result.reasons).toEqual([
      { kind: "apk-dependencies", names: ["curl"] },
      { kind: "not-in-catalog", what: "apk package", name: "no-such-package" },
      { kind: "package-index", manager: "apk" },
    ]);
    // Measured by the course on its own alpine:latest: an approximation anywhere else.
    expect(result.approximations).toContainEqual({ kind: "course-toolchain" });
    expect(state.tree.get("/usr")).toMatchObject({ type: "dir", opaque: true, origin: "run", stage: "build" });
    expect(simulateRun({ state: fresh(), script: "apk add --no-cache g++ make cmake", stage, calibration: "course" }).approximations).toEqual([]);
  });

  it("apt-get: update's lists count unless removed in the same RUN; install on an image whose packages are unknown cannot be sized", () => {
    const { result } = run("apt-get update && apt-get install -y -t bookworm-backports curl=7.88 git");
    expect(result.reasons).toEqual([
      { kind: "apt-base-unknown", image: "alpine:3.23" },
      { kind: "package-index", manager: "apt" },
    ]);
    expect(result.what).toEqual([
      { kind: "package", name: "curl" },
      { kind: "package", name: "git" },
    ]);
    const debian = emptyState({ ref: "debian:bookworm-slim", imageId: null, folders: [], foldersSource: null, system: { manager: "apt", release: "bookworm", installed: new Set(["libc6"]), complete: true } });
    const sized = run("apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*", debian).result;
    expect(sized.reasons).toEqual([]);
    expect(sized.what[0]).toMatchObject({ kind: "package-install", manager: "apt", names: ["git"] });
    expect(sized.known).toBeGreaterThan(1_000_000);
  });

  it("npm ci with a lock file in the working directory: its packages' unpacked sizes, node_modules sized", () => {
    const state = fresh();
    state.contents.set("/app/package-lock.json", JSON.stringify({ lockfileVersion: 3, packages: { "": {}, "node_modules/ms": { version: "2.1.3" } } }));
    const { result } = run("cd /app && npm ci --omit=dev", state);
    expect(result.reasons).toEqual([]);
    expect(result.known).toBe(6721);
    expect(result.what).toEqual([{ kind: "npm-install", command: "npm ci", packages: 1 }]);
    expect(result.approximations).toEqual([{ kind: "npm-hidden-lockfile" }]);
    expect(state.tree.get("/app/node_modules")).toMatchObject({ type: "dir", bytes: 6721, opaque: true });
  });

  it("go build of one of the course's Go projects: our sandbox build's size; any other with -o: the labelled rule of thumb; without -o: unknown", () => {
    const state = fresh();
    state.contents.set("/src/go.mod", "module example.com/hello\n\ngo 1.22\n");
    state.tree.set("/src/main.go", { type: "file", bytes: 175, origin: "context", stage: "build", from: null, note: null, opaque: false });
    const { result } = run("cd /src && CGO_ENABLED=0 go build -o hello .", state);
    expect(result.reasons).toEqual([]);
    expect(result.known).toBe(1_832_057);
    expect(result.approximations).toEqual([{ kind: "sandbox-go-build" }]);
    expect(state.tree.get("/src/hello")).toMatchObject({ bytes: 1_832_057, approximate: true });
    const other = run("cd /src && go build -tags netgo -o other .", state).result;
    expect(other.reasons).toEqual([]);
    expect(other.known).toBe(6_469_790);
    expect(other.approximations).toEqual([{ kind: "go-rule-of-thumb" }]);
    expect(other.catalogIds).toEqual(["build:go:rule-of-thumb"]);
    expect(state.tree.get("/src/other")).toMatchObject({ bytes: 6_469_790, approximate: true });
    const xx = run("cd /src && xx-go build -o /out/hello ./cmd/hello", state).result;
    expect(xx.approximations).toEqual([{ kind: "go-rule-of-thumb" }]);
    expect(run("cd /src && go build .", state).result.reasons).toEqual([{ kind: "project-output", by: null }]);
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
    expect(result.approximations).toEqual([{ kind: "sandbox-build" }]);
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
