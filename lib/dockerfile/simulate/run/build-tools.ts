/**
 * Build tools: CMake (configure and build), make and ninja, and compilers. A CMake build
 * whose CMakeLists.txt the model can read and whose output the catalog knows is sized
 * file by file; any other build writes files of unknown size.
 */
import { findBuildOutput } from "../../catalog";
import { baseName, joinPath, parentPath, resolvePath } from "../fs-model";
import { familyOf, nativeCProgram, staticFlag, type BuiltProgram, type ImageFamily } from "../programs";
import { approximately, holds, unknown, write, type RunHandler, type RunScope } from "./context";

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
  // -DCMAKE_EXE_LINKER_FLAGS=-static, or LDFLAGS in the environment of the first configure (CMake's CMAKE_EXE_LINKER_FLAGS_INIT).
  const defines = args.flatMap((a, i) => (a === "-D" ? [args[i + 1] ?? ""] : a.startsWith("-D") ? [a.slice(2)] : []));
  const linker = defines.filter((d) => /^CMAKE_EXE_LINKER_FLAGS(:STRING)?=/.test(d)).map((d) => d.slice(d.indexOf("=") + 1));
  const ldflags = command.env?.["LDFLAGS"] ?? scope.state.env.get("LDFLAGS");
  const isStatic = linker.some((f) => staticFlag(f)) || (linker.length === 0 && staticFlag(ldflags));
  scope.cmake.configs.push({ src: resolvePath(scope.cwd, src), build: build === null ? scope.cwd : resolvePath(scope.cwd, build), static: isStatic });
};

/** make and ninja: the build of a CMake configuration when there is one, else the project's own build. */
export const make: RunHandler = ({ command, scope }) => {
  if (scope.cmake.configs.length > 0) scope.cmake.built = true;
  else {
    unknown(scope, { kind: "project-output", by: null });
    holds(scope, { kind: "command", text: command.name });
  }
};

/** The stage's build system: its base image's family, with a C compiler when a step installed one. */
export function stageFamily(scope: RunScope): ImageFamily {
  const family = familyOf(scope.state.rootImageRef);
  const added = scope.state.packagesAdded;
  const compiler = ["gcc", "g++", "build-base", "build-essential", "clang", "musl-dev"].some((p) => added.has(p));
  return compiler ? { ...family, cCompiler: true } : family;
}

const CXX_COMPILERS = new Set(["g++", "c++", "clang++"]);
const C_COMPILERS = new Set(["gcc", "cc", "clang"]);

/** `cargo build [--release] [--target T]`: target/[T/]release/<package name> (Cargo.toml's [package] or [[bin]] name). */
function cargoBuild(command: RunScopeCommand, scope: RunScope): void {
  const args = command.args;
  const at = args.indexOf("--target");
  const target = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith("--target="))?.slice(9);
  const profile = args.includes("--release") || args.includes("-r") ? "release" : "debug";
  const manifest = scope.state.contents.get(joinPath(scope.cwd, "Cargo.toml"));
  const name = manifest ? (/\[\[bin\]\][^[]*?name\s*=\s*"([^"]+)"/.exec(manifest)?.[1] ?? /\[package\][^[]*?name\s*=\s*"([^"]+)"/.exec(manifest)?.[1]) : undefined;
  if (!name) return;
  const family = stageFamily(scope);
  const musl = target !== undefined ? target.includes("-musl") : family.libc === "musl";
  const libc = target !== undefined ? (musl ? "musl" : target.includes("-gnu") ? "glibc" : null) : family.libc === "none" ? null : family.libc;
  const program: BuiltProgram = { kind: "native", language: "rust", by: "cargo build", stage: scope.stage.label, libc, linkage: libc === null ? null : musl ? "static" : "dynamic", libraries: musl ? [] : libc === "glibc" ? ["libgcc_s.so.1"] : null, uses: null, output: null };
  const dir = joinPath(scope.cwd, target ? `target/${target}/${profile}` : `target/${profile}`);
  write(scope, { path: joinPath(dir, name), type: "file", bytes: null, program });
}

type RunScopeCommand = Parameters<RunHandler>[0]["command"];

