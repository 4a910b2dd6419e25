/**
 * BuildKit's instruction pass (frontend/dockerfile/instructions/parse.go and bflag.go):
 * each instruction is checked in order and the first failure stops the build with
 * `dockerfile parse error on line N: ...`. The build checks BuildKit runs while parsing
 * (StageNameCasing, FromAsCasing, MaintainerDeprecated, InvalidDefinitionDescription,
 * ExposeProtoCasing, ExposeInvalidFormat) are reported here, so warnings before the
 * failing instruction still appear, as in testWarningsBeforeError.
 */
import { INSTRUCTIONS } from "../instructions";
import { argPairs, argumentWords, splitWords } from "../parser/lex";
import { splitCommand } from "../parser/split-command";
import type { Instruction, InstructionDetail } from "../parser/types";
import { suggest } from "../suggest";
import { columnOf, type Context } from "./context";
import { parseRunMount } from "./run-mount";

// bflag.go flags each instruction declares (instructions/parse.go).
const FLAGS: Record<string, string[]> = {
  ADD: ["chown", "chmod", "link", "keep-git-dir", "checksum", "exclude", "unpack"],
  COPY: ["chown", "chmod", "from", "link", "parents", "exclude"],
  FROM: ["platform"],
  RUN: ["mount", "network", "security"],
  HEALTHCHECK: ["interval", "timeout", "start-period", "start-interval", "retries"],
};

const stageNameRe = /^[a-z][a-z0-9-_.]*$/;

/** Runs the pass; returns BuildKit's error (message with prefix, line) or null. */
export function runInstructionPass(ctx: Context): { message: string; line: number } | null {
  let seenFrom = false;
  for (const ins of ctx.parsed.instructions) {
    const err = checkInstruction(ctx, ins);
    if (err !== null) return { message: `dockerfile parse error on line ${ins.line}: ${err}`, line: ins.line };
    if (ins.keyword === "FROM") seenFrom = true;
    else if (!seenFrom && ins.keyword !== "ARG") {
      // instructions.Parse: only ARG may come before the first FROM.
      return { message: "no build stage in current context", line: ins.line };
    }
  }
  return null;
}

/**
 * instructions.ParseCommand on an ONBUILD trigger, where it runs (initOnBuildTriggers): the
 * error without the `dockerfile parse error` prefix, or null. It runs without a linter, so
 * no build check fires.
 */
export function checkTriggerInstruction(ctx: Context, ins: Instruction, detail: InstructionDetail): string | null {
  const quiet: Context = {
    ...ctx,
    lint: { warnings: [], run: () => undefined, error: () => null },
    parsed: { ...ctx.parsed, detail: new Map([[ins, detail]]) },
  };
  return checkInstruction(quiet, ins);
}

function checkFlags(ins: Instruction): string | null {
  const allowed = FLAGS[ins.keyword] ?? [];
  for (const f of ins.flags) {
    if (!allowed.includes(f.name)) return `unknown flag: --${f.name}`;
  }
  return null;
}

const words = (ctx: Context, ins: Instruction): string[] => argumentWords(ins.args, ctx.parsed.detail.get(ins)?.json);

