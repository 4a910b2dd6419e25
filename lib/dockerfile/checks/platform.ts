/**
 * The checks of a `FROM --platform=` value (convert.go): UndefinedArgInFrom for its
 * variables, RedundantTargetPlatform (reportRedundantTargetPlatform),
 * FromPlatformFlagConstDisallowed (reportConstPlatformDisallowed), and the build error of
 * a value that expands to nothing.
 */
import { fail, type Context } from "../analysis/context";
import type { Instruction } from "../parser/types";
import { expandWord } from "../shell/expand";
import { suggest } from "../suggest";

/** One stage's `--platform` flag. */
export interface PlatformFlag {
  /** The flag's value as written. */
  value: string;
  /** The stage's lower-cased name, or "". */
  stageName: string;
  /** 1-based line of the FROM. */
  line: number;
  from: Instruction;
  /** Names the global scope declares. */
  argNames: ReadonlySet<string>;
}

/** Checks one `FROM --platform=` value. */
export function checkFromPlatform(ctx: Context, flag: PlatformFlag): void {
  const { value, stageName, line, from, argNames } = flag;
  const m = expandWord(value, ctx.globalArgs, ctx.parsed.escapeToken);
  for (const v of m.unmatched) {
    if (argNames.has(v)) continue;
    const hint = suggest(v, argNames, true);
    ctx.lint.run("UndefinedArgInFrom", line, `FROM argument '${v}' is not declared${hint ? ` (did you mean ${hint}?)` : ""}`, from);
  }
  if (m.matched.size === 1 && m.unmatched.length === 0 && m.matched.has("TARGETPLATFORM") && m.result === ctx.globalArgs.get("TARGETPLATFORM")) {
    ctx.lint.run("RedundantTargetPlatform", line, `Setting platform to predefined ${value} in FROM is redundant as this is the default behavior`, from);
  }
  // A constant platform is allowed when the stage is named after it.
  if (m.matched.size === 0 && m.unmatched.length === 0) {
    const [os = "", arch = ""] = m.result.split("/");
    if (!(stageName && ((os && stageName.includes(os)) || (arch && stageName.includes(arch))))) {
      ctx.lint.run("FromPlatformFlagConstDisallowed", line, `FROM --platform flag should not use constant value ${JSON.stringify(m.result)}`, from);
    }
  }
  if (m.result === "") {
    const hint = m.unmatched.map((u) => suggest(u, ctx.globalArgs.keys(), true)).find((h) => h) ?? null;
    fail(ctx, `empty platform value from expression ${value}${hint ? ` (did you mean ${hint}?)` : ""}`, line);
  }
}
