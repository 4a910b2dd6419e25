/** FromNameCasing: `FROM Builder` where an earlier stage is called `builder`. */
import type { Context } from "../analyze";
import type { Diagnostic } from "../analyze-types";
import { getRule } from "../rules";

/** Reports FROM bases that match an earlier stage's name only when lower-cased. */
export function checkFromNameCasing(ctx: Context): Diagnostic[] {
  const out: Diagnostic[] = [];
  const earlier = new Set<string>();
  ctx.parsed.stages.forEach((s, i) => {
    const base = ctx.stages[i]?.base ?? s.baseRaw;
    if (base !== base.toLowerCase() && earlier.has(base.toLowerCase())) {
      const line = ctx.parsed.lines[s.line - 1] ?? "";
      const at = line.indexOf(s.baseRaw);
      const d: Diagnostic = {
        rule: "FromNameCasing",
        severity: "warning",
        line: s.line,
        message: `\`FROM ${base}\` is not stage \`${base.toLowerCase()}\`: FROM matches stage names exactly, so BuildKit reads \`${base}\` as an image name, which fails because image names must be lowercase.`,
        url: getRule("FromNameCasing").url,
      };
      if (at >= 0 && s.baseRaw === base) d.fix = { line: s.line, startColumn: at + 1, endColumn: at + 1 + base.length, replacement: base.toLowerCase(), title: `Use stage ${base.toLowerCase()}` };
      out.push(d);
    }
    if (s.name) earlier.add(s.name);
  });
  return out;
}
