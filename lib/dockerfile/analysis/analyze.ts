/**
 * analyzeDockerfile: stages, edges, target, the stages BuildKit and the legacy builder run,
 * BuildKit's build error word for word, its build checks, and our teaching rules.
 *
 * The order of the passes follows BuildKit's toDispatchState
 * (frontend/dockerfile/dockerfile2llb/convert.go): parse, instruction pass
 * (instructions/parse.go), stage-name and casing checks, global ARGs, FROM expansion,
 * target lookup, --from resolution (toCommand), cycle check, base references (every
 * stage), ONBUILD triggers, then dispatch of the stages the target reaches. The first error BuildKit would stop at is
 * the one reported.
 */
import { checkCommandCasing } from "../checks/command-casing";
import { checkDefaultArgBases } from "../checks/default-arg-bases";
import { checkStages } from "../checks/dispatch-checks";
import { checkEmptyContinuations } from "../checks/empty-continuation";
import { createLinter } from "../checks/linter";
import { checkStageNames } from "../checks/stage-names";
import { diagnostic } from "../diagnostic";
import { parseDockerfile } from "../parser/parse";
import type { DockerfileDocument } from "../parser/types";
import { runTeachingRules } from "../teaching";
import { checkBaseReferences } from "./base-references";
import { fail, type Context } from "./context";
import { checkDispatchOrder } from "./dispatch-order";
import { globalArgNames, globalArgValues, predefinedArgs } from "./global-args";
import { runInstructionPass } from "./instruction-pass";
import { runOnbuildTriggers } from "./onbuild";
import { findCycle } from "./reach";
import { resolveTarget } from "./target";
import { resolveSources } from "./sources";
import { resolveStageBases } from "./stage-bases";
import type { Analysis, AnalyzeOptions, Diagnostic, StageInfo } from "./types";

/**
 * Analyses a Dockerfile as BuildKit would build it: pass the document parseDockerfile made
 * (so a caller that also simulates or explains parses once), or the text. Never throws.
 */
export function analyzeDockerfile(input: DockerfileDocument | string, options: AnalyzeOptions = {}): Analysis {
  const parsed = typeof input === "string" ? parseDockerfile(input) : input;
  try {
    return analyze(parsed, options);
  } catch (e) {
    // A bug in the analyser must not take the editor down with it.
    const diagnostics: Diagnostic[] =
      parsed.text.length > 0 ? [{ ...diagnostic("BuildError", 1, `internal analyser error: ${String(e)}`), severity: "info" }] : [];
    return { stages: [], edges: [], externalSources: [], target: null, buildkitStages: [], legacyStages: [], error: null, diagnostics };
  }
}

/**
 * Items of every stage in instruction order: a stage's ONBUILD trigger items come after its
 * `first` ones (its FROM edge) and before those of its own instructions.
 */
function byStage<T>(count: number, own: T[], triggers: T[], stageOf: (t: T) => number, first: (t: T) => boolean): T[] {
  if (triggers.length === 0) return own;
  const buckets = Array.from({ length: count }, () => ({ first: [] as T[], triggers: [] as T[], rest: [] as T[] }));
  for (const t of own) buckets[stageOf(t)]?.[first(t) ? "first" : "rest"].push(t);
  for (const t of triggers) buckets[stageOf(t)]?.triggers.push(t);
  return buckets.flatMap((b) => [...b.first, ...b.triggers, ...b.rest]);
}

function analyze(parsed: DockerfileDocument, options: AnalyzeOptions): Analysis {
  const buildArgs = options.buildArgs ?? {};
  // dockerui: the BUILDKIT_DOCKERFILE_CHECK build argument replaces the `# check=` directive.
  const lintSetup = createLinter(buildArgs.BUILDKIT_DOCKERFILE_CHECK ?? parsed.directives.check ?? "", parsed.detail);
  const stages: StageInfo[] = parsed.stages.map((s) => ({ index: s.index, name: s.name, base: s.baseRaw, baseStage: null, line: s.line }));
  const ctx: Context = { parsed, lint: lintSetup.linter, options, globalArgs: new Map(), stages, sources: parsed.stages.map(() => []), images: [], triggers: new Map(), failure: null };

  if (lintSetup.error) fail(ctx, lintSetup.error, 0);
  if (parsed.text.length === 0) fail(ctx, "the Dockerfile cannot be empty", 0);
  if (parsed.parseError) fail(ctx, parsed.parseError.message, parsed.parseError.line);
  checkEmptyContinuations(ctx);

  const passError = ctx.failure === null ? runInstructionPass(ctx) : null;
  if (passError) fail(ctx, passError.message, passError.line);
  const parseOk = ctx.failure === null;
  if (parseOk && stages.length === 0) fail(ctx, "dockerfile contains no stages to build", 0);
  const lintable = parseOk && stages.length > 0;

  // Stage-name and casing checks run once the instruction pass succeeded (convert.go).
  if (lintable) {
    checkStageNames(ctx);
    checkCommandCasing(ctx);
  }

  // TARGETSTAGE: --target as typed, else the last stage's name (toDispatchState).
  const predefined = predefinedArgs(buildArgs, options.target || (parsed.stages.at(-1)?.name ?? ""));
  const argNames = globalArgNames(parsed, predefined);
  if (parseOk) checkDefaultArgBases(ctx, predefined);
  ctx.globalArgs = globalArgValues(parsed, predefined, buildArgs);

  resolveStageBases(ctx, argNames, parseOk);
  const target = resolveTarget(ctx);
  const own = resolveSources(ctx);

  if (ctx.failure === null) {
    const cycle = findCycle(ctx);
    if (cycle) fail(ctx, cycle.message, cycle.line);
  }

  // resolveStages: every base is parsed, needed or not; then the ONBUILD triggers of the
  // needed stages, which can make more stages needed.
  checkBaseReferences(ctx, true, 0);
  const onbuild = runOnbuildTriggers(ctx, target);
  const reach = onbuild.reach;
  const edges = byStage(stages.length, own.edges, onbuild.edges, (e) => e.to, (e) => e.kind === "from");
  const externalSources = byStage(stages.length, own.externalSources, onbuild.externalSources, (e) => e.stage, () => false);
  const buildkitStages = [...reach].sort((a, b) => a - b);
  const legacyStages = target === null ? [] : Array.from({ length: target + 1 }, (_, i) => i);

  // `docker build --check` lints every stage, not only those the target needs.
  const envs = lintable ? checkStages(ctx) : { start: [], beforeRun: new Map() };
  if (ctx.failure === null) checkDispatchOrder(ctx, buildkitStages, own.stateCount, envs);

  const lintError = ctx.lint.error();
  if (lintError) fail(ctx, lintError.message, lintError.line);

  const diagnostics: Diagnostic[] = [...ctx.lint.warnings];
  const failure = ctx.failure as Context["failure"];
  const failureLine = failure === null ? 0 : failure.line || (failure.cause ?? 0);
  if (failure !== null && failureLine >= 1 && failureLine <= parsed.lines.length) {
    diagnostics.push(diagnostic("BuildError", failureLine, failure.message));
  }
  diagnostics.push(...runTeachingRules(ctx, target, reach));
  diagnostics.sort((a, b) => a.line - b.line);

  return { stages, edges, externalSources, target, buildkitStages, legacyStages, error: failure?.message ?? null, diagnostics };
}
