/**
 * Package managers. `apk add` is sized from the course's toolchain figure and the installed
 * sizes official images' package lists give; `apt-get install` from Debian's package data
 * (the dependency closure on top of what the image has); `npm ci` from the project's lock
 * file and the npm registry's sizes. What the data does not size is unknown, by name.
 */
import { findGoBuildOutput, lookupPackages, lockedPackages, NPM_READ, sizeApkAdd, sizeAptInstall, sizeNpmLock, type AptApproximation } from "../../catalog";
import { packageInstall } from "../../shell/commands";
import { resolvePath } from "../fs-model";
import type { LayerApproximation } from "../reasons";
import { approximately, holds, unknown, write, type RunContext, type RunHandler, type RunScope } from "./context";
import { unknownCommand } from "./files";
import { stageFamily } from "./build-tools";
import { goUses, type BuiltProgram } from "../programs";

/** Where a system package manager writes: contents unknown, so the folders are opaque. */
function systemFolders(scope: RunScope): void {
  for (const dir of ["/usr", "/lib", "/etc"]) write(scope, { path: dir, type: "dir", bytes: null, opaque: true });
}

function aptApproximation(a: AptApproximation): LayerApproximation {
  switch (a.kind) {
    case "other-suite":
      return { kind: "debian-other-suite", suite: a.suite, release: a.release };
    case "base-list-partial":
      return { kind: "debian-base-partial" };
    case "base-list-other":
      return { kind: "debian-base-other", from: a.from };
    case "provider-choice":
      return { kind: "debian-provider-choice", virtual: a.virtual, chose: a.chose };
  }
}

export const apk: RunHandler = ({ command, operands, scope }) => {
  const install = packageInstall(command);
  if (install) {
    for (const name of install.packages) scope.state.packagesAdded.add(name);
    if (!command.args.includes("--no-cache")) scope.indexes.add("apk");
    const course = lookupPackages("apk", install.packages);
    scope.result.known += course.bytes;
    for (const e of course.entries) {
      holds(scope, { kind: "packages", label: e.label });
      scope.result.catalogIds.push(e.id);
      // The course measured this layer on its alpine:latest; on any other image it is an approximation.
      const approx: LayerApproximation[] = scope.calibration === "course" ? [] : [{ kind: "course-toolchain" }];
      for (const a of approx) approximately(scope, a);
      scope.result.figures.push({ kind: "catalog", id: e.id, entry: e, approximations: approx });
      for (const c of e.covers) scope.state.system.installed?.add(c);
    }
    const sized = sizeApkAdd(scope.state.system, course.unknown, new Set(course.covered));
    if (sized.listed.length > 0) {
      scope.result.known += sized.bytes;
      const approx: LayerApproximation[] = sized.otherRelease ? [{ kind: "apk-other-release", release: sized.release }] : [];
      for (const a of approx) approximately(scope, a);
      const id = `apk:${sized.listed.map((p) => `${p.name}@${p.version}`).join(" ")}`;
      scope.result.catalogIds.push(id);
      scope.result.figures.push({
        kind: "apk",
        id,
        packages: sized.listed.map(({ source: _s, ...p }) => p),
        bytes: sized.bytes,
        sources: sized.listed.flatMap((p) => (p.source ? [p.source] : [])),
        approximations: approx,
      });
      holds(scope, { kind: "package-install", manager: "apk", names: sized.listed.map((p) => p.name), added: sized.listed.length });
      unknown(scope, { kind: "apk-dependencies", names: sized.dependenciesUnknown });
    }
    for (const name of sized.unknown) {
      unknown(scope, { kind: "not-in-catalog", what: "apk package", name });
      holds(scope, { kind: "package", name });
    }
    systemFolders(scope);
  } else if (operands[0] === "update") {
    scope.indexes.add("apk");
  }
};

