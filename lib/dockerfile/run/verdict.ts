/**
 * Would `docker run <image>` start the final image's default command? Decided from the
 * image config (ENTRYPOINT, CMD, WORKDIR, USER, PATH; ../image-config), the users its
 * passwd file holds (../users), the files the simulated build put into it (../simulate) and
 * what the catalog knows of the base image. Each rule says `starts`, `fails` (with the words
 * Docker or the runtime prints, from ./messages) or nothing; when no rule is certain the
 * verdict is `unknown` with what the model would need to know. Never a guess.
 */
import type { Analysis } from "../analysis/types";
import type { StageConfig } from "../image-config";
import { runCommand } from "../image-config";
import type { FileTreeNode } from "../simulate/types";
import { resolveUser, type UserDb } from "../users";
import { RUN_MESSAGES } from "./messages";

/** Why the verdict is what it is, as data (lib/workspace writes the sentences). */
export type RunReason =
  | { kind: "no-command" }
  | { kind: "shell-missing"; image: string }
  | { kind: "program-missing"; command: string; path: string; workdir: string | null }
  | { kind: "not-on-path"; command: string; path: string }
  | { kind: "user-missing"; user: string }
  | { kind: "starts"; command: string[]; user: string }
  | { kind: "unknown-command" }
  | { kind: "unknown-program"; command: string }
  | { kind: "unknown-user"; user: string };

/** The outcome of `docker run` for the final image. */
export interface RunVerdict {
  verdict: "starts" | "fails" | "unknown";
  /** For `fails`: the message id in ./messages and its text with the placeholders filled; else null. */
  messageId: string | null;
  message: string | null;
  /** The main reason, and for `unknown` every piece the model lacks. */
  reason: RunReason;
  needs: RunReason[];
  /** 1-based line of the instruction to change (the CMD, ENTRYPOINT or USER), or null. */
  line: number | null;
}

/** What the verdict needs to know of the final image. */
export interface RunInput {
  analysis: Analysis;
  /** The final (target) stage's config and users. */
  config: StageConfig;
  users: UserDb;
  /** The final image's file tree from the simulated build, or null when there is none. */
  tree: FileTreeNode | null;
  /** The root base image of the final stage (after `FROM <stage>` chains): `scratch`, `alpine:3.23`... */
  rootImage: string;
  /** Whether the root base image has /bin/sh: true, false, or null when unknown. */
  rootHasShell: boolean | null;
  /** True when a RUN of the final image's stages wrote files the model cannot list (then no path is certainly missing). */
  unlistedWrites: boolean;
}

function fill(id: string, values: Record<string, string>): string {
  const template = RUN_MESSAGES.find((m) => m.id === id)?.template ?? "";
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);
}

function fails(id: string, values: Record<string, string>, reason: RunReason, line: number | null): RunVerdict {
  return { verdict: "fails", messageId: id, message: fill(id, values), reason, needs: [], line };
}

const unknownVerdict = (reason: RunReason, line: number | null): RunVerdict => ({ verdict: "unknown", messageId: null, message: null, reason, needs: [reason], line });

/** Notes that mark a tree entry whose contents the simulated build only estimates. */
const ESTIMATED: ReadonlySet<string> = new Set(["context-not-given", "dependencies", "build-directory", "cmake-files", "cmake-configuration", "stage-directory", "stage-file-estimated", "maybe-missing-in-stage", "stage-base-image-file", "image", "downloaded"]);

/** The tree node at an absolute path, or null. */
function nodeAt(tree: FileTreeNode | null, path: string): FileTreeNode | null {
  if (!tree) return null;
  let node: FileTreeNode | undefined = tree;
  for (const part of path.split("/").filter(Boolean)) {
    node = node?.children.find((c) => c.name === part);
    if (!node) return null;
  }
  return node ?? null;
}

