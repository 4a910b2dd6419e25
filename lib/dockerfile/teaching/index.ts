/** Stagecraft's own teaching rules, run after BuildKit's checks. */
import type { Context } from "../analysis/context";
import type { Diagnostic } from "../analysis/types";
import { checkBuildToolsInFinalStage } from "./build-tools-in-final-stage";
import { checkFromNameCasing } from "./from-name-casing";
import { checkStageNameTypo } from "./stage-name-typo";
import { checkUnusedStage } from "./unused-stage";

/** All teaching-rule diagnostics. */
export function runTeachingRules(ctx: Context, target: number | null, reach: ReadonlySet<number>): Diagnostic[] {
  return [...checkStageNameTypo(ctx, reach), ...checkUnusedStage(ctx, target, reach), ...checkBuildToolsInFinalStage(ctx, target), ...checkFromNameCasing(ctx)];
}