export const apt: RunHandler = ({ command, operands, scope }) => {
  const install = packageInstall(command);
  if (install) {
    for (const name of install.packages) scope.state.packagesAdded.add(name);
    const recommends = !command.args.includes("--no-install-recommends");
    const sized = sizeAptInstall(scope.state.system, install.packages, { recommends });
    if (sized.blocked) {
      unknown(scope, { kind: "apt-base-unknown", image: scope.base });
      for (const name of install.packages) holds(scope, { kind: "package", name });
    } else if (sized.suite && sized.closure) {
      const { closure, suite } = sized;
      scope.result.known += sized.bytes;
      const approx = sized.approximations.map(aptApproximation);
      for (const a of approx) approximately(scope, a);
      const sizedNames = install.packages.filter((n) => !closure.unknown.includes(n));
      if (sizedNames.length > 0) {
        const id = `apt:${suite.suite}:${[...sizedNames].sort().join(" ")}${recommends ? "" : ":no-recommends"}:${closure.counted.length}`;
        scope.result.catalogIds.push(id);
        scope.result.figures.push({
          kind: "apt",
          id,
          suite: suite.suite,
          release: sized.release,
          requested: sizedNames,
          counted: closure.counted.map((c) => ({ name: c.name, version: c.version, kib: c.kib })),
          inBase: closure.inBase.length,
          bytes: sized.bytes,
          recommends,
          archives: suite.archives.map((a) => ({ name: a.name, version: a.version, date: a.date })),
          read: suite.read,
          approximations: approx,
        });
        holds(scope, { kind: "package-install", manager: "apt", names: sizedNames, added: closure.counted.length });
      }
      for (const name of sized.unknown) {
        unknown(scope, { kind: "not-in-catalog", what: "apt package", name });
        if (install.packages.includes(name)) holds(scope, { kind: "package", name });
      }
    }
    systemFolders(scope);
  } else if (operands[0] === "update") {
    scope.indexes.add("apt");
  }
};

/** pip, uv, poetry, pipenv: `install` and `sync` fetch the project's dependencies. */
export const pip: RunHandler = ({ command, scope }) => {
  const { args, name } = command;
  if (args.includes("install") || args.includes("sync")) {
    unknown(scope, { kind: "project-dependencies" });
    holds(scope, { kind: "command", text: `${name} install` });
  } else if (!args.includes("cache")) unknown(scope, { kind: "project-output", by: null });
};

/**
 * The interpreter a venv's bin/python links to: the python images install CPython in
 * /usr/local/bin (docker-library/python's Dockerfiles, `--prefix=/usr/local`), Debian's
 * python3 package in /usr/bin; null when the stage's python is not known.
 */
function stageInterpreter(scope: RunScope, program: string): string | null {
  if (program.startsWith("/")) return program;
  const repo = scope.state.rootImageRef.toLowerCase().replace(/^(docker\.io\/)?(library\/)?/, "").split(/[:@]/)[0];
  if (repo === "python") return "/usr/local/bin/python3";
  if (scope.state.packagesAdded.has("python3")) return "/usr/bin/python3";
  return null;
}

/** `python -m venv <dir>`: a virtual environment (pip and the venv's scripts), of a size the data does not have. */
function venv({ command, scope }: RunContext): void {
  const at = command.args.indexOf("venv");
  const dir = command.args.slice(at + 1).filter((a) => !a.startsWith("-")).at(-1);
  if (dir) {
    const root = resolvePath(scope.cwd, dir);
    write(scope, { path: root, type: "dir", bytes: null, note: { kind: "venv" }, opaque: true });
    const target = stageInterpreter(scope, command.program);
    if (target) write(scope, { path: `${root}/bin/python`, type: "file", bytes: target.length, program: { kind: "venv-python", stage: scope.stage.label, target } });
  }
  unknown(scope, { kind: "venv" });
  holds(scope, { kind: "command", text: "python -m venv" });
}

