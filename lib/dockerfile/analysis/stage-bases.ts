/**
 * Each stage's base: the `FROM` value with global ARGs expanded, then looked up exactly
 * among the names of earlier stages, the latest one winning (convert.go: the `FROM` loop of
 * toDispatchState and dispatchStates.addState). Anything else is an image.
 */
import { checkFromPlatform } from "../checks/platform";
import type { Instruction } from "../parser/types";
import { expandWord } from "../shell/expand";
import { suggest } from "../suggest";
import { fail, type Context } from "./context";

/** Sets `base` and `baseStage` of every stage; reports UndefinedArgInFrom and blank bases. */
export function resolveStageBases(ctx: Context, argNames: ReadonlySet<string>, lintFrom: boolean): void {
  const byExactName = new Map<string, number>();
  ctx.parsed.stages.forEach((s, i) => {
    const info = ctx.stages[i];
    if (!info) return;
    const from = s.instructions[0] as Instruction;
    const m = expandWord(s.baseRaw, ctx.globalArgs, ctx.parsed.escapeToken);
    if (lintFrom) {
      for (const v of m.unmatched) {
        if (argNames.has(v)) continue;
        const hint = suggest(v, argNames, true);
        ctx.lint.run("UndefinedArgInFrom", s.line, `FROM argument '${v}' is not declared${hint ? ` (did you mean ${hint}?)` : ""}`, from);
      }
    }
    if (m.error) fail(ctx, m.error, s.line);
    else if (m.result === "") fail(ctx, `base name (${s.baseRaw}) should not be blank`, s.line);
    info.base = m.result === "" ? s.baseRaw : m.result;
    const platform = from.flags.find((f) => f.name === "platform");
    if (platform?.value && lintFrom) checkFromPlatform(ctx, { value: platform.value, stageName: s.name ?? "", line: s.line, from, argNames });
    const base = byExactName.get(info.base);
    if (base !== undefined) info.baseStage = base;
    if (s.name) byExactName.set(s.name, i);
  });
}
