/**
 * Package managers. apk installs are sized from the catalog; apt installs are named but
 * the catalog sizes none yet; language package managers fetch what the project lists, so
 * their size depends on the project.
 */
import { lookupPackages } from "../../catalog";
import { packageInstall } from "../../shell/commands";
import { resolvePath } from "../fs-model";
import { holds, unknown, write, type RunContext, type RunHandler, type RunScope } from "./context";
import { unknownCommand } from "./files";

/** Where a system package manager writes: contents unknown, so the folders are opaque. */
function systemFolders(scope: RunScope): void {
  for (const dir of ["/usr", "/lib", "/etc"]) write(scope, { path: dir, type: "dir", bytes: null, opaque: true });
}

export const apk: RunHandler = ({ command, operands, scope }) => {
  const install = packageInstall(command);
  if (install) {
    const found = lookupPackages("apk", install.packages);
    scope.result.known += found.bytes;
    for (const e of found.entries) {
      holds(scope, { kind: "packages", label: e.label });
      scope.result.catalogIds.push(e.id);
    }
    for (const name of found.unknown) {
      unknown(scope, { kind: "not-in-catalog", what: "apk package", name });
      holds(scope, { kind: "package", name });
    }
    systemFolders(scope);
  } else if (operands[0] === "update") {
    unknown(scope, { kind: "package-index", manager: "apk" });
  }
};

export const apt: RunHandler = ({ command, operands, scope }) => {
  const install = packageInstall(command);
  if (install) {
    for (const name of install.packages) {
      unknown(scope, { kind: "not-in-catalog", what: "apt package", name });
      holds(scope, { kind: "package", name });
    }
    systemFolders(scope);
  } else if (operands[0] === "update") {
    unknown(scope, { kind: "package-index", manager: "apt" });
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

/** `python -m pip ...` is pip; any other python program is unknown. */
export const python = (ctx: RunContext): void => (ctx.command.args.includes("pip") ? pip(ctx) : unknownCommand(ctx));

/** npm, yarn, pnpm, bun: installs fetch dependencies (into node_modules); other scripts depend on the project. */
export const nodePackageManager: RunHandler = ({ command, operands, scope }) => {
  const cmd = operands[0] ?? "install";
  if (["ci", "install", "i", "add"].includes(cmd)) {
    unknown(scope, { kind: "project-dependencies" });
    holds(scope, { kind: "command", text: `${command.name} ${cmd}` });
    write(scope, { path: resolvePath(scope.cwd, "node_modules"), type: "dir", bytes: null, note: { kind: "dependencies" }, opaque: true });
  } else if (cmd !== "cache") {
    unknown(scope, { kind: "project-output", by: null });
    holds(scope, { kind: "command", text: `${command.name} ${operands.join(" ")}`.trim() });
  }
};

/** go: `mod download` fetches dependencies; `build -o` writes a binary of unknown size. */
export const go: RunHandler = ({ command, operands, scope }) => {
  if (operands[0] === "mod" && operands[1] === "download") {
    unknown(scope, { kind: "project-dependencies" });
    holds(scope, { kind: "command", text: "go mod download" });
    return;
  }
  unknown(scope, { kind: "project-output", by: null });
  const o = command.args.indexOf("-o");
  const out = o >= 0 ? command.args[o + 1] : undefined;
  if (operands[0] === "build" && out) write(scope, { path: resolvePath(scope.cwd, out), type: "file", bytes: null });
  holds(scope, { kind: "command", text: `go ${operands[0] ?? ""}`.trim() });
};

export const PIP_FAMILY = ["pip", "pip3", "uv", "poetry", "pipenv"] as const;
export const NODE_FAMILY = ["npm", "yarn", "pnpm", "bun"] as const;
