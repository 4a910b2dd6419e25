/** UnusedStage: stages the target does not need. */
import type { Context } from "../analysis/context";
import type { Diagnostic } from "../analysis/types";
import { diagnostic } from "../diagnostic";
import { stageLabel } from "../stages";

/** One info per stage outside `reach`, saying what BuildKit and the legacy builder do with it. */
export function checkUnusedStage(ctx: Context, target: number | null, reach: ReadonlySet<number>): Diagnostic[] {
  const targetStage = target === null ? undefined : ctx.stages[target];
  if (target === null || !targetStage) return [];
  const out: Diagnostic[] = [];
  for (const s of ctx.stages) {
    if (reach.has(s.index)) continue;
    const label = s.name ? `Stage \`${s.name}\`` : `Stage ${s.index}`;
    const legacy = s.index < target ? "the legacy builder (DOCKER_BUILDKIT=0) still runs it" : "the legacy builder does not run it either, because it comes after the target";
    out.push(diagnostic("UnusedStage", s.line, `${label} is not needed by the target \`${stageLabel(targetStage)}\`: BuildKit skips it, ${legacy}.`));
  }
  return out;
}
