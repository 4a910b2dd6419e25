/**
 * dispatchStages (convert.go): the stages the target needs are dispatched in file order,
 * each one's ONBUILD triggers first, then its own instructions, and the first error stops
 * the build. A stage counts as dispatched from the moment its own dispatch starts. Checked
 * here: `COPY --from` and `RUN --mount from=` of a stage not yet dispatched, and every RUN
 * mount option, read again with the stage's environment (RunCommand.Expand), which only
 * happens for the stages the target needs.
 */
import type { DispatchEnvs } from "../checks/dispatch-checks";
import type { Instruction } from "../parser/types";
import { expandWord, type Env } from "../shell/expand";
import { stageLabel } from "../stages";
import { fail, type Context, type Source } from "./context";
import { parseRunMount } from "./run-mount";

/** One command as dispatch sees it. */
interface Command {
  instruction: Instruction;
  sources: Source[];
  /** The environment words are expanded with. */
  env: Env;
}

/** BuildKit's error for one command, or null. */
function dispatchError(ctx: Context, cmd: Command, dispatched: ReadonlySet<number>, current: string): string | null {
  const { instruction: ins, sources } = cmd;
  if (ins.keyword === "COPY") {
    const src = sources[0];
    if (src && src.stage !== null && !dispatched.has(src.stage)) {
      return `cannot copy from stage ${JSON.stringify(src.value)}, it needs to be defined before current stage ${JSON.stringify(current)}`;
    }
    return null;
  }
  if (ins.keyword !== "RUN" || !ins.flags.some((f) => f.name === "mount")) return null;
  const expand = (w: string) => {
    const x = expandWord(w, cmd.env, ctx.parsed.escapeToken);
    return { value: x.result, error: x.error };
  };
  const mounts = [];
  for (const f of ins.flags) {
    if (f.name !== "mount" || f.value === null) continue;
    const m = parseRunMount(f.value, expand);
    if ("error" in m) return m.error;
    mounts.push(m.mount);
  }
  // dispatchRunMounts: a cache mount without from= mounts `scratch`.
  for (const [k, m] of mounts.entries()) {
    const from = m.from === "" && m.type === "cache" ? "scratch" : m.from;
    if (from === "") continue;
    const src = sources.find((s) => s.mount === k);
    if (src && src.stage !== null && !dispatched.has(src.stage)) {
      return `cannot mount from stage ${JSON.stringify(from)} to ${JSON.stringify(m.target)}, stage needs to be defined before current command`;
    }
  }
  return null;
}

/** Fails the build at the first dispatch error among the stages BuildKit builds (ascending). */
export function checkDispatchOrder(ctx: Context, built: number[], stateCount: number, envs: DispatchEnvs): void {
  // BuildKit names the current stage only when there is more than one state.
  const single = stateCount === 1;
  const dispatched = new Set<number>();
  for (const i of built) {
    const stage = ctx.stages[i];
    const parsed = ctx.parsed.stages[i];
    if (!stage || !parsed) continue;
    const current = single ? "" : stageLabel(stage);
    dispatched.add(i);
    const start = envs.start[i] ?? new Map<string, string>();
    const byInstruction = new Map<Instruction, Source[]>();
    for (const src of ctx.sources[i] ?? []) {
      const list = byInstruction.get(src.instruction);
      if (list) list.push(src);
      else byInstruction.set(src.instruction, [src]);
    }
    const commands: Command[] = [
      ...(ctx.triggers.get(i) ?? []).map((t) => ({ instruction: t.instruction, sources: t.sources, env: start })),
      ...parsed.instructions.slice(1).map((ins) => ({ instruction: ins, sources: byInstruction.get(ins) ?? [], env: envs.beforeRun.get(ins) ?? start })),
    ];
    for (const cmd of commands) {
      const err = dispatchError(ctx, cmd, dispatched, current);
      if (err !== null) {
        fail(ctx, err, cmd.instruction.line);
        return;
      }
    }
  }
}