/** A compiler or a language build tool: `-o` names the file it writes. */
export const compiler: RunHandler = ({ command, scope }) => {
  unknown(scope, { kind: "project-output", by: null });
  const o = command.args.indexOf("-o");
  const out = o >= 0 ? command.args[o + 1] : undefined;
  const cxx = CXX_COMPILERS.has(command.name);
  if (out) {
    const path = resolvePath(scope.cwd, out);
    let program: BuiltProgram | undefined;
    if (cxx || C_COMPILERS.has(command.name)) {
      const sources = command.args.filter((a) => /\.(c|cc|cpp|cxx|c\+\+|C)$/.test(a)).map((a) => scope.state.contents.get(resolvePath(scope.cwd, a)));
      const language = cxx || command.args.some((a) => /\.(cc|cpp|cxx|c\+\+|C)$/.test(a)) ? "c++" : "c";
      const isStatic = command.args.includes("-static") || command.args.includes("--static");
      program = nativeCProgram({ language, by: command.name, stage: scope.stage.label, family: stageFamily(scope), static: isStatic, sources });
      // g++ links libstdc++ as C++; gcc compiling C++ needs -lstdc++ for it: with --as-needed the same rule.
      if (language === "c++" && !cxx && program.kind === "native" && program.libraries && program.libraries.length > 0 && !command.args.includes("-lstdc++")) program.libraries = null;
    }
    write(scope, { path, type: "file", bytes: null, ...(program ? { program } : {}) });
  }
  if (command.name === "cargo" && command.args[0] === "build") cargoBuild(command, scope);
  holds(scope, { kind: "tool-output", program: command.name });
};

/** `jar cf <file> …` (and `cfe`, `cvf`, `--create --file`): writes the JAR. */
export const jar: RunHandler = ({ command, scope }) => {
  const args = command.args;
  const mode = args[0] ?? "";
  let file: string | undefined;
  if (/^-?[a-z]+$/.test(mode) && mode.includes("f") && mode.includes("c")) file = args[1];
  else file = args.find((a) => a.startsWith("--file="))?.slice(7) ?? (args.includes("--file") ? args[args.indexOf("--file") + 1] : undefined);
  unknown(scope, { kind: "project-output", by: null });
  if (file) write(scope, { path: resolvePath(scope.cwd, file), type: "file", bytes: null, program: { kind: "jar", stage: scope.stage.label } });
  holds(scope, { kind: "tool-output", program: "jar" });
};

/** What the course's hello prints: one string literal printed in a counted loop (or once). */
export function knownOutput(source: string | undefined): string[] | null {
  if (source === undefined) return null;
  const prints = [...source.matchAll(/(?:printf\s*\(|std::cout\s*<<|puts\s*\()\s*"((?:[^"\\]|\\.)*)"/g)].map((m) => (m[1] as string).replace(/\\n$/, ""));
  if (prints.length !== 1 || /[%\\]/.test(prints[0] as string)) return null;
  const loop = /for\s*\(\s*int\s+\w+\s*=\s*0\s*;\s*\w+\s*<\s*(\d+)\s*;/.exec(source);
  const count = loop ? Number(loop[1]) : 1;
  return count > 0 && count <= 100 ? Array.from({ length: count }, () => prints[0] as string) : null;
}

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
    const programOf = (exe: string): BuiltProgram | undefined => (project && content !== undefined ? cmakeProgram(scope, cfg, content, project, exe) : undefined);
    if (output) {
      for (const f of output.files) {
        const exe = project?.executables.includes(baseName(f.path)) && parentPath(joinPath(cfg.build, f.path)) === cfg.build ? baseName(f.path) : null;
        const program = exe ? programOf(exe) : undefined;
        write(scope, { path: joinPath(cfg.build, f.path), type: "file", bytes: f.bytes, approximate: true, ...(program ? { program } : {}) });
      }
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
    for (const exe of project?.executables ?? []) {
      const program = programOf(exe);
      write(scope, { path: joinPath(cfg.build, exe), type: "file", bytes: null, ...(program ? { program } : {}) });
    }
    unknown(scope, { kind: "project-output", by: "cmake-build" });
    holds(scope, { kind: "cmake-build", executables: [] });
  }
}

/** The program a CMake build makes for one add_executable target. */
function cmakeProgram(scope: RunScope, cfg: { src: string; static: boolean }, content: string, project: { executables: string[]; sources: string[] }, exe: string): BuiltProgram {
  const languages = /project\s*\([^)]*LANGUAGES([^)]*)\)/i.exec(content)?.[1] ?? "";
  const sources = project.sources.map((f) => scope.state.contents.get(joinPath(cfg.src, f)));
  const cxx = /\bCXX\b/.test(languages) || project.sources.some((f) => /\.(cc|cpp|cxx)$/.test(f));
  const isStatic = cfg.static || /-static\b/.test(content.replace(/#.*$/gm, ""));
  const output = sources.length === 1 ? knownOutput(sources[0]) : null;
  void exe;
  return nativeCProgram({ language: cxx ? "c++" : "c", by: "cmake --build", stage: scope.stage.label, family: stageFamily(scope), static: isStatic, sources, output });
}

