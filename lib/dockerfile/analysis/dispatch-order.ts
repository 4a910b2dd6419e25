/**
 * Stages are dispatched in order, and a stage can only use a stage already dispatched
 * (convert.go toDispatchState; convert_runmount.go for mounts). `--from` values with a
 * variable are refused when they name no stage.
 */
import { stageLabel } from "../stages";
import { fail, type Context } from "./context";

/** Fails the build at the first forward reference among the stages BuildKit builds. */
export function checkDispatchOrder(ctx: Context, built: number[], stateCount: number): void {
  // BuildKit names the current stage only when there is more than one state.
  const single = stateCount === 1;
  const dispatched = new Set<number>();
  for (const i of built) {
    const stage = ctx.stages[i];
    const current = !stage || single ? "" : stageLabel(stage);
    for (const src of ctx.sources[i] ?? []) {
      if (src.stage === null) {
        if (src.kind === "copy" && src.value.includes("$")) {
          fail(ctx, "variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround", src.instruction.line);
        }
        continue;
      }
      if (dispatched.has(src.stage)) continue;
      if (src.kind === "copy") {
        fail(ctx, `cannot copy from stage ${JSON.stringify(src.value)}, it needs to be defined before current stage ${JSON.stringify(current)}`, src.instruction.line);
      } else {
        fail(ctx, `cannot mount from stage ${JSON.stringify(src.value)} to ${JSON.stringify(src.mountTarget)}, stage needs to be defined before current command`, src.instruction.line);
      }
    }
    if (ctx.failure !== null) return;
    dispatched.add(i);
  }
}
