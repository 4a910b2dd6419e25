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

const VARIABLE_FROM = "variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround";
const INT64_MAX = 9223372036854775807n;

/**
 * toCommand for one instruction of stage `stage`. `line` is where its edges and image
 * states are located: the instruction's own line, or, for an ONBUILD trigger, the FROM of
 * the stage it runs in. New image states are appended to `ctx.images`.
 */
export function commandSources(ctx: Context, ins: Instruction, stage: number, line: number, onbuildLine?: number): CommandSources {
  const out: CommandSources = { sources: [], edges: [], externalSources: [], error: null };
  const byName = new Map<string, number>();
  for (const s of ctx.stages) if (s.name) byName.set(s.name, s.index);
  const stateCount = () => ctx.stages.length + ctx.images.length;
  const onbuild = onbuildLine === undefined ? {} : { onbuildLine };
  const addImage = (image: string, kind: "copy" | "mount", external: boolean) => {
    // An image state's parse error is located at the COPY; detectRunMount gives a mount's
    // state no location at all.
    ctx.images.push({ image, line: kind === "copy" ? line : 0 });
    if (external) out.externalSources.push({ stage, image, kind, line, ...onbuild });
  };

  if (ins.keyword === "COPY") {
    const from = ins.flags.find((f) => f.name === "from");
    if (!from || from.value === null || from.value === "") return out;
    const v = from.value;
    const expanded = expandWord(v, new Map(), ctx.parsed.escapeToken);
    if (expanded.error !== null || expanded.result !== v) {
      out.error = expanded.error ?? VARIABLE_FROM;
      return out;
    }
    let target: number | null = null;
    // strconv.Atoi: a signed decimal that fits in an int; anything else is a name.
    if (/^[+-]?\d+$/.test(v) && (BigInt(v) <= INT64_MAX && BigInt(v) >= -INT64_MAX - 1n)) {
      const n = BigInt(v);
      if (n < 0n || n >= BigInt(stateCount())) {
        out.error = `invalid stage index ${n}`;
        return out;
      }
      const i = Number(n);
      if (i < ctx.stages.length) target = i;
      else out.externalSources.push({ stage, image: ctx.images[i - ctx.stages.length]?.image ?? v, kind: "copy", line, ...onbuild });
    } else {
      target = byName.get(v.toLowerCase()) ?? null;
      if (target === null) addImage(v, "copy", true);
    }
    if (target !== null) out.edges.push({ from: target, to: stage, kind: "copy", line, ...onbuild });
    out.sources.push({ stage: target, value: v, kind: "copy", instruction: ins, mount: -1 });
  } else if (ins.keyword === "RUN") {
    let mountIndex = -1;
    for (const f of ins.flags) {
      if (f.name !== "mount" || f.value === null) continue;
      mountIndex++;
      const parsed = parseRunMount(f.value, null);
      // An unreadable mount already failed the instruction pass.
      if ("error" in parsed) continue;
      // No from=: BuildKit's sources map uses `scratch`, whatever the mount type.
      const value = parsed.mount.from === "" ? "scratch" : parsed.mount.from;
      const target = byName.get(value.toLowerCase()) ?? null;
      if (target === null) addImage(value, "mount", parsed.mount.from !== "");
      else out.edges.push({ from: target, to: stage, kind: "mount", line, ...onbuild });
      // The implicit `scratch` of a mount without from= is no source anyone wrote.
      if (target !== null || parsed.mount.from !== "") out.sources.push({ stage: target, value, kind: "mount", instruction: ins, mount: mountIndex });
    }
  }
  return out;
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
      // buildStageDependencyGraph returns toCommand's error unwrapped: BuildKit names no line.
      if (r.error !== null) fail(ctx, r.error, 0);
      edges.push(...r.edges);
      externalSources.push(...r.externalSources);
      ctx.sources[i]?.push(...r.sources);
    }
  });
  return { edges, externalSources, stateCount: ctx.stages.length + ctx.images.length };
}
