/**
 * What a `RUN` asks the shell to do, read without running it: the simple commands of a
 * command line, and the packages its install commands name. A model, not a shell: it
 * splits on `&&`, `||`, `;`, `|` and newlines and does not follow subshells, functions or
 * variables, so callers treat what it cannot read as unknown.
 */
import { splitWords, unquote } from "../parser/lex";
import type { Instruction, InstructionDetail } from "../parser/types";

/** One simple command, e.g. `apk add --no-cache g++`. */
export interface SimpleCommand {
  /** The program as written (`/usr/bin/apk`, `apk`). */
  program: string;
  /** The program's file name (`apk`). */
  name: string;
  /** The arguments, quotes removed. */
  args: string[];
  /** The command's text as written, for messages. */
  raw: string;
  /** True when the text redirects output (`> file`), so it writes a file we cannot size. */
  redirects: boolean;
  /** Leading `NAME=value` assignments (`CGO_ENABLED=0 go build`), present only when there are some. */
  env?: Record<string, string>;
}

/** The text a RUN hands to the shell: its command (exec form joined with spaces) and its heredoc bodies. */
export function runScript(ins: Instruction, detail: InstructionDetail | undefined): string {
  return [detail?.json ? detail.json.join(" ") : ins.args, ...(detail?.heredocs.map((h) => h.content) ?? [])].join("\n");
}

const baseName = (p: string): string => p.slice(p.lastIndexOf("/") + 1);

/**
 * The simple commands of a shell command line. Leading `NAME=value` assignments and a
 * leading `sudo` or `exec` are dropped; comments are skipped.
 */
export function simpleCommands(text: string): SimpleCommand[] {
  const out: SimpleCommand[] = [];
  for (const raw of text.split(/&&|\|\||;|\||\n/)) {
    let words = splitWords(raw.trim()).map(unquote);
    const env: Record<string, string> = {};
    while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0] as string)) {
      const w = words[0] as string;
      env[w.slice(0, w.indexOf("="))] = w.slice(w.indexOf("=") + 1);
      words = words.slice(1);
    }
    if (words[0] === "sudo" || words[0] === "exec") words = words.slice(1);
    const program = words[0] ?? "";
    const name = baseName(program);
    if (name === "" || name.startsWith("#")) continue;
    const command: SimpleCommand = { program, name, args: words.slice(1), raw: raw.trim(), redirects: /(^|[^0-9&])>/.test(raw) };
    if (Object.keys(env).length > 0) command.env = env;
    out.push(command);
  }
  return out;
}

/** A package manager whose install commands name packages. */
export type PackageManager = "apk" | "apt" | "dnf" | "pip" | "npm" | "go";

/** Packages one install command names. */
export interface PackageInstall {
  manager: PackageManager;
  /** Package names as written, version constraints removed (`g++`, `curl`); empty for `npm ci`. */
  packages: string[];
  /** The command, for messages. */
  command: SimpleCommand;
}

/** Flags of apk, apt-get and dnf that take the next word as their value. */
const VALUE_FLAGS = new Set(["--virtual", "-t", "--repository", "-X", "-o", "--option", "-c", "--config-file", "--target-release"]);
/** pip flags whose value is a file or a URL, not a package. */
const PIP_VALUE_FLAGS = new Set(["-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-t", "--target"]);

const stripVersion = (word: string): string => word.split(/[=<>~]/)[0] as string;

/** Operands after `sub`, skipping flags and the values of flags in `valueFlags`. */
function operandsAfter(args: string[], sub: number, valueFlags: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = sub + 1; i < args.length; i++) {
    const a = args[i] as string;
    if (valueFlags.has(a)) i++;
    else if (!a.startsWith("-")) out.push(a);
  }
  return out;
}

/** The first argument that is not a flag, and its position (-1 when there is none). */
function subcommand(args: string[]): { name: string; at: number } {
  const at = args.findIndex((a) => !a.startsWith("-"));
  return { name: at < 0 ? "" : (args[at] as string), at };
}

/** What one simple command installs, or null when it installs nothing we can read. */
export function packageInstall(command: SimpleCommand): PackageInstall | null {
  const { name, args } = command;
  const sub = subcommand(args);
  if (name === "apk" && sub.name === "add") {
    return { manager: "apk", packages: operandsAfter(args, sub.at, VALUE_FLAGS).map(stripVersion), command };
  }
  if ((name === "apt-get" || name === "apt") && sub.name === "install") {
    return { manager: "apt", packages: operandsAfter(args, sub.at, VALUE_FLAGS).map(stripVersion), command };
  }
  if ((name === "dnf" || name === "yum" || name === "microdnf") && sub.name === "install") {
    return { manager: "dnf", packages: operandsAfter(args, sub.at, VALUE_FLAGS).map(stripVersion), command };
  }
  const pipAt = name === "pip" || name === "pip3" ? 0 : name.startsWith("python") && args[0] === "-m" && args[1] === "pip" ? 2 : -1;
  if (pipAt >= 0 && args[pipAt] === "install") {
    return { manager: "pip", packages: operandsAfter(args, pipAt, PIP_VALUE_FLAGS).map(stripVersion), command };
  }
  if (name === "npm" && ["ci", "install", "i"].includes(sub.name)) {
    return { manager: "npm", packages: operandsAfter(args, sub.at, new Set()), command };
  }
  if (name === "go" && args[0] === "mod" && args[1] === "download") return { manager: "go", packages: [], command };
  return null;
}

/** Every install in a command line, in order. */
export function packageInstalls(text: string): PackageInstall[] {
  return simpleCommands(text).flatMap((c) => {
    const p = packageInstall(c);
    return p ? [p] : [];
  });
}
