/**
 * Build tools: CMake (configure and build), make and ninja, and compilers. A CMake build
 * whose CMakeLists.txt the model can read and whose output the catalog knows is sized
 * file by file; any other build writes files of unknown size.
 */
import { findBuildOutput } from "../../catalog";
import { joinPath, resolvePath } from "../fs-model";
import { simpleCommands } from "../../shell/commands";
import { approximately, holds, unknown, write, type RunContext, type RunHandler, type RunScope } from "./context";
import { makeRecipe, parseMakefile } from "./makefile";

/** The executables and their sources that a CMakeLists.txt declares with add_executable. */
export function parseCMakeLists(content: string): { executables: string[]; sources: string[] } {
  const executables: string[] = [];
  const sources: string[] = [];
  const re = /add_executable\s*\(([^)]*)\)/gi;
  for (let m = re.exec(content); m; m = re.exec(content)) {
    const words = (m[1] ?? "").split(/\s+/).filter((w) => w !== "");
    const [name, ...rest] = words;
    if (!name) continue;
    executables.push(name);
    for (const w of rest) if (!["WIN32", "MACOSX_BUNDLE", "EXCLUDE_FROM_ALL", "IMPORTED", "ALIAS", "GLOBAL"].includes(w)) sources.push(w);
  }
  return { executables, sources };
}

/** `-S dir` / `-Sdir` (and `-B`): the value of a CMake path flag, or null. */
function cmakeFlag(args: string[], flag: "-S" | "-B"): string | null {
  const at = args.findIndex((a) => a.startsWith(flag));
  if (at < 0) return null;
  return args[at] === flag ? (args[at + 1] ?? ".") : (args[at] as string).slice(2);
}

/** `cmake --build` builds; any other cmake call configures a source directory into a build directory. */
export const cmake: RunHandler = ({ command, operands, scope }) => {
  const { args } = command;
  if (args.includes("--build")) {
    scope.cmake.built = true;
    return;
  }
  const src = cmakeFlag(args, "-S") ?? operands[0] ?? ".";
  const build = cmakeFlag(args, "-B");
  scope.cmake.configs.push({ src: resolvePath(scope.cwd, src), build: build === null ? scope.cwd : resolvePath(scope.cwd, build) });
};

/** `make`'s directory (`-C`), Makefile (`-f`) and targets; command-line variables (`NAME=value`) are not targets. */
function makeArgs(args: string[]): { dir: string | null; file: string | null; targets: string[] } {
  let dir: string | null = null;
  let file: string | null = null;
  const targets: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === "-C" || a === "--directory") dir = args[++i] ?? null;
    else if (a.startsWith("--directory=")) dir = a.slice("--directory=".length);
    else if (a === "-f" || a === "--file" || a === "--makefile") file = args[++i] ?? null;
    else if (/^-[jlo]$/.test(a) && /^\d+$/.test(args[i + 1] ?? "")) i++;
    else if (!a.startsWith("-") && !a.includes("=")) targets.push(a);
  }
  return { dir, file, targets };
}

/**
 * make and ninja: the build of a CMake configuration when there is one; for `make` with a
 * Makefile in the stage's file system that ./makefile can read, the commands of the target's
 * recipe, each read by its own handler (`dispatch`) in the Makefile's directory; else the
 * project's own build, of unknown size.
 */
export function make({ command, scope }: RunContext, dispatch?: (program: string) => RunHandler): void {
  if (scope.cmake.configs.length > 0) {
    scope.cmake.built = true;
    return;
  }
  if (dispatch && command.name === "make") {
    const { dir, file, targets } = makeArgs(command.args);
    const cwd = dir === null ? scope.cwd : resolvePath(scope.cwd, dir);
    const names = file === null ? ["GNUmakefile", "makefile", "Makefile"] : [file];
    const text = names.map((n) => scope.state.contents.get(resolvePath(cwd, n))).find((t) => t !== undefined);
    const makefile = text === undefined ? null : parseMakefile(text);
    const lines = makefile ? makeRecipe(makefile, targets) : null;
    if (lines) {
      holds(scope, { kind: "command", text: ["make", ...targets].join(" ") });
      const saved = scope.cwd;
      for (const line of lines) {
        // Each recipe line runs in its own shell, in the Makefile's directory.
        scope.cwd = cwd;
        if (line === null) {
          unknown(scope, { kind: "project-output", by: null });
          continue;
        }
        // A make inside a recipe (recursive make) is not read again: its output is unknown.
        for (const c of simpleCommands(line)) (c.name === "make" ? make : dispatch(c.name))({ command: c, operands: c.args.filter((a) => !a.startsWith("-")), scope });
      }
      scope.cwd = saved;
      return;
    }
  }
  unknown(scope, { kind: "project-output", by: null });
  holds(scope, { kind: "command", text: command.name });
}

/** A compiler or a language build tool: `-o` names the file it writes. */
export const compiler: RunHandler = ({ command, scope }) => {
  unknown(scope, { kind: "project-output", by: null });
  const o = command.args.indexOf("-o");
  const out = o >= 0 ? command.args[o + 1] : undefined;
  if (out) write(scope, { path: resolvePath(scope.cwd, out), type: "file", bytes: null });
  holds(scope, { kind: "tool-output", program: command.name });
};

export const COMPILERS = ["g++", "gcc", "c++", "cc", "clang", "clang++", "rustc", "cargo", "javac", "mvn", "mvnw", "gradle", "gradlew", "dotnet", "tsc"] as const;

/** After the RUN's commands: what its CMake configurations (and builds) wrote. */
export function finishCMake(scope: RunScope): void {
  const { configs, built } = scope.cmake;
  if (configs.length === 0) return;
  if (!built) {
    for (const cfg of configs) write(scope, { path: cfg.build, type: "dir", bytes: null, note: { kind: "cmake-configuration" }, opaque: true });
    unknown(scope, { kind: "project-output", by: "cmake-configure" });
    return;
  }
  for (const cfg of configs) {
    const content = scope.state.contents.get(joinPath(cfg.src, "CMakeLists.txt"));
    const project = content === undefined ? null : parseCMakeLists(content);
    const output = project ? findBuildOutput(project.executables, project.sources) : null;
    if (output) {
      for (const f of output.files) write(scope, { path: joinPath(cfg.build, f.path), type: "file", bytes: f.bytes, approximate: true });
      scope.result.known += output.bytes;
      scope.result.catalogIds.push(output.id);
      scope.result.figures.push({ kind: "catalog", id: output.id, entry: output, approximations: [{ kind: "sandbox-build" }] });
      approximately(scope, { kind: "sandbox-build" });
      holds(scope, { kind: "cmake-build", executables: output.executables.slice() });
      continue;
    }
    write(scope, { path: cfg.build, type: "dir", bytes: null, note: { kind: "build-directory", stage: scope.stage }, opaque: true });
    for (const f of ["CMakeCache.txt", "Makefile", "cmake_install.cmake"]) write(scope, { path: joinPath(cfg.build, f), type: "file", bytes: null });
    write(scope, { path: joinPath(cfg.build, "CMakeFiles"), type: "dir", bytes: null, note: { kind: "cmake-files" }, opaque: true });
    for (const exe of project?.executables ?? []) write(scope, { path: joinPath(cfg.build, exe), type: "file", bytes: null });
    unknown(scope, { kind: "project-output", by: "cmake-build" });
    holds(scope, { kind: "cmake-build", executables: [] });
  }
}
