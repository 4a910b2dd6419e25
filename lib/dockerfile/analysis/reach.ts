/**
 * Which stages the target needs (convert.go allReachableStages: the stages reached from the
 * target through `FROM <stage>`, `COPY --from` and `RUN --mount from=`, including those of
 * the ONBUILD triggers found so far), and the cycle check (validateCircularDependency), which
 * looks at every stage, needed or not, before any trigger is known.
 */
import { stageLabel } from "../stages";
import type { Context } from "./context";

/** BuildKit's error for the first cycle through `--from` / `from=`, or null. */
export function findCycle(ctx: Context): { message: string; line: number } | null {
  // Only --from / from= dependencies count (dispatchState.deps), not FROM bases, and not
  // ONBUILD triggers: initOnBuildTriggers adds theirs after this check.
  const visited = new Set<number>();
  for (let start = 0; start < ctx.stages.length; start++) {
    const onPath = new Set<number>();
    const visit = (s: number): number | null => {
      if (visited.has(s)) return null;
      visited.add(s);
      onPath.add(s);
      for (const src of ctx.sources[s] ?? []) {
        if (src.stage === null) continue;
        if (onPath.has(src.stage)) return src.instruction.line;
        const hit = visit(src.stage);
        if (hit !== null) return hit;
      }
      onPath.delete(s);
      return null;
    };
    const line = visit(start);
    const stage = ctx.stages[start];
    if (line !== null && stage) return { message: `circular dependency detected on stage: ${stageLabel(stage)}`, line };
  }
  return null;
}

/** The stages BuildKit builds for the target, as a set of indexes (empty without a target). */
export function reachableStages(ctx: Context, target: number | null): Set<number> {
  const reach = new Set<number>();
  if (target === null) return reach;
  const stack = [target];
  while (stack.length > 0) {
    const s = stack.pop() as number;
    if (reach.has(s)) continue;
    reach.add(s);
    const info = ctx.stages[s];
    if (info?.baseStage != null) stack.push(info.baseStage);
    for (const src of ctx.sources[s] ?? []) if (src.stage !== null) stack.push(src.stage);
    for (const t of ctx.triggers.get(s) ?? []) for (const src of t.sources) if (src.stage !== null) stack.push(src.stage);
  }
  return reach;
}
