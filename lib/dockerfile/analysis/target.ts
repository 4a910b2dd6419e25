/** The target stage: `--target` matched case-insensitively, default the last stage (convert.go findStateByName). */
import { suggest } from "../suggest";
import { fail, type Context } from "./context";

/** The target's index, or null when there is no stage or the target is not found (then the build fails). */
export function resolveTarget(ctx: Context): number | null {
  const { stages, options } = ctx;
  if (stages.length === 0) return null;
  if (options.target === undefined || options.target === "") return stages.length - 1;
  const byName = new Map<string, number>();
  for (const s of stages) if (s.name) byName.set(s.name, s.index);
  const t = byName.get(options.target.toLowerCase());
  if (t !== undefined) return t;
  const hint = suggest(options.target, byName.keys(), true);
  fail(ctx, `target stage ${JSON.stringify(options.target)} could not be found${hint ? ` (did you mean ${hint}?)` : ""}`, 0);
  return null;
}
