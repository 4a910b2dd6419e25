/** FromNameCasing: `FROM Builder` where an earlier stage is called `builder`. */
import type { Context } from "../analysis/context";
import type { Diagnostic } from "../analysis/types";
import { diagnostic } from "../diagnostic";

/** Reports FROM bases that match an earlier stage's name only when lower-cased. */
export function checkFromNameCasing(ctx: Context): Diagnostic[] {
  const out: Diagnostic[] = [];
  const earlier = new Set<string>();
  ctx.parsed.stages.forEach((s, i) => {
    const base = ctx.stages[i]?.base ?? s.baseRaw;
    if (base !== base.toLowerCase() && earlier.has(base.toLowerCase())) {
      const at = (ctx.parsed.lines[s.line - 1] ?? "").indexOf(s.baseRaw);
      const lower = base.toLowerCase();
      const fix = at >= 0 && s.baseRaw === base ? { line: s.line, startColumn: at + 1, endColumn: at + 1 + base.length, replacement: lower, title: `Use stage ${lower}` } : undefined;
      const message = `\`FROM ${base}\` is not stage \`${lower}\`: FROM matches stage names exactly, so BuildKit reads \`${base}\` as an image name, and image names must be lowercase: every build fails, whatever the target.`;
      out.push(diagnostic("FromNameCasing", s.line, message, fix));
    }
    if (s.name) earlier.add(s.name);
  });
  return out;
}
