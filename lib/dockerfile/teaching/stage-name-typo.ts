/** StageNameTypo: a --from / from= value that names no stage but is close to one. */
import type { Context } from "../analysis/context";
import type { Diagnostic } from "../analysis/types";
import { diagnostic } from "../diagnostic";
import { isValidReference } from "../reference";
import { suggest } from "../suggest";

/**
 * What BuildKit does with a `--from` that names no stage: it parses it as an image
 * reference in every stage (convert.go resolveBaseImage), and pulls it only when it builds
 * the stage that uses it.
 */
function whatBuildKitDoes(value: string, built: boolean): string {
  if (!isValidReference(value)) {
    const why = value === value.toLowerCase() ? "which is not a valid image name" : "and image names must be lowercase";
    return `BuildKit reads \`${value}\` as an image name, ${why}: every build fails, whatever the target`;
  }
  return built ? `BuildKit will try to pull an image called \`${value}\`` : `BuildKit will try to pull an image called \`${value}\` when it builds this stage`;
}

/** Reports `--from` values BuildKit would pull as images although a stage name is one or two edits away. */
export function checkStageNameTypo(ctx: Context, reach: ReadonlySet<number>): Diagnostic[] {
  const names = ctx.stages.map((s) => s.name).filter((n): n is string => n !== null);
  const out: Diagnostic[] = [];
  for (const [stage, sources] of ctx.sources.entries()) {
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
      out.push(diagnostic("StageNameTypo", src.instruction.line, `${whatBuildKitDoes(src.value, reach.has(stage))}; did you mean stage \`${hint}\`?`, fix));
    }
  }
  return out;
}