function checkInstruction(ctx: Context, ins: Instruction): string | null {
  const lint = ctx.lint;
  if (!(INSTRUCTIONS as readonly string[]).includes(ins.keyword)) {
    const hint = suggest(ins.keyword, INSTRUCTIONS, false);
    const cased = hint === null ? null : ins.keywordRaw === ins.keywordRaw.toLowerCase() ? hint.toLowerCase() : hint;
    return `unknown instruction: ${ins.keyword}${cased ? ` (did you mean ${cased}?)` : ""}`;
  }
  switch (ins.keyword) {
    case "FROM": {
      const args = words(ctx, ins);
      if (args.length === 3) {
        const [, as = "", name = ""] = args;
        if (name !== name.toLowerCase()) lint.run("StageNameCasing", ins.line, `Stage name '${name}' should be lowercase`, ins, {
          line: ins.line,
          startColumn: columnOf(ctx, ins.line, name, columnOf(ctx, ins.line, as)),
          endColumn: columnOf(ctx, ins.line, name, columnOf(ctx, ins.line, as)) + name.length,
          replacement: name.toLowerCase(),
          title: `Rename the stage to ${name.toLowerCase()}`,
        });
        // doesFromCaseMatchAsCase: only when FROM itself is all lower or all upper case.
        const cmd = ins.keywordRaw;
        const fromLower = cmd === cmd.toLowerCase();
        const fromUpper = cmd === cmd.toUpperCase();
        if ((fromLower && as !== as.toLowerCase()) || (!fromLower && fromUpper && as !== as.toUpperCase())) {
          const start = columnOf(ctx, ins.line, ` ${as} `) + 1;
          lint.run("FromAsCasing", ins.line, `'${as}' and '${cmd}' keywords' casing do not match`, ins, {
            line: ins.line,
            startColumn: start,
            endColumn: start + as.length,
            replacement: fromLower ? as.toLowerCase() : as.toUpperCase(),
            title: `Write ${fromLower ? as.toLowerCase() : as.toUpperCase()}`,
          });
        }
      }
      let stageName = "";
      if (args.length === 3 && (args[1] as string).toLowerCase() === "as") {
        stageName = (args[2] as string).toLowerCase();
        if (!stageNameRe.test(stageName)) return `invalid name for build stage: ${JSON.stringify(args[2])}, name can't start with a number or contain symbols`;
      } else if (args.length !== 1) return "FROM requires either one or three arguments";
      const flagErr = checkFlags(ins);
      if (flagErr) return flagErr;
      if (stageName) definitionDescription(ctx, ins, "FROM", [stageName]);
      return null;
    }
    case "MAINTAINER":
      lint.run("MaintainerDeprecated", ins.line, "Maintainer instruction is deprecated in favor of using label", ins);
      if (words(ctx, ins).length === 0) return "MAINTAINER requires exactly one argument";
      return checkFlags(ins);
    case "COPY":
    case "ADD": {
      const d = ctx.parsed.detail.get(ins);
      const n = words(ctx, ins).length + (d?.heredocs.length ? 1 : 0);
      if (n < 2 && !(d?.heredocs.length && words(ctx, ins).length >= 2)) {
        if (words(ctx, ins).length < 2) return `${ins.keyword} requires at least two arguments, but only one was provided. Destination could not be determined`;
      }
      return checkFlags(ins);
    }
    case "ARG": {
      const pairs = argPairs(ins.args);
      if (pairs.length === 0) return "ARG requires at least one argument";
      for (const p of pairs) if (p.key === "") return "ARG names can not be blank";
      const flagErr = checkFlags(ins);
      if (flagErr) return flagErr;
      definitionDescription(ctx, ins, "ARG", pairs.map((p) => p.key));
      return null;
    }
    case "ENV":
    case "LABEL": {
      const w = splitWords(ins.args, { escape: ctx.parsed.escapeToken });
      if (w.length === 0) return `${ins.keyword} requires at least one argument`;
      if (!(w[0] as string).includes("=")) {
        if (w.length < 2 && ins.args.trim().split(/[\t\v\f\r ]+/).length < 2) return `${ins.keyword} must have two arguments`;
      } else {
        for (const word of w) if (!word.includes("=")) return `Syntax error - can't find = in ${JSON.stringify(word)}. Must be of the form: name=value`;
      }
      return checkFlags(ins);
    }
    case "EXPOSE": {
      const ports = words(ctx, ins);
      if (ports.length === 0) return "EXPOSE requires at least one argument";
      for (const p of ports) {
        if (p.includes(":")) lint.run("ExposeInvalidFormat", ins.line, `EXPOSE instruction should not define an IP address or host-port mapping, found '${p}'`, ins);
        const slash = p.lastIndexOf("/");
        if (slash >= 0) {
          const proto = p.slice(slash + 1);
          if (proto !== proto.toLowerCase()) lint.run("ExposeProtoCasing", ins.line, `Defined protocol '${p}' in EXPOSE instruction should be lowercase`, ins);
        }
      }
      return checkFlags(ins);
    }
    case "WORKDIR":
    case "USER":
    case "STOPSIGNAL":
      if (ins.args === "") return `${ins.keyword} requires exactly one argument`;
      return checkFlags(ins);
    case "VOLUME":
      if (ins.args === "") return `${ins.keyword} requires at least one argument`;
      return checkFlags(ins);
    case "ONBUILD": {
      if (ins.args === "") return `${ins.keyword} requires at least one argument`;
      const flagErr = checkFlags(ins);
      if (flagErr) return flagErr;
      // parseOnBuild: the trigger itself is only parsed where it runs, in a child stage.
      const trigger = splitCommand(ins.args).cmd.toUpperCase();
      if (trigger === "ONBUILD") return "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed";
      if (trigger === "MAINTAINER" || trigger === "FROM") return `${trigger} isn't allowed as an ONBUILD trigger`;
      return null;
    }
    case "RUN": {
      const flagErr = checkFlags(ins);
      if (flagErr) return flagErr;
      // parseRun's post-hook reads each mount without an expander: CSV and `from=` only.
      for (const f of ins.flags) {
        if (f.name !== "mount" || f.value === null) continue;
        const m = parseRunMount(f.value, null);
        if ("error" in m) return m.error;
      }
      return null;
    }
    case "SHELL": {
      const json = ctx.parsed.detail.get(ins)?.json;
      if (ins.args === "" || (json && json.length === 0)) return "SHELL requires at least one argument";
      if (!json) return `SHELL requires the arguments to be in JSON form`;
      return checkFlags(ins);
    }
    case "HEALTHCHECK":
      if (ins.args === "") return "HEALTHCHECK requires at least one argument";
      return checkFlags(ins);
    default:
      return checkFlags(ins);
  }
}

/** instructions/parse.go validateDefinitionDescription (experimental rule). */
function definitionDescription(ctx: Context, ins: Instruction, instruction: string, keys: string[]): void {
  const comments = ctx.parsed.detail.get(ins)?.comments ?? [];
  if (comments.length === 0 || keys.length === 0) return;
  const first = (comments[comments.length - 1] as string).split(" ")[0] as string;
  if (keys.includes(first)) return;
  const example = keys.length > 1 ? "<arg_key>" : (keys[0] as string);
  ctx.lint.run("InvalidDefinitionDescription", ins.line, `Comment for ${instruction} should follow the format: \`# ${example} <description>\``, ins);
}
