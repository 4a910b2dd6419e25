/**
 * NoEmptyContinuation comes from the parser's warnings, reported at the line where the
 * continued instruction text ends (BuildKit's parser records it there).
 */
import type { Context } from "../analysis/context";

/** Reports instructions with an empty line inside a continuation. */
export function checkEmptyContinuations(ctx: Context): void {
  for (const ins of ctx.parsed.instructions) {
    const d = ctx.parsed.detail.get(ins);
    if (d && d.emptyContinuationLines.length > 0) ctx.lint.run("NoEmptyContinuation", d.continuationEndLine, "Empty continuation line", ins);
  }
}