/**
 * Whether a path is in the final image: `present` when the build put it there (and the model
 * knows the file), `missing` when it is certainly not there (under a folder the build made
 * itself and lists completely, or anywhere in an image built from scratch), else `unknown`
 * (the base image may have it, or a step wrote files the model cannot list).
 */
export function pathState(tree: FileTreeNode | null, path: string, fromScratch: boolean, unlistedWrites = false): "present" | "missing" | "unknown" {
  if (!tree) return fromScratch ? "missing" : "unknown";
  if (unlistedWrites) return nodeAt(tree, path) ? "present" : "unknown";
  let node: FileTreeNode = tree;
  for (const part of path.split("/").filter(Boolean)) {
    if (node.note && ESTIMATED.has(node.note.kind)) return "unknown";
    const child = node.children.find((c) => c.name === part);
    if (!child) return fromScratch || (node.origin !== "base" && node.path !== "/") ? "missing" : "unknown";
    node = child;
  }
  return node.note && node.note.kind === "maybe-missing-in-stage" ? "unknown" : "present";
}

const resolve = (dir: string, p: string): string => {
  const parts: string[] = [];
  for (const seg of `${p.startsWith("/") ? "" : dir}/${p}`.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join("/")}`;
};

/** The verdict for the final image of a build that succeeds. */
export function runVerdict(input: RunInput): RunVerdict {
  const { config, users, tree, rootImage, rootHasShell } = input;
  const fromScratch = rootImage === "scratch";
  const commandLine = config.cmd?.line ?? config.entrypoint?.line ?? null;
  const argv = runCommand(config);
  if (argv === undefined) return unknownVerdict({ kind: "unknown-command" }, null);
  if (argv === null) return fails("no-command", {}, { kind: "no-command" }, null);

  // USER is resolved before the command is looked up (runc's init, then execve).
  const user = config.user ?? "";
  const resolved = resolveUser(user, users);
  if (user !== "" && resolved.status === "missing") {
    const name = user.split(":")[0] ?? user;
    return fails("user-not-found", { user: name }, { kind: "user-missing", user: name }, config.userLine);
  }

  const program = argv[0] as string;
  // Shell form runs /bin/sh -c: on an image without a shell that lookup is what fails.
  const shellForm = (config.entrypoint ?? config.cmd)?.form === "shell";
  if (shellForm && program === "/bin/sh" && (fromScratch || rootHasShell === false) && !nodeAt(tree, "/bin/sh")) {
    return fails("shell-form-without-shell", {}, { kind: "shell-missing", image: rootImage }, commandLine);
  }

  const workdir = config.workdir ?? "/";
  if (program.includes("/")) {
    const path = resolve(workdir, program);
    const state = pathState(tree, path, fromScratch, input.unlistedWrites);
    if (state === "present") return starts(argv, user, commandLine);
    if (state === "missing") {
      const id = program.startsWith("/") ? "program-missing" : "relative-command-workdir";
      return fails(id, { command: program }, { kind: "program-missing", command: program, path, workdir: config.workdir }, commandLine);
    }
    return unknownVerdict({ kind: "unknown-program", command: program }, commandLine);
  }
  const pathEnv = config.env.get("PATH") ?? "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
  for (const dir of pathEnv.split(":").filter(Boolean)) {
    if (nodeAt(tree, resolve("/", `${dir}/${program}`))?.type === "file") return starts(argv, user, commandLine);
  }
  if (fromScratch) return fails("not-on-path", { command: program }, { kind: "not-on-path", command: program, path: pathEnv }, commandLine);
  if (user !== "" && resolved.status === "unknown" && resolved.uid === null) return unknownVerdict({ kind: "unknown-user", user }, config.userLine);
  return unknownVerdict({ kind: "unknown-program", command: program }, commandLine);
}

function starts(command: string[], user: string, line: number | null): RunVerdict {
  return { verdict: "starts", messageId: null, message: null, reason: { kind: "starts", command, user }, needs: [], line };
}
