/**
 * analyzeDockerfile: stages, edges, target, the stages BuildKit and the legacy builder run,
 * BuildKit's build error word for word, its build checks, and our teaching rules.
 *
 * The order of operations follows BuildKit's toDispatchState
 * (frontend/dockerfile/dockerfile2llb/convert.go): parse, instruction pass
 * (instructions/parse.go), stage-name and casing checks, global ARGs, FROM expansion,
 * target lookup, --from resolution (toCommand), cycle check, then dispatch of the
 * stages the target reaches. The first error BuildKit would stop at is the one reported.
 */
import type { Analysis, AnalyzeOptions, Diagnostic, ExternalSource, StageEdge, StageInfo } from "./analyze-types";
import { createLinter, type Linter } from "./linter";
import { parseDockerfileDetailed, type InstructionDetail, type ParseResult } from "./parse";
import type { Instruction } from "./parse-types";
import { getRule } from "./rules";
import { expandWord, suggest, type Env } from "./shell";
import { runInstructionPass } from "./instructions";
import { lintStages } from "./dispatch";
import { runTeachingRules } from "./checks/teaching";
import { isValidReference } from "./reference";

/** A stage's resolved dependency on something by `--from` / `from=`. */
export interface Source {
  /** Stage index when it names a stage, else null (an image). */
  stage: number | null;
  /** The value as written. */
  value: string;
  /** `copy` or `mount`. */
  kind: "copy" | "mount";
  /** The instruction. */
  instruction: Instruction;
  /** For mounts: the mount target, for BuildKit's error message. */
  mountTarget: string;
}

/** Shared state of one analysis. */
export interface Context {
  /** Parser output. */
  parsed: ParseResult;
  /** Detail of each instruction. */
  detail: Map<Instruction, InstructionDetail>;
  /** Linter for build checks. */
  lint: Linter;
  /** Options. */
  options: AnalyzeOptions;
  /** Global args after defaults and build-arg overrides. */
  globalArgs: Map<string, string>;
  /** Stage info being built. */
  stages: StageInfo[];
  /** --from sources per stage. */
  sources: Source[][];
}

const platformDefaults = (platform: string, prefix: "BUILD" | "TARGET"): [string, string][] => {
  const [os = "", arch = "", variant = ""] = platform.split("/");
  return [
    [`${prefix}PLATFORM`, platform],
    [`${prefix}OS`, os],
    [`${prefix}ARCH`, arch],
    [`${prefix}VARIANT`, variant],
  ];
};

/**
 * convert.go defaultArgs: BuildKit predefines the platform arguments in the global scope.
 * We build for linux/amd64 on linux/amd64 unless a build argument overrides a platform.
 */
function defaultArgs(buildArgs: Record<string, string>, targetName: string): Map<string, string> {
  const build = buildArgs.BUILDPLATFORM ?? "linux/amd64";
  const target = buildArgs.TARGETPLATFORM ?? "linux/amd64";
  return new Map([...platformDefaults(build, "BUILD"), ...platformDefaults(target, "TARGET"), ["TARGETSTAGE", targetName]]);
}

/** Splits `k=v k2=v2` / `k` words of ARG the way line_parsers.go parseWords does (quotes kept). */
export function argPairs(args: string): { key: string; value: string | null }[] {
  return splitWords(args).map((w) => {
    const eq = w.indexOf("=");
    return eq < 0 ? { key: w, value: null } : { key: w.slice(0, eq), value: w.slice(eq + 1) };
  });
}

/** line_parsers.go parseWords: whitespace-separated words, quotes and escapes kept. */
export function splitWords(rest: string, escape = "\\"): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote = "";
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i] as string;
    if (quote) {
      if (c === escape && quote !== "'" && i + 1 < rest.length) {
        word += c + rest[i + 1];
        i++;
        continue;
      }
      if (c === quote) quote = "";
      word += c;
      continue;
    }
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f") {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === "'" || c === '"') quote = c;
    if (c === escape && i + 1 < rest.length) {
      word += c + rest[i + 1];
      i++;
      continue;
    }
    word += c;
  }
  if (inWord) words.push(word);
  return words;
}

/** Parses `type=bind,from=build,target=/x` (a --mount value) into key/values. */
export function parseMount(value: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const field of value.split(",")) {
    const eq = field.indexOf("=");
    const k = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
    const v = eq < 0 ? "" : field.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1");
    out.set(k, v);
  }
  return out;
}

function stageLabel(stage: StageInfo | undefined, single: boolean): string {
  if (!stage || single) return "";
  return stage.name ?? `stage-${stage.index}`;
}

