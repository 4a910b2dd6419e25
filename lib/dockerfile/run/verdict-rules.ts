/**
 * The rules of the `docker run` verdict that look at the program itself: its permission
 * bits, its loader and shared libraries (from how it was built, ../simulate/programs), the
 * time zones it loads; then interpreted programs (java -jar, node and its modules, a copied
 * Python virtual environment); then the warnings of a container that starts.
 */
import type { StageConfig } from "../image-config";
import { hasCaCertificates, hasLibrary, hasTzdata, imageLibc, fsNode, nodeAt, pathState, repositoryOf, resolveIn, type FinalImage } from "./image-files";
import type { RunInput } from "./verdict";
import { fails, unknownVerdict } from "./verdict-make";
import type { RunFix, RunVerdict, RunWarning } from "./verdict-types";

interface ProgramCheck {
  image: FinalImage;
  config: StageConfig;
  input: RunInput;
  /** Where the program is in the image. */
  path: string;
  /** The program as the command names it (`./hello`, `server`). */
  command: string;
  user: string;
  resolvedUid: number | null;
  line: number | null;
}

const isRoot = (user: string, uid: number | null) => user === "" || user === "root" || user.startsWith("root:") || uid === 0;

/** The package that provides a library on the final image's distribution, when certain. */
function packageFor(image: FinalImage, library: string): string | null {
  if (image.family.libc !== "musl" || image.family.shell !== "busybox") return null;
  return library === "libstdc++.so.6" ? "libstdc++" : library === "libgcc_s.so.1" ? "libgcc" : null;
}

/** The verdict the program itself decides, or null when it starts (as far as these rules go). */
export function checkProgram(c: ProgramCheck): RunVerdict | null {
  const { image, path, command } = c;
  const node = fsNode(image, path);
  // Permission bits COPY --chmod set: no x bit at all is EACCES for anyone.
  if (node?.mode !== undefined) {
    if ((node.mode & 0o111) === 0) return fails("exec-permission-denied", { command }, { kind: "not-executable", command, path, mode: node.mode.toString(8).padStart(4, "0") }, c.line);
    if (!isRoot(c.user, c.resolvedUid) && (node.mode & 0o001) === 0) {
      const owner = node.owner ?? "0";
      const uid = c.resolvedUid === null ? c.user.split(":")[0] : String(c.resolvedUid);
      if (owner.split(":")[0] !== uid && owner.split(":")[0] !== c.user.split(":")[0]) return unknownVerdict({ kind: "unknown-permission", command, user: c.user }, c.line);
    }
  }
  const program = node?.program;
  if (!program) return venvCheck(c);
  if (program.kind === "venv-python") return venvCheck(c);
  if (program.kind !== "native") return null;
  if (program.linkage === null) return unknownVerdict({ kind: "unknown-linkage", command, stage: program.stage }, c.line);
  const execName = command.includes("/") ? command : path;
  if (program.linkage === "dynamic") {
    const { libc, compat } = imageLibc(image);
    if (program.libc === null || libc === null) return unknownVerdict({ kind: "unknown-linkage", command, stage: program.stage }, c.line);
    if ((libc === "none" || libc !== program.libc) && !compat) {
      return fails("loader-missing", { command: execName }, { kind: "loader-missing", command: execName, path, stage: program.stage, libc: program.libc, imageLibc: libc, image: image.rootImage }, c.input.fromLine ?? c.line);
    }
    if (program.libraries === null) {
      const all = ["libstdc++.so.6", "libgcc_s.so.1"].every((l) => hasLibrary(image, l) === "present");
      if (!all && program.language === "c++") return unknownVerdict({ kind: "unknown-sources", command, stage: program.stage }, c.input.fromLine ?? c.line);
    } else {
      for (const library of program.libraries) {
        const has = hasLibrary(image, library);
        if (has === "present") continue;
        if (has === "unknown") return unknownVerdict({ kind: "unknown-libraries", command, stage: program.stage, libraries: program.libraries }, c.input.fromLine ?? c.line);
        if (program.libc === "glibc") return unknownVerdict({ kind: "unknown-glibc-library", command, library }, c.input.fromLine ?? c.line);
        const pkg = packageFor(image, library);
        const fix: RunFix | null = pkg && c.input.fromLine ? { kind: "insert-after", line: c.input.fromLine, text: `RUN apk add --no-cache ${pkg}` } : null;
        return fails("musl-missing-library", { library, command: execName }, { kind: "library-missing", command: execName, path, stage: program.stage, library, package: pkg, image: image.rootImage }, c.input.fromLine ?? c.line, fix);
      }
    }
  }
  const zone = program.uses?.timezone;
  if (zone?.fatal && zone.zone !== null && !program.uses?.tzEmbedded && hasTzdata(image) === "missing") {
    return fails("tz-unknown", { zone: zone.zone }, { kind: "timezone-missing", zone: zone.zone, image: image.rootImage }, c.input.fromLine ?? c.line);
  }
  return null;
}