/** `python -m pip ...` is pip, `python -m venv` a virtual environment; any other python program is unknown. */
export const python = (ctx: RunContext): void => {
  const { args } = ctx.command;
  if (args[0] === "-m" && args[1] === "venv") venv(ctx);
  else if (args.includes("pip")) pip(ctx);
  else unknownCommand(ctx);
};

/** True when an npm install leaves dev dependencies out. */
function omitsDev(args: string[], env: Map<string, string>): boolean {
  return args.includes("--omit=dev") || args.includes("--production") || args.includes("--only=prod") || args.includes("--only=production") || (env.get("NODE_ENV") === "production" && !args.includes("--include=dev"));
}

/** `npm ci` / `npm install` (no package names) of the lock file in the working directory. */
function npmFromLock(ctx: RunContext, cmd: string): boolean {
  const { command, scope } = ctx;
  const lockPath = resolvePath(scope.cwd, "package-lock.json");
  const text = scope.state.contents.get(lockPath);
  const lock = text === undefined ? null : lockedPackages(text);
  if (lock === null) return false;
  const sized = sizeNpmLock(lock, omitsDev(command.args, scope.state.env));
  const id = `npm:${lockPath}:${sized.packages.length}`;
  scope.result.known += sized.bytes;
  scope.result.catalogIds.push(id);
  scope.result.figures.push({ kind: "npm", id, lockFile: lockPath, packages: sized.packages, bytes: sized.bytes, omitted: sized.omitted, registry: NPM_READ.registry, read: NPM_READ.read });
  if (sized.packages.length > 0) approximately(scope, { kind: "npm-hidden-lockfile" });
  if (sized.unknown.length > 0) unknown(scope, { kind: "npm-unsized", specs: sized.unknown });
  holds(scope, { kind: "npm-install", command: `${command.name} ${cmd}`, packages: sized.packages.length });
  write(scope, { path: resolvePath(scope.cwd, "node_modules"), type: "dir", bytes: sized.unknown.length > 0 ? null : sized.bytes, note: { kind: "npm-packages", packages: sized.packages.length }, opaque: true, approximate: sized.packages.length > 0 });
  return true;
}

/** npm, yarn, pnpm, bun: installs fetch dependencies (into node_modules); other scripts depend on the project. */
export const nodePackageManager: RunHandler = (ctx) => {
  const { command, operands, scope } = ctx;
  const cmd = operands[0] ?? "install";
  if (["ci", "install", "i", "add"].includes(cmd)) {
    const named = operands.slice(1);
    if (command.name === "npm" && named.length === 0 && cmd !== "add" && npmFromLock(ctx, cmd)) return;
    if (named.length > 0 && (command.args.includes("-g") || command.args.includes("--global"))) {
      for (const name of named) {
        unknown(scope, { kind: "not-in-catalog", what: "npm package", name });
        holds(scope, { kind: "package", name });
      }
      return;
    }
    unknown(scope, { kind: "project-dependencies" });
    holds(scope, { kind: "command", text: `${command.name} ${cmd}` });
    write(scope, { path: resolvePath(scope.cwd, "node_modules"), type: "dir", bytes: null, note: { kind: "dependencies" }, opaque: true });
  } else if (cmd !== "cache") {
    unknown(scope, { kind: "project-output", by: null });
    holds(scope, { kind: "command", text: `${command.name} ${operands.join(" ")}`.trim() });
  }
};

/** `go build`'s flags that take a value. */
const GO_VALUE_FLAGS = new Set(["-o", "-tags", "-ldflags", "-gcflags", "-asmflags", "-mod", "-modfile", "-p", "-pkgdir", "-buildmode", "-compiler", "-gccgoflags", "-installsuffix", "-overlay", "-pgo", "-C"]);

