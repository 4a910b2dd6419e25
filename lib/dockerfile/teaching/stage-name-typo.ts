/** StageNameTypo: a --from / from= value that names no stage but is close to one. */
import type { Context } from "../analysis/context";
import type { Diagnostic } from "../analysis/types";
import { diagnostic } from "../diagnostic";
import { suggest } from "../suggest";

/** Reports `--from` values BuildKit would pull as images although a stage name is one or two edits away. */
export function checkStageNameTypo(ctx: Context): Diagnostic[] {
  const names = ctx.stages.map((s) => s.name).filter((n): n is string => n !== null);
  const out: Diagnostic[] = [];
  for (const sources of ctx.sources) {
    for (const src of sources) {
      if (src.stage !== null || /^\d+$/.test(src.value)) continue;
      // An image reference with a registry, tag or path is meant as an image.
      if (/[:/@.$]/.test(src.value)) continue;
      const hint = suggest(src.value.toLowerCase(), names, true);
      if (!hint) continue;
      const line = ctx.parsed.lines[src.instruction.line - 1] ?? "";
      const at = line.indexOf(`from=${src.value}`);
      const start = at + "from=".length + 1;
      const fix = at < 0 ? undefined : { line: src.instruction.line, startColumn: start, endColumn: start + src.value.length, replacement: hint, title: `Use stage ${hint}` };
      out.push(diagnostic("StageNameTypo", src.instruction.line, `BuildKit will try to pull an image called \`${src.value}\`; did you mean stage \`${hint}\`?`, fix));
    }
  }
  return out;
}