/** A command inside a copied virtual environment whose interpreter link points nowhere. */
function venvCheck(c: ProgramCheck): RunVerdict | null {
  const { image, path } = c;
  const at = path.lastIndexOf("/bin/");
  if (at < 0) return null;
  const venv = path.slice(0, at);
  const link = fsNode(image, `${venv}/bin/python`)?.program;
  if (link?.kind !== "venv-python") return null;
  const target = link.target;
  const there = interpreterAt(image, target);
  if (there !== "missing") return there === "present" ? null : unknownVerdict({ kind: "unknown-program", command: target }, c.line);
  const reason = { kind: "venv-interpreter-missing" as const, command: c.command, venv, target, stage: link.stage, image: image.rootImage };
  const line = c.input.fromLine ?? c.line;
  return path === `${venv}/bin/python` || path === `${venv}/bin/python3` ? fails("venv-interpreter-missing", { command: c.command }, reason, line) : fails("venv-script-interpreter-missing", { command: c.command }, reason, line);
}

/** Whether an absolute interpreter path exists in the final image. */
function interpreterAt(image: FinalImage, target: string): "present" | "missing" | "unknown" {
  if (nodeAt(image.tree, target)?.type === "file") return "present";
  if (image.fromScratch) return "missing";
  const repo = repositoryOf(image.rootImage);
  if (target.startsWith("/usr/local/bin/python")) {
    if (repo === "python") return "present";
    // distroless python3 has /usr/bin/python3 only; Alpine, Debian and the others install none in /usr/local/bin.
    if (repo.startsWith("gcr.io/distroless/") || image.family.shell === "busybox" || image.family.shell === "dash") return image.unlistedWrites ? "unknown" : "missing";
  }
  return "unknown";
}

const NODE_BUILTINS = new Set(["fs", "path", "http", "https", "os", "url", "util", "events", "stream", "crypto", "child_process", "net", "zlib", "assert", "buffer", "querystring", "readline", "dns", "tls", "cluster", "worker_threads", "timers", "process", "module", "v8", "vm"]);

