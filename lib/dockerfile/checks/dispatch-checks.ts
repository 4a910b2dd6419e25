/**
 * The build checks BuildKit runs while dispatching a stage
 * (frontend/dockerfile/dockerfile2llb/convert.go dispatch*): UndefinedVar,
 * WorkdirRelativePath, JSONArgsRecommended, MultipleInstructionsDisallowed,
 * LegacyKeyValueFormat, SecretsUsedInArgOrEnv and CopyIgnoredFile. A stage starts from the
 * state of the stage its FROM names (env, ARGs, SHELL, WORKDIR), as dispatchState.init does.
 */
import type { Context } from "../analysis/context";
import { isCopyIgnored } from "../dockerignore";
import { argPairs, argumentWords, keyValuePairs } from "../parser/lex";
import type { Instruction } from "../parser/types";
import { expandWord, type Env } from "../shell/expand";
import { suggest } from "../suggest";

interface StageState {
  env: Map<string, string>;
  buildArgKeys: Set<string>;
  shellSet: boolean;
  workdirSet: boolean;
}

// convert.go getSecretsRegex: deny and allow tokens, whole `_`-separated words.
const secretDeny = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const secretAllow = /(?:_|^)(?:public|file|version)(?:_|$)/i;

// dockerfile2llb: system.DefaultPathEnv for linux, set when the base image sets no PATH.
const DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/**
 * The environment the dispatcher expands words with (getEnv of the stage's state), as far as
 * the Dockerfile shows it: PATH, then ENV and ARG values; an image's own variables are unknown.
 */
export interface DispatchEnvs {
  /** What a stage that runs ONBUILD triggers starts with, by index (where the triggers run). */
  start: Env[];
  /** What each `RUN` with a `--mount` sees. */
  beforeRun: Map<Instruction, Env>;
}

/** Lints every stage in order; returns the environments RUN mounts are expanded with. */
export function checkStages(ctx: Context): DispatchEnvs {
  const finals: StageState[] = [];
  const envs: DispatchEnvs = { start: [], beforeRun: new Map() };
  ctx.parsed.stages.forEach((stage, i) => {
    const baseIdx = ctx.stages[i]?.baseStage ?? null;
    const base = baseIdx === null ? undefined : finals[baseIdx];
    const st: StageState = base
      ? { env: new Map(base.env), buildArgKeys: new Set(base.buildArgKeys), shellSet: base.shellSet, workdirSet: base.workdirSet }
      : { env: new Map([["PATH", DEFAULT_PATH]]), buildArgKeys: new Set(), shellSet: false, workdirSet: false };
    // Only a stage that runs ONBUILD triggers expands anything with its starting environment.
    if ((ctx.triggers.get(i)?.length ?? 0) > 0) envs.start[i] = new Map(st.env);
    const seen: Record<string, Instruction | undefined> = {};
    for (const ins of stage.instructions.slice(1)) {
      if (ins.keyword === "RUN" && ins.flags.some((f) => f.name === "mount")) envs.beforeRun.set(ins, new Map(st.env));
      dispatchLint(ctx, st, ins, seen);
    }
    finals[i] = st;
  });
  return envs;
}

function undefinedVars(ctx: Context, st: StageState, ins: Instruction, wordsToExpand: string[]): void {
  const unmatched: string[] = [];
  for (const w of wordsToExpand) {
    for (const u of expandWord(w, st.env, ctx.parsed.escapeToken).unmatched) if (!unmatched.includes(u)) unmatched.push(u);
  }
  for (const u of unmatched) {
    if (st.buildArgKeys.has(u)) continue;
    const hint = suggest(u, st.env.keys(), true);
    ctx.lint.run("UndefinedVar", ins.line, `Usage of undefined variable '$${u}'${hint ? ` (did you mean $${hint}?)` : ""}`, ins);
  }
}

