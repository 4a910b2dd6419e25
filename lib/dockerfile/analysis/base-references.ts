/**
 * Base names must be image references before anything is dispatched: convert.go
 * resolveReachableStages calls resolveBaseImage for every dispatch state whose base is not
 * an earlier stage, needed by the target or not, and resolveBaseImage parses the name with
 * reference.ParseNormalizedNamed before it looks at whether the stage is needed (only the
 * registry lookup is skipped for an unneeded one). That covers every stage's FROM and every
 * image a `COPY --from` / `RUN --mount from=` names. Only the exact word `scratch` is the
 * empty image.
 */
import { referenceError } from "../reference";
import { fail, type Context } from "./context";

/** One base BuildKit parses: its name and the line an error is located at (0: none). */
interface ParsedBase {
  name: string;
  line: number;
}

/** `failed to parse stage name ...` for the first base that is not a valid reference, or null. */
function firstParseError(bases: ParsedBase[]): { message: string; line: number } | null {
  for (const { name, line } of bases) {
    if (name === "scratch") continue;
    const inner = referenceError(name);
    if (inner !== null) return { message: `failed to parse stage name ${JSON.stringify(name)}: ${inner}`, line };
  }
  return null;
}

/**
 * Parses the bases of the stages (when `stages` is set) and of the image states from
 * `fromImage` on, in state order, and fails the build at the first invalid one. BuildKit
 * parses them in parallel goroutines (an errgroup) and reports whichever fails first; the
 * code fixes no order between two invalid names, so this takes the state order.
 */
export function checkBaseReferences(ctx: Context, stages: boolean, fromImage: number): void {
  const bases: ParsedBase[] = [];
  if (stages) for (const s of ctx.stages) if (s.baseStage === null) bases.push({ name: s.base, line: s.line });
  bases.push(...ctx.images.slice(fromImage).map((i) => ({ name: i.image, line: i.line })));
  const err = firstParseError(bases);
  if (err) fail(ctx, err.message, err.line);
}