/** `go build [flags] [package]`: its output path, tags and package directory. */
function goBuildArgs(args: string[]): { out: string | null; tags: string[]; pkg: string } {
  let out: string | null = null;
  let tags: string[] = [];
  let pkg = ".";
  for (let i = 1; i < args.length; i++) {
    const a = args[i] as string;
    const [flag, inline] = a.startsWith("-") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, null];
    const name = flag.replace(/^--/, "-");
    if (GO_VALUE_FLAGS.has(name)) {
      const value = inline ?? args[++i] ?? "";
      if (name === "-o") out = value;
      if (name === "-tags") tags = value.split(/[,\s]+/).filter(Boolean).sort();
    } else if (!a.startsWith("-")) pkg = a;
  }
  return { out, tags, pkg };
}

/**
 * How `go build` links: CGO_ENABLED from the command or the stage's ENV, else on when the
 * stage has a C compiler; with cgo, a program importing net or os/user links libc dynamically.
 */
function goProgram(scope: RunScope, command: RunContext["command"], dir: string, files: string[], tags: string[]): BuiltProgram {
  const family = stageFamily(scope);
  const setting = command.env?.["CGO_ENABLED"] ?? scope.state.env.get("CGO_ENABLED");
  const cgo = setting !== undefined ? setting === "1" : family.cCompiler;
  const texts = files.map((f) => scope.state.contents.get(resolvePath(dir, f)));
  const known = texts.length > 0 && texts.every((t) => t !== undefined);
  const read = known ? goUses(texts as string[]) : null;
  const uses = read ? { ...read.uses, tzEmbedded: read.uses.tzEmbedded || tags.includes("timetzdata") } : null;
  const libc = family.libc === "none" ? null : family.libc;
  let linkage: "static" | "dynamic" | null;
  if (cgo === false) linkage = "static";
  else if (cgo === null || read === null) linkage = null;
  else linkage = read.net ? "dynamic" : "static";
  return { kind: "native", language: "go", by: "go build", stage: scope.stage.label, libc: linkage === "static" ? (libc ?? null) : libc, linkage, libraries: linkage === null ? null : [], uses, output: null };
}

/** go: `mod download` fetches dependencies; `build -o` writes a binary, sized when it is one of the course's own measured builds. */
export const go: RunHandler = ({ command, operands, scope }) => {
  if (operands[0] === "mod" && operands[1] === "download") {
    unknown(scope, { kind: "project-dependencies" });
    holds(scope, { kind: "command", text: "go mod download" });
    return;
  }
  if (operands[0] === "build") {
    const { out, tags, pkg } = goBuildArgs(command.args);
    const dir = resolvePath(scope.cwd, pkg);
    const goModule = /^\s*module\s+(\S+)/m.exec(scope.state.contents.get(resolvePath(dir, "go.mod")) ?? "")?.[1] ?? null;
    const sources = [...scope.state.tree.keys()].filter((p) => p.startsWith(`${dir === "/" ? "" : dir}/`) && p.endsWith(".go") && !p.slice(dir.length + 1).includes("/")).map((p) => p.slice(p.lastIndexOf("/") + 1));
    const output = goModule && out ? findGoBuildOutput(goModule, tags, sources) : null;
    const program = goProgram(scope, command, dir, sources, tags);
    if (output && out) {
      const bytes = output.files[0]?.bytes ?? 0;
      write(scope, { path: resolvePath(scope.cwd, out), type: "file", bytes, approximate: true, program });
      scope.result.known += bytes;
      scope.result.catalogIds.push(output.id);
      scope.result.figures.push({ kind: "catalog", id: output.id, entry: output, approximations: [{ kind: "sandbox-go-build" }] });
      approximately(scope, { kind: "sandbox-go-build" });
      holds(scope, { kind: "command", text: "go build" });
      return;
    }
    if (out) write(scope, { path: resolvePath(scope.cwd, out), type: "file", bytes: null, program });
  }
  unknown(scope, { kind: "project-output", by: null });
  holds(scope, { kind: "command", text: `go ${operands[0] ?? ""}`.trim() });
};

export const PIP_FAMILY = ["pip", "pip3", "uv", "poetry", "pipenv"] as const;
export const NODE_FAMILY = ["npm", "yarn", "pnpm", "bun"] as const;
