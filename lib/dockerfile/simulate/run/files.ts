/** Shell built-ins and file commands: `cd`, `mkdir`, `touch`, `echo`, `cp`, and the commands that write nothing. */
import { resolvePath } from "../fs-model";
import { holds, unknown, write, type RunHandler } from "./context";

/** Commands that change no file of note (or only remove, rename or chmod what is there). */
export const NO_WRITE_COMMANDS: ReadonlySet<string> = new Set([
  "true", ":", "set", "export", "ls", "cat", "pwd", "whoami", "id", "env", "printenv", "chmod", "chown", "chgrp",
  "ln", "mv", "adduser", "addgroup", "useradd", "groupadd", "usermod", "sleep", "test", "[", "exit", "which", "uname",
  "date", "printf", "wc", "head", "grep",
]);

export const cd: RunHandler = ({ operands, scope }) => {
  scope.cwd = resolvePath(scope.cwd, operands[0] ?? "/root");
};

export const mkdir: RunHandler = ({ operands, scope }) => {
  for (const d of operands) write(scope, { path: resolvePath(scope.cwd, d), type: "dir", bytes: null });
};

export const touch: RunHandler = ({ operands, scope }) => {
  for (const f of operands) write(scope, { path: resolvePath(scope.cwd, f), type: "file", bytes: 0 });
};

export const echo: RunHandler = ({ command, scope }) => {
  if (command.redirects) unknown(scope, { kind: "written-file", by: "echo" });
  else scope.result.output.push(command.args.filter((a) => a !== "-n" && a !== "-e").join(" "));
};

export const cp: RunHandler = ({ command, scope }) => unknown(scope, { kind: "copy-inside-image", program: command.name });

/** A command of NO_WRITE_COMMANDS: nothing, unless it redirects into a file. */
export const noWrite: RunHandler = ({ command, scope }) => {
  if (command.redirects) unknown(scope, { kind: "written-file", by: "redirect" });
};

/** Where package managers keep their indexes; removing them in the same RUN keeps them out of the layer. */
const INDEX_DIRS: Record<"apt" | "apk", string> = { apt: "/var/lib/apt/lists", apk: "/var/cache/apk" };

/** `rm`: removes nothing the model sizes, except a package index downloaded earlier in the same RUN. */
export const rm: RunHandler = ({ command, operands, scope }) => {
  if (command.redirects) unknown(scope, { kind: "written-file", by: "redirect" });
  for (const op of operands) {
    const path = resolvePath(scope.cwd, op.replace(/\/\*$/, ""));
    for (const manager of ["apt", "apk"] as const) if (path === INDEX_DIRS[manager] || path.startsWith(`${INDEX_DIRS[manager]}/`)) scope.indexes.delete(manager);
  }
};

/** A program the model does not know. */
export const unknownCommand: RunHandler = ({ command, scope }) => {
  unknown(scope, { kind: "unknown-command", program: command.name });
  holds(scope, { kind: "command", text: command.name });
};
