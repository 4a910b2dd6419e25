/** The shape of the build: stages, names, which stage needs which, what a target builds. */
import type { ExerciseCheck } from "../types";
import type { CheckContext } from "../context";
import { describeStage, labelOf, list, Stage, stageIndex, type Outcome } from "./common";

type Of<T extends ExerciseCheck["type"]> = Extract<ExerciseCheck, { type: T }>;

export function stages(ctx: CheckContext, check: Of<"stages">): Outcome {
  const n = ctx.analysis.stages.length;
  const { min, max } = check;
  const label =
    min !== undefined && max !== undefined
      ? min === max
        ? `The Dockerfile has exactly ${min} stage${min === 1 ? "" : "s"}`
        : `The Dockerfile has ${min} to ${max} stages`
      : min !== undefined
        ? `The Dockerfile has at least ${min} stages`
        : `The Dockerfile has at most ${max ?? 0} stages`;
  const pass = (min === undefined || n >= min) && (max === undefined || n <= max);
  return { label, pass, detail: pass ? null : `It has ${n}.` };
}

export function stageNamed(ctx: CheckContext, check: Of<"stageNamed">): Outcome {
  const pass = ctx.analysis.stages.some((s) => s.name === check.name.toLowerCase());
  return { label: `A stage is named \`${check.name}\``, pass, detail: pass ? null : `The stage names are: ${list(ctx.analysis.stages.flatMap((s) => (s.name ? [s.name] : [])))}.` };
}

const HOW: Record<string, string> = { from: "is built on", copy: "copies from", mount: "mounts from" };

export function needs(ctx: CheckContext, check: Of<"needs">): Outcome {
  const kinds = check.kind === undefined ? null : Array.isArray(check.kind) ? check.kind : [check.kind];
  const how = kinds === null ? "uses" : kinds.map((k) => HOW[k]).join(" or ");
  const label = `${Stage(check.stage)} ${how} stage \`${check.from}\``;
  const stage = stageIndex(ctx, check.stage);
  const source = stageIndex(ctx, check.from);
  if (stage === undefined) return { label, pass: false, detail: `There is no ${describeStage(check.stage)}.` };
  if (source === undefined) return { label, pass: false, detail: `There is no stage named \`${check.from}\`.` };
  const edges = ctx.analysis.edges.filter((e) => e.to === stage && e.from === source);
  const pass = edges.some((e) => kinds === null || kinds.includes(e.kind));
  if (pass) return { label, pass, detail: null };
  const other = edges[0];
  return {
    label,
    pass,
    detail: other ? `It ${HOW[other.kind]} \`${labelOf(ctx, source)}\` (line ${other.line}), which is not what this asks for.` : `No instruction in ${describeStage(check.stage)} refers to stage \`${labelOf(ctx, source)}\`.`,
  };
}

export function targetBuilds(ctx: CheckContext, check: Of<"targetBuilds">): Outcome {
  const result = ctx.forTarget(check.target);
  const built = result.buildkitStages.map((i) => labelOf(ctx, i));
  const wanted = check.stages.map((s) => s.toLowerCase());
  const pass = result.error === null && [...built].sort().join(",") === [...wanted].sort().join(",");
  return {
    label: `\`docker build --target ${check.target}\` builds exactly ${list(check.stages)}`,
    pass,
    detail: pass ? null : result.error ? `The build fails: ${result.error}` : `It builds ${list(built)}.`,
  };
}

export function sameSpelling(ctx: CheckContext): Outcome {
  const label = "Every reference to a stage is written exactly as the stage is named";
  const odd: string[] = [];
  for (const edge of ctx.analysis.edges) {
    const stage = ctx.parsed.stages[edge.from];
    const taker = ctx.parsed.stages[edge.to];
    if (!stage?.nameRaw || !taker) continue;
    const ins = taker.instructions.find((i) => i.line === edge.line);
    if (!ins) continue;
    const written =
      edge.kind === "from"
        ? taker.baseRaw
        : edge.kind === "copy"
          ? ins.flags.find((f) => f.name === "from")?.value
          : ins.flags.flatMap((f) => (f.name === "mount" && f.value ? [/(?:^|,)from=([^,]+)/.exec(f.value)?.[1]] : [])).find((v) => v?.toLowerCase() === stage.name);
    if (written !== undefined && written !== null && written !== stage.nameRaw && !/^\d+$/.test(written)) odd.push(`line ${edge.line} writes \`${written}\` for stage \`${stage.nameRaw}\``);
  }
  return { label, pass: odd.length === 0, detail: odd.length === 0 ? null : `${odd.join("; ")}.` };
}

export function defaultTarget(ctx: CheckContext, check: Of<"defaultTarget">): Outcome {
  const label = `A plain \`docker build\` produces stage \`${check.stage}\` (it is the last stage)`;
  const last = ctx.analysis.stages.at(-1);
  const pass = last !== undefined && last.name === check.stage.toLowerCase();
  return { label, pass, detail: pass ? null : last ? `The last stage is \`${labelOf(ctx, last.index)}\`, so a plain \`docker build\` produces that one.` : "There is no stage." };
}
