/**
 * `COPY --from` and `RUN --mount from=` resolved as convert.go's toCommand and
 * convert_runmount.go's detectRunMount do, for every stage (buildStageDependencyGraph):
 * a `--from` with a variable is refused, a whole number is a stage index, a name is looked
 * up case-insensitively among all stages (the last of a name wins), anything else is an
 * image. Each image source becomes a dispatch state of its own, appended after the stages,
 * so a numeric `--from` can even reach one of them; a mount without `from=` gets the
 * `scratch` state.
 */
import { expandWord } from "../shell/expand";
import type { Instruction } from "../parser/types";
import { fail, type Context, type Source } from "./context";
import { parseRunMount } from "./run-mount";
import type { ExternalSource, StageEdge } from "./types";

/** The dependency edges and the images `--from` pulls, in instruction order. */
export interface ResolvedSources {
  edges: StageEdge[];
  externalSources: ExternalSource[];
  /** Stages plus image states: 1 means a single stage and no image source. */
  stateCount: number;
}

/** What toCommand makes of one command: its sources, or the error it stops at. */
export interface CommandSources {
  sources: Source[];
  edges: StageEdge[];
  externalSources: ExternalSource[];
  /** toCommand's error (no line of its own), or null. */
  error: string | null;
}

const byNameCache = new WeakMap<Context["stages"], Map<string, number>>();

/** findStateByName's table: lower-cased stage names, the last stage of a name winning. */
function stagesByName(ctx: Context): Map<string, number> {
  let byName = byNameCache.get(ctx.stages);
  if (!byName) {
    byName = new Map();
    for (const s of ctx.stages) if (s.name) byName.set(s.name, s.index);
    byNameCache.set(ctx.stages, byName);
  }
  return byName;
}

const VARIABLE_FROM = "variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround";
const INT64_MAX = 9223372036854775807n;
const NO_ENV: ReadonlyMap<string, string> = new Map();

/**
 * toCommand for one instruction of stage `stage`. `line` is where its edges and image
 * states are located: the instruction's own line, or, for an ONBUILD trigger, the FROM of
 * the stage it runs in. New image states are appended to `ctx.images`.
 */
export function commandSources(ctx: Context, ins: Instruction, stage: number, line: number, onbuildLine?: number): CommandSources {
  const out: CommandSources = { sources: [], edges: [], externalSources: [], error: null };
  if (ins.keyword === "COPY") copySources(ctx, out, ins, { stage, line, onbuildLine });
  else if (ins.keyword === "RUN") mountSources(ctx, out, ins, { stage, line, onbuildLine });
  return out;
}

/** Where a command's sources go: its stage, its line, and the ONBUILD it comes from. */
interface At {
  stage: number;
  line: number;
  onbuildLine: number | undefined;
}

const withOnbuild = <T extends object>(item: T, at: At): T => (at.onbuildLine === undefined ? item : { ...item, onbuildLine: at.onbuildLine });

/** A new image state; an external source when someone wrote the image. */
function addImage(ctx: Context, out: CommandSources, image: string, kind: "copy" | "mount", at: At, external: boolean): void {
  // An image state's parse error is located at the COPY; detectRunMount gives a mount's
  // state no location at all.
  ctx.images.push({ image, line: kind === "copy" ? at.line : 0 });
  if (external) out.externalSources.push(withOnbuild({ stage: at.stage, image, kind, line: at.line }, at));
}

/** toCommand's `COPY --from`. */
function copySources(ctx: Context, out: CommandSources, ins: Instruction, at: At): void {
  const from = ins.flags.find((f) => f.name === "from");
  if (!from || from.value === null || from.value === "") return;
  const v = from.value;
  // ProcessWord with no variables: only `$`, quotes and the escape token change a word.
  const plain = !/[$'"]/.test(v) && !v.includes(ctx.parsed.escapeToken);
  const expanded = plain ? { result: v, error: null } : expandWord(v, NO_ENV, ctx.parsed.escapeToken);
  if (expanded.error !== null || expanded.result !== v) {
    out.error = expanded.error ?? VARIABLE_FROM;
    return;
  }
  let target: number | null = null;
  // strconv.Atoi: a signed decimal that fits in an int; anything else is a name.
  if (/^[+-]?\d+$/.test(v) && BigInt(v) <= INT64_MAX && BigInt(v) >= -INT64_MAX - 1n) {
    const n = BigInt(v);
    if (n < 0n || n >= BigInt(ctx.stages.length + ctx.images.length)) {
      out.error = `invalid stage index ${n}`;
      return;
    }
    const i = Number(n);
    if (i < ctx.stages.length) target = i;
    else out.externalSources.push(withOnbuild({ stage: at.stage, image: ctx.images[i - ctx.stages.length]?.image ?? v, kind: "copy" as const, line: at.line }, at));
  } else {
    target = stagesByName(ctx).get(v.toLowerCase()) ?? null;
    if (target === null) addImage(ctx, out, v, "copy", at, true);
  }
  if (target !== null) out.edges.push(withOnbuild({ from: target, to: at.stage, kind: "copy" as const, line: at.line }, at));
  out.sources.push({ stage: target, value: v, kind: "copy", instruction: ins, mount: -1 });
}

/** detectRunMount: one source per `--mount`, `scratch` for a mount without from=. */
function mountSources(ctx: Context, out: CommandSources, ins: Instruction, at: At): void {
  let mountIndex = -1;
  for (const f of ins.flags) {
    if (f.name !== "mount" || f.value === null) continue;
    mountIndex++;
    const parsed = parseRunMount(f.value, null);
    // An unreadable mount already failed the instruction pass.
    if ("error" in parsed) continue;
    // No from=: BuildKit's sources map uses `scratch`, whatever the mount type.
    const value = parsed.mount.from === "" ? "scratch" : parsed.mount.from;
    const target = stagesByName(ctx).get(value.toLowerCase()) ?? null;
    if (target === null) addImage(ctx, out, value, "mount", at, parsed.mount.from !== "");
    else out.edges.push(withOnbuild({ from: target, to: at.stage, kind: "mount" as const, line: at.line }, at));
    // The implicit `scratch` of a mount without from= is no source anyone wrote.
    if (target !== null || parsed.mount.from !== "") out.sources.push({ stage: target, value, kind: "mount", instruction: ins, mount: mountIndex });
  }
}

/** Fills `ctx.sources` and `ctx.images`; returns the edges (FROM, copy and mount) and the external images. */
export function resolveSources(ctx: Context): ResolvedSources {
  const edges: StageEdge[] = [];
  const externalSources: ExternalSource[] = [];
  ctx.parsed.stages.forEach((s, i) => {
    const info = ctx.stages[i];
    if (!info) return;
    if (info.baseStage !== null) edges.push({ from: info.baseStage, to: i, kind: "from", line: s.line });
    for (const ins of s.instructions) {
      const r = commandSources(ctx, ins, i, ins.line);
      // buildStageDependencyGraph returns toCommand's error unwrapped (convert.go: `return
      // command{}, errors.Errorf("variable expansion is not supported for --from, ...")`):
      // BuildKit names no line, the editor marks the instruction.
      if (r.error !== null) fail(ctx, r.error, 0, ins.line);
      edges.push(...r.edges);
      externalSources.push(...r.externalSources);
      ctx.sources[i]?.push(...r.sources);
    }
  });
  return { edges, externalSources, stateCount: ctx.stages.length + ctx.images.length };
}