/** Analyses a Dockerfile as BuildKit would build it. Never throws. */
export function analyzeDockerfile(text: string, options: AnalyzeOptions = {}): Analysis {
  try {
    return analyze(text, options);
  } catch (e) {
    // A bug in the analyser must not take the editor down with it.
    return {
      stages: [],
      edges: [],
      externalSources: [],
      target: null,
      buildkitStages: [],
      legacyStages: [],
      error: null,
      diagnostics: [
        { rule: "BuildError", severity: "info", line: 1, message: `internal analyser error: ${String(e)}`, url: getRule("BuildError").url },
      ].filter(() => text.length > 0) as Diagnostic[],
    };
  }
}

function analyze(text: string, options: AnalyzeOptions): Analysis {
  const parsed = parseDockerfileDetailed(text);
  const buildArgs = options.buildArgs ?? {};
  const detail = new Map<Instruction, InstructionDetail>();
  parsed.instructions.forEach((ins, i) => detail.set(ins, parsed.details[i] as InstructionDetail));
  const lineCount = parsed.lines.length;

  let error: string | null = null;
  let errorLine = 0;
  const fail = (message: string, line: number): void => {
    if (error === null) {
      error = message;
      errorLine = line;
    }
  };

  // dockerui: the BUILDKIT_DOCKERFILE_CHECK build argument replaces the `# check=` directive.
  const checkOption = buildArgs.BUILDKIT_DOCKERFILE_CHECK ?? parsed.directives.check ?? "";
  const lintSetup = createLinter(checkOption, detail);
  const lint = lintSetup.linter;
  if (lintSetup.error) fail(lintSetup.error, 0);

  if (text.length === 0) fail("the Dockerfile cannot be empty", 0);
  if (parsed.parseError) {
    fail(parsed.parseError.message, parsed.parseError.line);
  }

  // NoEmptyContinuation comes from the parser's warnings, reported at the line where the
  // continued instruction text ends (BuildKit's parser records it there).
  for (const ins of parsed.instructions) {
    const d = detail.get(ins);
    if (d && d.emptyContinuationLines.length > 0) lint.run("NoEmptyContinuation", d.continuationEndLine, "Empty continuation line", ins);
  }

  const stages: StageInfo[] = parsed.stages.map((s) => ({ index: s.index, name: s.name, base: s.baseRaw, baseStage: null, line: s.line }));
  const ctx: Context = { parsed, detail, lint, options, globalArgs: new Map(), stages, sources: parsed.stages.map(() => []) };

  const passError = error === null ? runInstructionPass(ctx) : null;
  if (passError) fail(passError.message, passError.line);
  const parseOk = error === null;
  if (parseOk && parsed.stages.length === 0) fail("dockerfile contains no stages to build", 0);

  // Stage-name and casing checks run once the instruction pass succeeded (convert.go).
  if (parseOk && parsed.stages.length > 0) {
    lintStageNames(ctx);
    lintCommandCasing(ctx);
  }

  // Target name for TARGETSTAGE: the requested one, else the last stage's name.
  const lastName = parsed.stages[parsed.stages.length - 1]?.name ?? "";
  const globalArgs = defaultArgs(buildArgs, options.target ?? lastName);
  const argKeys = new Set<string>(globalArgs.keys());
  for (const ins of parsed.preamble) if (ins.keyword === "ARG") for (const p of argPairs(ins.args)) argKeys.add(p.key);

  if (parseOk) lintDefaultArgBases(ctx, globalArgs);
  // buildMetaArgs: global ARG defaults expanded in order, `--build-arg` values win.
  for (const ins of parsed.preamble) {
    if (ins.keyword !== "ARG") continue;
    for (const p of argPairs(ins.args)) {
      if (p.key in buildArgs) globalArgs.set(p.key, buildArgs[p.key] as string);
      else if (p.value !== null) globalArgs.set(p.key, expandWord(p.value, globalArgs, parsed.escapeToken).result);
    }
  }
  ctx.globalArgs = globalArgs;

  // Set the base of every stage: expand global ARGs, then look the result up exactly among
  // the names of earlier stages (dispatchStates.addState), the latest one winning.
  const byExactName = new Map<string, number>();
  parsed.stages.forEach((s, i) => {
    const info = stages[i] as StageInfo;
    const from = s.instructions[0] as Instruction;
    const m = expandWord(s.baseRaw, globalArgs, parsed.escapeToken);
    if (parseOk) {
      for (const v of m.unmatched) {
        if (argKeys.has(v)) continue;
        const hint = suggest(v, argKeys, true);
        lint.run("UndefinedArgInFrom", s.line, `FROM argument '${v}' is not declared${hint ? ` (did you mean ${hint}?)` : ""}`, from);
      }
    }
    if (m.error) fail(m.error, s.line);
    else if (m.result === "") fail(`base name (${s.baseRaw}) should not be blank`, s.line);
    info.base = m.result === "" ? s.baseRaw : m.result;
    const platform = from.flags.find((f) => f.name === "platform");
    if (platform?.value && parseOk) lintPlatform(ctx, platform.value, s.name ?? "", s.line, from, argKeys, (msg) => fail(msg, s.line));
    const base = byExactName.get(info.base);
    if (base !== undefined) info.baseStage = base;
    if (s.name) byExactName.set(s.name, i);
  });

  // Target: `--target` is matched case-insensitively (findStateByName), default the last stage.
  let target: number | null = null;
  const byName = new Map<string, number>();
  stages.forEach((s) => {
    if (s.name) byName.set(s.name, s.index);
  });
  if (stages.length > 0) {
    if (options.target === undefined || options.target === "") target = stages.length - 1;
    else {
      const t = byName.get(options.target.toLowerCase());
      if (t === undefined) {
        const hint = suggest(options.target, byName.keys(), true);
        fail(`target stage ${JSON.stringify(options.target)} could not be found${hint ? ` (did you mean ${hint}?)` : ""}`, 0);
      } else target = t;
    }
  }

  // toCommand: resolve --from / from= values. Image sources become extra, unnamed states
  // appended after the stages, so a numeric --from can even reach one of them.
  const edges: StageEdge[] = [];
  const externalSources: ExternalSource[] = [];
  let stateCount = stages.length;
  const imageStates = new Map<number, string>();
  parsed.stages.forEach((s, i) => {
    const info = stages[i] as StageInfo;
    if (info.baseStage !== null) edges.push({ from: info.baseStage, to: i, kind: "from", line: s.line });
    for (const ins of s.instructions) {
      if (ins.keyword === "COPY") {
        const from = ins.flags.find((f) => f.name === "from");
        if (!from || from.value === null || from.value === "") continue;
        const v = from.value;
        let stage: number | null = null;
        if (/^[+-]?\d+$/.test(v)) {
          const n = Number(v);
          if (n < 0 || n >= stateCount) {
            fail(`invalid stage index ${n}`, ins.line);
            continue;
          }
          stage = n < stages.length ? n : null;
          if (stage === null) externalSources.push({ stage: i, image: imageStates.get(n) ?? v, kind: "copy", line: ins.line });
        } else {
          stage = byName.get(v.toLowerCase()) ?? null;
          if (stage === null) {
            imageStates.set(stateCount++, v);
            externalSources.push({ stage: i, image: v, kind: "copy", line: ins.line });
          }
        }
        if (stage !== null) edges.push({ from: stage, to: i, kind: "copy", line: ins.line });
        ctx.sources[i]?.push({ stage, value: v, kind: "copy", instruction: ins, mountTarget: "" });
      } else if (ins.keyword === "RUN") {
        for (const f of ins.flags) {
          if (f.name !== "mount" || f.value === null) continue;
          const m = parseMount(f.value);
          const from = m.get("from");
          if (!from) continue;
          // convert_runmount.go: from= is looked up by name only; `from=0` is an image.
          const stage = byName.get(from.toLowerCase()) ?? null;
          if (stage === null) {
            imageStates.set(stateCount++, from);
            externalSources.push({ stage: i, image: from, kind: "mount", line: ins.line });
          } else edges.push({ from: stage, to: i, kind: "mount", line: ins.line });
          const mountTarget = m.get("target") ?? m.get("dst") ?? m.get("destination") ?? "";
          ctx.sources[i]?.push({ stage, value: from, kind: "mount", instruction: ins, mountTarget });
        }
      }
    }
  });

  // validateCircularDependency: any cycle through --from fails, needed or not.
  if (error === null) {
    const cycle = findCycle(ctx);
    if (cycle) fail(cycle.message, cycle.line);
  }

  // Stages BuildKit reaches from the target through FROM, COPY --from and --mount from=.
  const reach = new Set<number>();
  if (target !== null) {
    const stack = [target];
    while (stack.length > 0) {
      const s = stack.pop() as number;
      if (reach.has(s)) continue;
      reach.add(s);
      const info = stages[s] as StageInfo;
      if (info.baseStage !== null) stack.push(info.baseStage);
      for (const src of ctx.sources[s] ?? []) if (src.stage !== null) stack.push(src.stage);
    }
  }
  const buildkitStages = [...reach].sort((a, b) => a - b);
  const legacyStages = target === null ? [] : Array.from({ length: target + 1 }, (_, i) => i);

  // resolveReachableStages: every needed base that is not a stage is parsed as an image
  // reference (reference.ParseNormalizedNamed) before anything is dispatched.
  if (error === null) {
    for (const i of [...reach].sort((a, b) => a - b)) {
      const info = stages[i] as StageInfo;
      if (info.baseStage !== null || info.base === "scratch" || isValidReference(info.base)) continue;
      const slash = info.base.indexOf("/");
      const first = slash < 0 ? "" : info.base.slice(0, slash);
      const isDomain = first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase();
      const remainder = slash < 0 ? `library/${info.base}` : isDomain ? info.base.slice(slash + 1) : info.base;
      const name = remainder.split(/[:@]/)[0] as string;
      const reason = name !== name.toLowerCase() ? `invalid reference format: repository name (${name}) must be lowercase` : "invalid reference format";
      fail(`failed to parse stage name ${JSON.stringify(info.base)}: ${reason}`, info.line);
      break;
    }
  }

  // Dispatch in order: a stage can only use a stage already dispatched.
  if (error === null) {
    const single = stateCount === 1;
    const dispatched = new Set<number>();
    for (const i of buildkitStages) {
      for (const src of ctx.sources[i] ?? []) {
        if (src.stage === null) {
          if (src.kind === "copy" && src.value.includes("$")) {
            fail("variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround", src.instruction.line);
          }
          continue;
        }
        if (!dispatched.has(src.stage)) {
          if (src.kind === "copy") {
            fail(`cannot copy from stage ${JSON.stringify(src.value)}, it needs to be defined before current stage ${JSON.stringify(stageLabel(stages[i], single))}`, src.instruction.line);
          } else {
            fail(`cannot mount from stage ${JSON.stringify(src.value)} to ${JSON.stringify(src.mountTarget)}, stage needs to be defined before current command`, src.instruction.line);
          }
        }
      }
      if (error !== null) break;
      dispatched.add(i);
    }
  }

  // `docker build --check` lints every stage, not only those the target needs.
  if (parseOk && parsed.stages.length > 0) lintStages(ctx);

  const lintError = lint.error();
  if (lintError) fail(lintError.message, lintError.line);

  const diagnostics: Diagnostic[] = [...lint.warnings];
  if (error !== null && errorLine >= 1 && errorLine <= lineCount) {
    diagnostics.push({ rule: "BuildError", severity: "error", line: errorLine, message: error, url: getRule("BuildError").url });
  }
  diagnostics.push(...runTeachingRules(ctx, target, reach));
  diagnostics.sort((a, b) => a.line - b.line);

  return { stages, edges, externalSources, target, buildkitStages, legacyStages, error, diagnostics };
}