function dispatchLint(ctx: Context, st: StageState, ins: Instruction, seen: Record<string, Instruction | undefined>): void {
  const lint = ctx.lint;
  const esc = ctx.parsed.escapeToken;
  const detail = ctx.parsed.detail.get(ins);
  const words = argumentWords(ins.args, detail?.json);
  switch (ins.keyword) {
    case "ENV":
    case "LABEL": {
      const { pairs, legacy } = keyValuePairs(ins.args, esc);
      if (legacy) lint.run("LegacyKeyValueFormat", ins.line, `"${ins.keyword} key=value" should be used instead of legacy "${ins.keyword} key value" format`, ins);
      for (const p of pairs) {
        undefinedVars(ctx, st, ins, [p.key, p.value]);
        if (ins.keyword === "ENV") {
          const key = expandWord(p.key, st.env, esc).result;
          if (secretDeny.test(key) && !secretAllow.test(key)) lint.run("SecretsUsedInArgOrEnv", ins.line, `Do not use ARG or ENV instructions for sensitive data (ENV ${JSON.stringify(key)})`, ins);
          st.env.set(key, expandWord(p.value, st.env, esc).result);
        }
      }
      return;
    }
    case "ARG": {
      for (const p of argPairs(ins.args, esc)) {
        if (secretDeny.test(p.key) && !secretAllow.test(p.key)) lint.run("SecretsUsedInArgOrEnv", ins.line, `Do not use ARG or ENV instructions for sensitive data (ARG ${JSON.stringify(p.key)})`, ins);
        st.buildArgKeys.add(p.key);
        const override = ctx.options.buildArgs?.[p.key];
        let value: string | undefined;
        if (override !== undefined) value = override;
        else if (p.value !== null) {
          undefinedVars(ctx, st, ins, [p.value]);
          value = expandWord(p.value, st.env, esc).result;
        } else value = ctx.globalArgs.get(p.key);
        if (value !== undefined) st.env.set(p.key, value);
      }
      return;
    }
    case "COPY":
    case "ADD": {
      const flagWords = ins.flags.filter((f) => (f.name === "chown" || f.name === "chmod") && f.value !== null).map((f) => f.value as string);
      undefinedVars(ctx, st, ins, [...words, ...flagWords]);
      const fromStage = ins.flags.some((f) => f.name === "from" && f.value);
      if (!fromStage && ctx.options.dockerignore !== undefined && words.length >= 2) {
        for (const src of words.slice(0, -1)) {
          const path = expandWord(src, st.env, esc).result;
          if (ins.keyword === "ADD" && /^https?:\/\//.test(path)) continue;
          if (isCopyIgnored(ctx.options.dockerignore, path)) {
            lint.run("CopyIgnoredFile", ins.line, `Attempting to ${ins.keyword === "ADD" ? "Add" : "Copy"} file ${JSON.stringify(path)} that is excluded by .dockerignore`, ins);
          }
        }
      }
      return;
    }
    case "WORKDIR": {
      undefinedVars(ctx, st, ins, [ins.args]);
      const path = expandWord(ins.args, st.env, esc).result;
      if (!st.workdirSet && !path.startsWith("/")) lint.run("WorkdirRelativePath", ins.line, `Relative workdir ${JSON.stringify(path)} can have unexpected results if the base image changes`, ins);
      st.workdirSet = true;
      return;
    }
    case "USER":
    case "STOPSIGNAL":
      undefinedVars(ctx, st, ins, [ins.args]);
      return;
    case "VOLUME":
    case "EXPOSE":
      undefinedVars(ctx, st, ins, words);
      return;
    case "SHELL":
      st.shellSet = true;
      return;
    case "CMD":
    case "ENTRYPOINT":
    case "HEALTHCHECK": {
      // instructionTracker: a second one reports the previous one.
      const prev = seen[ins.keyword];
      if (prev) lint.run("MultipleInstructionsDisallowed", prev.line, `Multiple ${ins.keyword} instructions should not be used in the same stage because only the last one will be used`, prev);
      seen[ins.keyword] = ins;
      if (ins.keyword !== "HEALTHCHECK" && !detail?.json && ins.args !== "" && !st.shellSet) {
        lint.run("JSONArgsRecommended", ins.line, `JSON arguments recommended for ${ins.keyword} to prevent unintended behavior related to OS signals`, ins, jsonFix(ctx, ins));
      }
      return;
    }
    default:
      return;
  }
}

/** Exec form of a simple shell-form command: `CMD ./hello --x` becomes `CMD ["./hello", "--x"]`. */
function jsonFix(ctx: Context, ins: Instruction) {
  // Only certain when the command is one line of plain words: no quotes, variables,
  // operators or redirections whose meaning the shell would have given them.
  if (ins.line !== ins.endLine || !/^[A-Za-z0-9_./@:=,+-]+(?:[ \t]+[A-Za-z0-9_./@:=,+-]+)*$/.test(ins.args)) return undefined;
  const line = ctx.parsed.lines[ins.line - 1] ?? "";
  const start = line.lastIndexOf(ins.args);
  if (start < 0) return undefined;
  const replacement = JSON.stringify(ins.args.split(/[ \t]+/)).replace(/","/g, '", "');
  return { line: ins.line, startColumn: start + 1, endColumn: start + 1 + ins.args.length, replacement, title: "Use the exec (JSON) form" };
}

