/** The shape of the build: stages, names, which stage needs which, what a target builds. */
import { argPairs, keyValuePairs } from "../../dockerfile/parser/lex";
import { runScript, simpleCommands } from "../../dockerfile/shell/commands";
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

export function sameBase(ctx: CheckContext, check: Of<"sameBase">): Outcome {
  const label = `${check.stages.map((s) => describeStage(s)).join(" and ")} start from the same image`;
  const bases = check.stages.map((ref) => {
    const i = stageIndex(ctx, ref);
    return i === undefined ? undefined : ctx.rootImage(i);
  });
  if (bases.some((b) => b === undefined)) return { label, pass: false, detail: "One of these stages does not exist." };
  const pass = new Set(bases).size === 1;
  return { label, pass, detail: pass ? null : `They start from ${list(bases as string[])}.` };
}

/** Whether a `--platform` value names the predefined variable (`$BUILDPLATFORM`, `${BUILDPLATFORM}`). */
const names = (value: string, variable: string) => new RegExp(`\\$\\{?${variable}(?![A-Za-z0-9_])`).test(value);

export function platform(ctx: CheckContext, check: Of<"platform">): Outcome {
  const label = check.runsOn === "build" ? `${Stage(check.stage)} runs on the build machine (\`--platform=$BUILDPLATFORM\`)` : `${Stage(check.stage)} is built for the target platform`;
  const index = stageIndex(ctx, check.stage);
  if (index === undefined) return { label, pass: false, detail: `There is no ${describeStage(check.stage)}.` };
  const value = ctx.parsed.stages[index]?.instructions[0]?.flags.find((f) => f.name === "platform")?.value ?? null;
  // A global `ARG BUILDPLATFORM=linux/amd64` replaces the automatic value: the stage is pinned again.
  const pinned = (variable: string) => ctx.parsed.preamble.some((ins) => ins.keyword === "ARG" && new RegExp(`(^|\\s)${variable}=`).test(ins.args));
  if (check.runsOn === "build") {
    if (value === null) return { label, pass: false, detail: "Its `FROM` has no `--platform`, so it runs on the target platform (emulated when that is another one)." };
    if (!names(value, "BUILDPLATFORM")) return { label, pass: false, detail: `Its \`--platform=${value}\` does not follow the build machine.` };
    if (pinned("BUILDPLATFORM")) return { label, pass: false, detail: "A global `ARG BUILDPLATFORM=...` default replaces the build machine's platform with a constant." };
    return { label, pass: true, detail: null };
  }
  const pass = value === null || (names(value, "TARGETPLATFORM") && !pinned("TARGETPLATFORM"));
  return { label, pass, detail: pass ? null : `Its \`--platform=${value}\` is not the target platform.` };
}

export function declaresArg(ctx: CheckContext, check: Of<"declaresArg">): Outcome {
  const label = `${Stage(check.stage)} declares \`ARG ${check.name}\``;
  const index = stageIndex(ctx, check.stage);
  if (index === undefined) return { label, pass: false, detail: `There is no ${describeStage(check.stage)}.` };
  // A stage based on another inherits the ARGs declared in it (convert.go dispatchState.init:
  // `ds.buildArgs = append(ds.buildArgs, ds.base.buildArgs...)`), all along the FROM chain.
  const declares = (i: number) => (ctx.parsed.stages[i]?.instructions ?? []).some((ins) => ins.keyword === "ARG" && argPairs(ins.args).some((p) => p.key === check.name));
  let pass = false;
  const seen = new Set<number>();
  for (let at: number | null = index; at !== null && !seen.has(at) && !pass; at = ctx.analysis.stages[at]?.baseStage ?? null) {
    seen.add(at);
    pass = declares(at);
  }
  return { label, pass, detail: pass ? null : `Without it, \`$${check.name}\` is empty inside the stage.` };
}

export function runEnv(ctx: CheckContext, check: Of<"runEnv">): Outcome {
  const label = `${Stage(check.stage)} runs \`${check.program}\` with \`${check.name}\` set from \`$${check.from}\``;
  const index = stageIndex(ctx, check.stage);
  if (index === undefined) return { label, pass: false, detail: `There is no ${describeStage(check.stage)}.` };
  const setsFrom = (text: string) => new RegExp(`(^|[\\s;&|])(export\\s+)?${check.name}=["']?\\$\\{?${check.from}(?![A-Za-z0-9_])`).test(text);
  let viaEnv = false;
  for (const ins of ctx.parsed.stages[index]?.instructions ?? []) {
    if (ins.keyword === "ENV" && keyValuePairs(ins.args).pairs.some((p) => p.key === check.name && names(p.value, check.from))) viaEnv = true;
    if (ins.keyword !== "RUN") continue;
    const text = runScript(ins, ctx.parsed.detail.get(ins));
    if (!simpleCommands(text).some((c) => c.name === check.program)) continue;
    if (viaEnv || setsFrom(text)) return { label, pass: true, detail: null };
  }
  return { label, pass: false, detail: `No RUN of \`${check.program}\` in ${describeStage(check.stage)} gets \`${check.name}\` from \`$${check.from}\`.` };
}