function findCycle(ctx: Context): { message: string; line: number } | null {
  // Only --from / from= dependencies count (dispatchState.deps), not FROM bases.
  const n = ctx.stages.length;
  const visited = new Set<number>();
  for (let start = 0; start < n; start++) {
    const onPath = new Set<number>();
    const visit = (s: number, last: Instruction | null): Instruction | null | "none" => {
      if (visited.has(s)) return "none";
      visited.add(s);
      onPath.add(s);
      for (const src of ctx.sources[s] ?? []) {
        if (src.stage === null) continue;
        if (onPath.has(src.stage)) return src.instruction;
        const r = visit(src.stage, src.instruction);
        if (r !== "none") return r;
      }
      onPath.delete(s);
      return last === null ? "none" : "none";
    };
    const hit = visit(start, null);
    if (hit !== "none" && hit !== null) {
      const st = ctx.stages[start] as StageInfo;
      return { message: `circular dependency detected on stage: ${st.name ?? `stage-${start}`}`, line: hit.line };
    }
  }
  return null;
}

function lintStageNames(ctx: Context): void {
  // validations.go validateStageNames.
  const seen = new Set<string>();
  for (const s of ctx.parsed.stages) {
    if (!s.name) continue;
    const from = s.instructions[0] as Instruction;
    if (s.name === "scratch" || s.name === "context") {
      ctx.lint.run("ReservedStageName", s.line, `Stage name should not use the same name as reserved stage ${JSON.stringify(s.name)}`, from);
    }
    if (seen.has(s.name)) ctx.lint.run("DuplicateStageName", s.line, `Duplicate stage name ${JSON.stringify(s.name)}, stage names should be unique`, from);
    seen.add(s.name);
  }
}

