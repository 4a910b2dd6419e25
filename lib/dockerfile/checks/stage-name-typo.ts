/** StageNameTypo: a --from / from= value that names no stage but is close to one. */
import type { Context } from "../analyze";
import type { Diagnostic } from "../analyze-types";
import { getRule } from "../rules";
import { suggest } from "../shell";

/** Reports `--from` values BuildKit would pull as images although a stage name is one or two edits away. */
export function checkStageNameTypo(ctx: Context): Diagnostic[] {
  const names = ctx.stages.map((s) => s.name).filter((n): n is string => n !== null);
  const out: Diagnostic[] = [];
  ctx.sources.forEach((sources) => {
    for (const src of sources) {
      if (src.stage !== null || /^\d+$/.test(src.value)) continue;
      // An image reference with a registry, tag or path is meant as an image.
      if (/[:/@.$]/.test(src.value)) continue;
      const hint = suggest(src.value.toLowerCase(), names, true);
      if (!hint) continue;
      const line = ctx.parsed.lines[src.instruction.line - 1] ?? "";
      const needle = `from=${src.value}`;
      const at = line.indexOf(needle);
      const d: Diagnostic = {
        rule: "StageNameTypo",
        severity: "warning",
        line: src.instruction.line,
        message: `BuildKit will try to pull an image called \`${src.value}\`; did you mean stage \`${hint}\`?`,
        url: getRule("StageNameTypo").url,
      };
      if (at >= 0) {
        const start = at + "from=".length + 1;
        d.fix = { line: src.instruction.line, startColumn: start, endColumn: start + src.value.length, replacement: hint, title: `Use stage ${hint}` };
      }
      out.push(d);
    }
  });
  return out;
}
