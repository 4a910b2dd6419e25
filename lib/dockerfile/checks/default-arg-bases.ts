/**
 * InvalidDefaultArgInFrom (convert.go validateBaseImagesWithDefaultArgs): with the global
 * args at their defaults only (no build args), every base must still be a valid image reference.
 */
import type { Context } from "../analysis/context";
import { globalArgValues } from "../analysis/global-args";
import type { Instruction } from "../parser/types";
import { isValidReference } from "../reference";
import { expandWord } from "../shell/expand";

/** Reports bases that only work when a build argument is given. */
export function checkDefaultArgBases(ctx: Context, predefined: ReadonlyMap<string, string>): void {
  const args = globalArgValues(ctx.parsed, predefined, {});
  for (const s of ctx.parsed.stages) {
    const m = expandWord(s.baseRaw, args, ctx.parsed.escapeToken);
    if (m.error) return;
    if (!isValidReference(m.result)) {
      ctx.lint.run("InvalidDefaultArgInFrom", s.line, `Default value for ARG ${s.baseRaw} results in empty or invalid base image name`, s.instructions[0] as Instruction);
    }
  }
}
