/** UnusedStage: stages the target does not need. */
import type { Context } from "../analyze";
import type { Diagnostic } from "../analyze-types";
import { getRule } from "../rules";

/** One info per stage outside `reach`, saying what BuildKit and the legacy builder do with it. */
export function checkUnusedStage(ctx: Context, target: number | null, reach: Set<number>): Diagnostic[] {
  if (target === null) return [];
  const out: Diagnostic[] = [];
  const targetLabel = ctx.stages[target]?.name ?? `stage-${target}`;
  for (const s of ctx.stages) {
    if (reach.has(s.index)) continue;
    const label = s.name ? `Stage \`${s.name}\`` : `Stage ${s.index}`;
    const legacy = s.index < target ? "the legacy builder (DOCKER_BUILDKIT=0) still runs it" : "the legacy builder does not run it either, because it comes after the target";
    out.push({
      rule: "UnusedStage",
      severity: "info",
      line: s.line,
      message: `${label} is not needed by the target \`${targetLabel}\`: BuildKit skips it, ${legacy}.`,
      url: getRule("UnusedStage").url,
    });
  }
  return out;
}