function isSelfConsistent(name: string): boolean {
  return name === name.toLowerCase() || name === name.toUpperCase();
}

function lintCommandCasing(ctx: Context): void {
  // validations.go validateCommandCasing: the majority over all stage instructions (global
  // ARGs excluded), ties going to uppercase; mixed-case names always violate.
  let lower = 0;
  let upper = 0;
  const all = ctx.parsed.stages.flatMap((s) => s.instructions);
  for (const ins of all) {
    if (!isSelfConsistent(ins.keywordRaw)) continue;
    if (ins.keywordRaw === ins.keywordRaw.toLowerCase()) lower++;
    else upper++;
  }
  const majorityLower = lower > upper;
  for (const ins of all) {
    const name = ins.keywordRaw;
    let correct = "";
    if (majorityLower && name.toLowerCase() !== name) correct = "lowercase";
    else if (!majorityLower && name.toUpperCase() !== name) correct = "uppercase";
    if (correct) {
      const fix = {
        line: ins.line,
        startColumn: columnOf(ctx, ins.line, name),
        endColumn: columnOf(ctx, ins.line, name) + name.length,
        replacement: correct === "lowercase" ? name.toLowerCase() : name.toUpperCase(),
        title: `Write ${correct === "lowercase" ? name.toLowerCase() : name.toUpperCase()}`,
      };
      ctx.lint.run("ConsistentInstructionCasing", ins.line, `Command '${name}' should match the case of the command majority (${correct})`, ins, fix);
    }
  }
}

