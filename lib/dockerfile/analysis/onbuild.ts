/**
 * ONBUILD triggers, as convert.go resolveStages and initOnBuildTriggers run them. A stage's
 * own `ONBUILD` instructions do nothing to it (dispatchOnbuild only records them in its
 * image config); a needed stage built `FROM` that stage runs them first. Only that
 * immediate child does: dispatchState.init clears the inherited triggers, so a grandchild
 * runs none. Each trigger goes through toCommand like any command, so `ONBUILD COPY --from`
 * and `ONBUILD RUN --mount from=` make the child need their source, and the trigger is
 * located at the child's FROM line. These dependencies are added after the cycle check, so
 * a cycle through one surfaces in dispatch as `cannot copy from stage ...`.
 *
 * The ONBUILD triggers of an image come from its config, which only the registry knows:
 * they are not followed here.
 */
import { parseFlag, parseJsonArgs, splitCommand } from "../parser/split-command";
import type { Instruction, InstructionDetail } from "../parser/types";
import { checkBaseReferences } from "./base-references";
import { fail, type Context, type Trigger } from "./context";
import { checkTriggerInstruction } from "./instruction-pass";
import { reachableStages } from "./reach";
import { commandSources } from "./sources";
import type { ExternalSource, StageEdge } from "./types";

/** What the triggers add: the stages the target needs with them, and their edges and images. */
export interface OnbuildResult {
  reach: Set<number>;
  edges: StageEdge[];
  externalSources: ExternalSource[];
}

// parser.go: the instructions whose arguments may be a JSON array.
const JSON_FORM = new Set(["CMD", "ENTRYPOINT", "RUN", "SHELL", "ADD", "COPY", "VOLUME"]);

/** The trigger of an `ONBUILD` as an instruction located at `line`, or BuildKit's error. */
function triggerOf(ctx: Context, onbuild: Instruction, line: number): { instruction: Instruction; error: string | null } {
  const { cmd, flags, args } = splitCommand(onbuild.args);
  const instruction: Instruction = { keyword: cmd.toUpperCase(), keywordRaw: cmd, flags: flags.map(parseFlag), args, line, endLine: line };
  const json = JSON_FORM.has(instruction.keyword) && args !== "" ? parseJsonArgs(args) : null;
  if (json === "not-strings") return { instruction, error: "when using JSON array syntax, arrays must be comprised of strings only" };
  const own = ctx.parsed.detail.get(onbuild);
  const detail: InstructionDetail = {
    original: onbuild.args,
    json,
    heredocs: own?.heredocs ?? [],
    emptyContinuationLines: [],
    comments: [],
    rawFlags: flags,
    continuationEndLine: line,
  };
  return { instruction, error: checkTriggerInstruction(ctx, instruction, detail) };
}

/**
 * Runs the triggers of every needed stage whose base stage has `ONBUILD` instructions,
 * until no trigger adds a source (BuildKit's loop in resolveStages), filling `ctx.triggers`.
 * BuildKit walks the needed stages in map order; this walks them by index.
 */
export function runOnbuildTriggers(ctx: Context, target: number | null): OnbuildResult {
  const out: OnbuildResult = { reach: reachableStages(ctx, target), edges: [], externalSources: [] };
  const initialised = new Set<number>();
  for (;;) {
    let newDeps = false;
    const imagesBefore = ctx.images.length;
    for (const d of [...out.reach].sort((a, b) => a - b)) {
      if (initialised.has(d)) continue;
      initialised.add(d);
      const child = ctx.stages[d];
      const base = child?.baseStage ?? null;
      const onbuilds = base === null ? [] : (ctx.parsed.stages[base]?.instructions ?? []).filter((i) => i.keyword === "ONBUILD");
      if (!child || onbuilds.length === 0) continue;
      const triggers: Trigger[] = [];
      for (const onbuild of onbuilds) {
        const { instruction, error } = triggerOf(ctx, onbuild, child.line);
        if (error !== null) {
          fail(ctx, error, child.line);
          continue;
        }
        const r = commandSources(ctx, instruction, d, child.line, onbuild.line);
        if (r.error !== null) fail(ctx, r.error, child.line);
        if (r.sources.length > 0 || r.externalSources.length > 0) newDeps = true;
        out.edges.push(...r.edges);
        out.externalSources.push(...r.externalSources);
        triggers.push({ onbuild, instruction, sources: r.sources });
      }
      ctx.triggers.set(d, triggers);
    }
    if (ctx.images.length > imagesBefore) newDeps = true;
    if (!newDeps) return out;
    // The next round of resolveReachableStages parses the image states the triggers added.
    checkBaseReferences(ctx, false, imagesBefore);
    out.reach = reachableStages(ctx, target);
  }
}
