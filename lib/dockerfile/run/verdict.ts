/**
 * Would `docker run <image>` start the final image's default command? Decided from the
 * image config (ENTRYPOINT, CMD, WORKDIR, USER, PATH; ../image-config), the users its
 * passwd file holds (../users), the files the simulated build put into it with how each
 * program was built (../simulate/programs) and what the catalog knows of the base image
 * (./image-files). Each rule says `starts`, `fails` (with the words Docker, runc, the loader
 * or the program prints, from ./messages, whose entries cite their sources) or nothing; when
 * no rule is certain the verdict is `unknown` with what the model would need to know.
 * Never a guess.
 */
import type { BaseImageFacts } from "../catalog";
import type { StageConfig } from "../image-config";
import { programCommand, runCommand } from "../image-config";
import { simpleCommands } from "../shell/commands";
import type { StageState } from "../simulate/fs-model";
import type { ImageFamily } from "../simulate/programs";
import type { FileTreeNode } from "../simulate/types";
import { resolveUser, type UserDb } from "../users";
import { fsNode, hasInterpreter, nodeAt, pathState, resolveIn, type FinalImage } from "./image-files";
import { fails, starts, unknownVerdict } from "./verdict-make";
import { checkProgram, interpreterChecks, warningsFor } from "./verdict-rules";
import type { RunFix, RunVerdict } from "./verdict-types";

export type { RunFix, RunReason, RunVerdict, RunWarning } from "./verdict-types";
export { pathState } from "./image-files";
export { fillMessage } from "./verdict-make";

/** What the verdict needs to know of the final image. */
export interface RunInput {
  /** The final (target) stage's config and users. */
  config: StageConfig;
  users: UserDb;
  /** The final image's file tree from the simulated build, or null when there is none. */
  tree: FileTreeNode | null;
  /** The final stage's file system (programs, contents), or null. */
  state?: StageState | null;
  /** The root base image of the final stage (after `FROM <stage>` chains): `scratch`, `alpine:3.23`... */
  rootImage: string;
  /** Whether the root base image has /bin/sh: true, false, or null when unknown. */
  rootHasShell: boolean | null;
  /** The root base image's family (C library, shell) and facts. */
  family?: ImageFamily;
  facts?: BaseImageFacts | null;
  /** True when a RUN of the final image's stages wrote files the model cannot list (then no path is certainly missing). */
  unlistedWrites: boolean;
  /** 1-based line of the final stage's FROM, for findings about its base. */
  fromLine?: number | null;
  /** The final stage's COPY --from lines, for findings about what it copied. */
  copyLines?: { line: number; from: string; sources: string[] }[];
}

const DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/** Where a command's program is: its absolute path, `missing` (with the message to use) or `unknown`. */
function locate(image: FinalImage, config: StageConfig, program: string, baseCommand: string[] | null): { path: string } | { missing: "path" | "relative" | "bare" } | { unknown: true } {
  const workdir = config.workdir ?? "/";
  if (program.includes("/")) {
    const path = resolveIn(workdir, program);
    // The base image's own command and shell are there.
    if (baseCommand?.[0] === program || (path === "/bin/sh" && image.family.shell !== null && image.family.shell !== "none")) return { path };
    if (image.state?.tree.get(path)?.type === "file") return { path };
    // A venv's own pip, or a console script of a common package (pip writes it into <venv>/bin).
    const at = path.lastIndexOf("/bin/");
    if (at > 0 && image.state?.tree.get(`${path.slice(0, at)}/bin/python`)?.program?.kind === "venv-python" && VENV_SCRIPTS.has(path.slice(at + 5))) return { path };
    if (path === "/bin/sh" && image.family.shell === "none" && !nodeAt(image.tree, path)) return { missing: "path" };
    const state = pathState(image.tree, path, image.fromScratch, image.unlistedWrites);
    if (state === "present") return { path };
    if (state === "missing") return { missing: program.startsWith("/") ? "path" : "relative" };
    return { unknown: true };
  }
  const pathEnv = config.env.get("PATH") ?? DEFAULT_PATH;
  for (const dir of pathEnv.split(":").filter(Boolean)) {
    const p = resolveIn("/", `${dir}/${program}`);
    if (nodeAt(image.tree, p)?.type === "file") return { path: p };
  }
  const interpreter = hasInterpreter(image, program);
  if (interpreter === "present") return { path: program };
  if (interpreter === "missing") return { missing: "bare" };
  if (image.fromScratch) return { missing: "bare" };
  if (baseCommand?.[0] === program) return { path: program };
  if (image.state?.packagesAdded.has(program)) return { path: program };
  // BusyBox applets on Alpine (its /bin/sh is BusyBox's).
  if (image.family.shell === "busybox" && BUSYBOX_APPLETS.has(program)) return { path: `/bin/${program}` };
  // Debian's Essential packages (coreutils, dash, grep, sed…) are in every Debian-based image.
  if (image.family.shell === "dash" && DEBIAN_ESSENTIAL.has(program)) return { path: `/usr/bin/${program}` };
  // The build's own program copied somewhere off PATH: no package of a minimal base provides it.
  const own = [...(image.state?.tree.entries() ?? [])].some(([p, n]) => n.type === "file" && p.endsWith(`/${program}`) && (n.program !== undefined || n.origin === "context"));
  if (own && !image.unlistedWrites && (image.family.shell === "busybox" || image.family.shell === "none")) return { missing: "bare" };
  return { unknown: true };
}