/** Interpreted programs: `java -jar`, `node script.js` and its requires. */
export function interpreterChecks(c: { image: FinalImage; config: StageConfig; input: RunInput; argv: string[]; line: number | null }): RunVerdict | null {
  const { image, config, argv } = c;
  const name = (argv[0] ?? "").slice((argv[0] ?? "").lastIndexOf("/") + 1);
  const workdir = config.workdir ?? "/";
  if (name === "java") {
    const at = argv.indexOf("-jar");
    const jar = at >= 0 ? argv[at + 1] : undefined;
    if (!jar) return null;
    // Exec form: no shell expands a wildcard; java gets the pattern itself.
    const wildcard = /[*?[]/.test(jar);
    const state = wildcard ? "missing" : pathState(image.tree, resolveIn(workdir, jar), image.fromScratch, image.unlistedWrites);
    if (state === "missing") return fails("jar-missing", { jar }, { kind: "jar-missing", jar, wildcard }, c.line);
    return null;
  }
  if (name === "node" || name === "nodejs") {
    const script = argv.slice(1).find((a) => !a.startsWith("-"));
    if (!script) return null;
    if (script === "/bin/sh" && !nodeAt(image.tree, "/bin/sh") && (image.family.shell === "none" || image.fromScratch)) {
      return fails("node-entrypoint-shell-form", {}, { kind: "node-module-missing", module: "/bin/sh", script: "/bin/sh" }, c.line);
    }
    const file = resolveIn(workdir, /\.[cm]?js$/.test(script) || script.includes("/") ? script : `${script}`);
    const state = pathState(image.tree, file, image.fromScratch, image.unlistedWrites);
    if (state === "missing") return fails("node-module-missing", { module: file }, { kind: "node-module-missing", module: file, script: file }, c.line);
    const text = image.state?.contents.get(file);
    if (text === undefined) return null;
    for (const m of text.matchAll(/(?:require\(\s*|from\s+|import\s+)["']([^"'./][^"']*)["']/g)) {
      const spec = m[1] as string;
      const pkg = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : (spec.split("/")[0] as string);
      if (spec.startsWith("node:") || NODE_BUILTINS.has(pkg)) continue;
      if (moduleState(image, file) === "missing") {
        const copy = c.input.copyLines?.find((l) => l.sources.some((s) => file.endsWith(s.replace(/^\.?\//, "")) || s.endsWith(file.slice(file.lastIndexOf("/") + 1))));
        return fails("node-module-missing", { module: spec }, { kind: "node-module-missing", module: spec, script: file }, copy?.line ?? c.line);
      }
    }
  }
  return null;
}

/** Whether a node_modules folder is on the resolution path of a script: node looks in every ancestor's node_modules. */
function moduleState(image: FinalImage, file: string): "present" | "missing" | "unknown" {
  let dir = file.slice(0, file.lastIndexOf("/")) || "/";
  for (;;) {
    if (nodeAt(image.tree, `${dir === "/" ? "" : dir}/node_modules`)) return "present";
    if (dir === "/") break;
    dir = dir.slice(0, dir.lastIndexOf("/")) || "/";
  }
  return image.unlistedWrites ? "unknown" : "missing";
}

/** What goes wrong later without stopping the start. */
export function warningsFor(image: FinalImage, config: StageConfig, verdict: RunVerdict): RunWarning[] {
  if (verdict.reason.kind !== "starts") return [];
  const out: RunWarning[] = [];
  const program = verdict.reason.program ? fsNode(image, verdict.reason.program)?.program : undefined;
  const uses = program?.kind === "native" ? program.uses : null;
  if (uses?.tls && hasCaCertificates(image) === "missing") out.push({ id: "warn-no-ca-certificates", message: "x509: certificate signed by unknown authority", detail: null });
  if (uses?.timezone && !uses.timezone.fatal && !uses.tzEmbedded && hasTzdata(image) === "missing") out.push({ id: "warn-no-tzdata", message: `unknown time zone ${uses.timezone.zone ?? "<name>"}`, detail: uses.timezone.zone });
  const argv = verdict.reason.command;
  const first = (argv[0] ?? "").slice((argv[0] ?? "").lastIndexOf("/") + 1);
  const shellForm = [config.entrypoint, config.cmd].some((c) => c?.form === "shell" && c.args[0] === argv[0]);
  // dash stays PID 1 as the parent of the command; BusyBox ash execs a lone last command.
  const shellPid1 = shellForm && (image.family.shell === "dash" || image.family.shell === "bash");
  const runtimePid1 = !shellForm && (first === "node" || first === "nodejs" || /^python(\d(\.\d+)?)?$/.test(first));
  if (shellPid1 || runtimePid1) out.push({ id: "warn-pid1-signals", message: null, detail: shellPid1 ? "/bin/sh" : first });
  return out;
}