/** 1-based column of `needle` in a line (first occurrence), 1 when absent. */
export function columnOf(ctx: Context, line: number, needle: string, from = 0): number {
  const text = ctx.parsed.lines[line - 1] ?? "";
  const i = text.indexOf(needle, from);
  return i < 0 ? 1 : i + 1;
}

function lintDefaultArgBases(ctx: Context, defaults: Map<string, string>): void {
  // validateBaseImagesWithDefaultArgs: build the global args from defaults only, then every
  // base must still be a valid image reference.
  const args = new Map(defaults);
  for (const ins of ctx.parsed.preamble) {
    if (ins.keyword !== "ARG") continue;
    for (const p of argPairs(ins.args)) if (p.value !== null) args.set(p.key, expandWord(p.value, args, ctx.parsed.escapeToken).result);
  }
  for (const s of ctx.parsed.stages) {
    const m = expandWord(s.baseRaw, args, ctx.parsed.escapeToken);
    if (m.error) return;
    if (!isValidReference(m.result)) {
      ctx.lint.run("InvalidDefaultArgInFrom", s.line, `Default value for ARG ${s.baseRaw} results in empty or invalid base image name`, s.instructions[0] as Instruction);
    }
  }
}

function lintPlatform(ctx: Context, value: string, stageName: string, line: number, from: Instruction, argKeys: Set<string>, failWith: (m: string) => void): void {
  const m = expandWord(value, ctx.globalArgs, ctx.parsed.escapeToken);
  for (const v of m.unmatched) {
    if (argKeys.has(v)) continue;
    const hint = suggest(v, argKeys, true);
    ctx.lint.run("UndefinedArgInFrom", line, `FROM argument '${v}' is not declared${hint ? ` (did you mean ${hint}?)` : ""}`, from);
  }
  // reportRedundantTargetPlatform.
  if (m.matched.size === 1 && m.unmatched.length === 0 && m.matched.has("TARGETPLATFORM") && m.result === ctx.globalArgs.get("TARGETPLATFORM")) {
    ctx.lint.run("RedundantTargetPlatform", line, `Setting platform to predefined ${value} in FROM is redundant as this is the default behavior`, from);
  }
  // reportConstPlatformDisallowed: a constant platform, unless the stage is named after it.
  if (m.matched.size === 0 && m.unmatched.length === 0) {
    const [os = "", arch = ""] = m.result.split("/");
    if (!(stageName && ((os && stageName.includes(os)) || (arch && stageName.includes(arch))))) {
      ctx.lint.run("FromPlatformFlagConstDisallowed", line, `FROM --platform flag should not use constant value ${JSON.stringify(m.result)}`, from);
    }
  }
  if (m.result === "") {
    const hint = m.unmatched.map((u) => suggest(u, ctx.globalArgs.keys(), true)).find((h) => h) ?? null;
    failWith(`empty platform value from expression ${value}${hint ? ` (did you mean ${hint}?)` : ""}`);
  }
}

export type { Env };
