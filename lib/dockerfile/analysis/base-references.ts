/**
 * Base images must be valid image references before anything is dispatched:
 * convert.go resolveReachableStages parses each base that is not a stage with
 * reference.ParseNormalizedNamed and fails with `failed to parse stage name ...`.
 */
import { isValidReference } from "../reference";
import { fail, type Context } from "./context";

/** BuildKit's wording of why `base` is not a valid reference. */
function referenceError(base: string): string {
  const slash = base.indexOf("/");
  const first = slash < 0 ? "" : base.slice(0, slash);
  const isDomain = first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase();
  const remainder = slash < 0 ? `library/${base}` : isDomain ? base.slice(slash + 1) : base;
  const name = remainder.split(/[:@]/)[0] as string;
  return name !== name.toLowerCase() ? `invalid reference format: repository name (${name}) must be lowercase` : "invalid reference format";
}

/** Fails the build at the first stage in `stages` (ascending) whose base is not a valid image reference. */
export function checkBaseReferences(ctx: Context, stages: Iterable<number>): void {
  for (const i of [...stages].sort((a, b) => a - b)) {
    const info = ctx.stages[i];
    if (!info || info.baseStage !== null || info.base === "scratch" || isValidReference(info.base)) continue;
    fail(ctx, `failed to parse stage name ${JSON.stringify(info.base)}: ${referenceError(info.base)}`, info.line);
    return;
  }
}