const VENV_SCRIPTS = new Set(["python", "python3", "pip", "pip3", "flask", "gunicorn", "uvicorn", "django-admin", "celery"]);
const DEBIAN_ESSENTIAL = new Set(["sh", "dash", "bash", "cat", "echo", "ls", "sleep", "env", "true", "false", "tail", "printf", "test", "date", "id", "whoami", "hostname", "uname", "grep", "sed", "find", "tar"]);
const BUSYBOX_APPLETS = new Set(["sh", "ash", "cat", "echo", "ls", "sleep", "env", "true", "false", "wget", "tail", "top", "ps", "printf", "test", "date", "nc", "vi", "grep", "sed", "awk", "find", "tar", "id", "whoami", "hostname", "uname"]);

/** The verdict for the final image of a build that succeeds. */
export function runVerdict(input: RunInput): RunVerdict {
  const { config, tree } = input;
  const fromScratch = input.rootImage === "scratch";
  const family: ImageFamily = input.family ?? { libc: fromScratch ? "none" : null, shell: input.rootHasShell === false ? "none" : null, cCompiler: null };
  const image: FinalImage = { tree, state: input.state ?? null, rootImage: input.rootImage, fromScratch, family, facts: input.facts ?? null, unlistedWrites: input.unlistedWrites };
  const verdict = decide(input, image);
  if (verdict.verdict === "starts") verdict.warnings = warningsFor(image, config, verdict);
  return verdict;
}

function decide(input: RunInput, image: FinalImage): RunVerdict {
  const { config, users } = input;
  const commandLine = config.cmd?.line ?? config.entrypoint?.line ?? null;
  // The program that runs: through a base image's pass-through entrypoint script, its CMD.
  const argv = runCommand(config) === null ? null : programCommand(config);
  if (argv === undefined) return unknownVerdict({ kind: "unknown-command" }, null);
  if (argv === null) return fails("no-command", {}, { kind: "no-command" }, input.fromLine ?? null);

  // USER is resolved before the command is looked up (the daemon builds the spec, then runc's init execs).
  const user = config.user ?? "";
  const resolved = resolveUser(user, users);
  if (user !== "" && resolved.status === "missing") {
    const name = user.split(":")[0] ?? user;
    return fails("user-not-found", { user: name }, { kind: "user-missing", user: name }, config.userLine);
  }

  const baseCommand = [...(config.entrypoint?.line === null ? (config.entrypoint?.args ?? []) : [])];
  const program = argv[0] as string;
  const shellForm = [config.entrypoint, config.cmd].some((c) => c?.form === "shell" && c.args[0] === program);
  const located = locate(image, config, program, baseCommand.length > 0 ? baseCommand : null);
  if ("missing" in located) {
    if (shellForm && program === "/bin/sh") return fails("shell-form-without-shell", {}, { kind: "shell-missing", image: input.rootImage }, commandLine, execFormFix(config));
    if (located.missing === "bare") {
      if (program === "java") return fails("jre-missing", {}, { kind: "interpreter-missing", interpreter: "java", image: input.rootImage }, input.fromLine ?? commandLine);
      return fails("not-on-path", { command: program }, { kind: "not-on-path", command: program, path: config.env.get("PATH") ?? DEFAULT_PATH }, commandLine);
    }
    const path = resolveIn(config.workdir ?? "/", program);
    return fails(located.missing === "relative" ? "relative-command-workdir" : "program-missing", { command: program }, { kind: "program-missing", command: program, path, workdir: config.workdir }, commandLine);
  }
  if ("unknown" in located) {
    if (user !== "" && resolved.status === "unknown" && resolved.uid === null) return unknownVerdict({ kind: "unknown-user", user }, config.userLine);
    return unknownVerdict({ kind: "unknown-program", command: program }, commandLine);
  }

  if (shellForm) {
    // `/bin/sh -c "<line>"`: the line's one program is what runs.
    const script = argv.slice(2).join(" ");
    const inner = simpleCommands(script);
    if (inner.length !== 1) return starts(argv, user, commandLine, null, null);
    const first = inner[0]!;
    const innerLocated = locate(image, config, first.program, null);
    if (!("path" in innerLocated)) return unknownVerdict({ kind: "unknown-shell-form", command: first.program }, commandLine);
    const innerCheck = checkProgram({ image, config, input, path: innerLocated.path, command: first.program, user, resolvedUid: resolved.uid, line: commandLine });
    if (innerCheck) return innerCheck.verdict === "fails" ? unknownVerdict({ kind: "unknown-shell-form", command: first.program }, commandLine) : innerCheck;
    return starts(argv, user, commandLine, innerLocated.path, outputOf(image, innerLocated.path));
  }

  const checked = checkProgram({ image, config, input, path: located.path, command: program, user, resolvedUid: resolved.uid, line: commandLine });
  if (checked) return checked;
  const interpreted = interpreterChecks({ image, config, input, argv, line: commandLine });
  if (interpreted) return interpreted;
  return starts(argv, user, commandLine, located.path, outputOf(image, located.path));
}

function outputOf(image: FinalImage, path: string): string[] | null {
  const p = fsNode(image, path)?.program;
  return p?.kind === "native" ? p.output : null;
}

/** The exec form of a shell-form CMD/ENTRYPOINT of one simple command, when it has no shell syntax. */
function execFormFix(config: StageConfig): RunFix | null {
  const c = config.entrypoint?.form === "shell" ? config.entrypoint : config.cmd?.form === "shell" ? config.cmd : null;
  if (!c || c.line === null) return null;
  const text = c.args.slice(2).join(" ").trim();
  if (/[|&;<>()$`*?"'\\]/.test(text) || text === "") return null;
  const words = text.split(/\s+/);
  const keyword = c === config.entrypoint ? "ENTRYPOINT" : "CMD";
  return { kind: "exec-form", line: c.line, text: `${keyword} ${JSON.stringify(words).replace(/","/g, '", "')}` };
}

