/**
 * Checks on what a stage's instructions do, read as BuildKit reads them: which files a COPY
 * brings and where they land (paths normalised, relative to the WORKDIR of that moment),
 * which commands a RUN runs (parsed words and flags, in any order, long or `=`-joined), the
 * order of instructions, the environment a stage ends with.
 */
import { keyValuePairs, parseMount, splitWords } from "../../dockerfile/parser/lex";
import { cleanContextPath, contextDockerignore } from "../../dockerfile/build-context";
import { isExcludedFromContext } from "../../dockerfile/dockerignore";
import { hasWildcards, matchesWildcard } from "../../dockerfile/path-pattern";
import { expandWord } from "../../dockerfile/shell/expand";
import type { Instruction } from "../../dockerfile/parser/types";
import { instructionText } from "../../dockerfile/parser/instruction-text";
import { packageInstall, runScript, simpleCommands } from "../../dockerfile/shell/commands";
import type { CheckContext } from "../context";
import type { ExerciseCheck } from "../types";
import type { z } from "zod";
import type { copyMatcher, instructionMatcher, runMatcher } from "../schema";
import { describeStage, labelOf, noStage, Stage, stageIndex, type Outcome } from "./common";

type Of<T extends ExerciseCheck["type"]> = Extract<ExerciseCheck, { type: T }>;
type CopyMatcher = z.infer<typeof copyMatcher>;
type RunMatcher = z.infer<typeof runMatcher>;
type InstructionMatcher = z.infer<typeof instructionMatcher>;

/** A path without `.`, empty or trailing segments, `..` applied; `relative` keeps no leading slash. */
function clean(path: string, relative = false): string {
  const parts: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return relative ? parts.join("/") || "." : `/${parts.join("/")}`;
}

const glob = (pattern: string) => new RegExp(`^${pattern.split(/(\*|\?)/).map((s) => (s === "*" ? "[^/]*" : s === "?" ? "[^/]" : s.replace(/[.+^${}()|[\]\\]/g, "\\$&"))).join("")}$`);

/** Whether a COPY source brings `wanted`: the path itself, a folder holding it, or a glob matching it. A leading `**` in `wanted` stands for any folders. */
function brings(source: string, wanted: string, fromStage: boolean): boolean {
  if (wanted.startsWith("**/")) {
    const tail = wanted.slice(3);
    const segments = (fromStage ? clean(source) : clean(source, true)).split("/");
    // The source is the wanted thing (by its last names), or a folder that may hold it.
    return segments.slice(-tail.split("/").length).join("/") === tail || glob(tail).test(segments[segments.length - 1] ?? "");
  }
  const s = fromStage ? clean(source) : clean(source, true);
  const w = fromStage ? clean(wanted) : clean(wanted, true);
  if (s === w) return true;
  if (s === "." || s === "/") return w !== "." && w !== "/";
  if (/[*?]/.test(s)) {
    // The glob matches the path, or a folder above it.
    const re = glob(s);
    const segments = w.split("/");
    return segments.some((_, i) => re.test(segments.slice(0, i + 1).join("/")));
  }
  return w.startsWith(`${s}/`);
}

/**
 * The context paths a wildcard source of a context COPY brings, as BuildKit's COPY does
 * (convert.go dispatchCopy copies with `AllowWildcard: true`: the pattern is matched, as Go's
 * filepath.Match, against the context's entries at its depth; a matching folder brings all
 * under it; what .dockerignore excludes is not in the context). Null without a context or a wildcard.
 */
function contextMatches(ctx: CheckContext, source: string): string[] | null {
  const files = ctx.contextFiles;
  if (!files || !hasWildcards(source)) return null;
  const ignore = contextDockerignore({ contextFiles: files });
  const pattern = clean(source, true);
  const depth = pattern.split("/").length;
  const out: string[] = [];
  for (const f of files) {
    const path = cleanContextPath(f.path);
    if (ignore !== undefined && isExcludedFromContext(ignore, path)) continue;
    const segments = path.split("/");
    if (segments.length >= depth && matchesWildcard(pattern, segments.slice(0, depth).join("/"))) out.push(path);
  }
  return out;
}

/** One COPY or ADD as BuildKit reads it: where from, which sources, where they land. */
interface CopyInfo {
  ins: Instruction;
  /** The stage label it copies from, `context`, or the image reference. */
  from: string;
  /** The `--from` value as written, or null. */
  fromWritten: string | null;
  fromStage: boolean;
  sources: string[];
  /** The destination, absolute. */
  dest: string;
  /** True when the destination is a folder the sources go into (trailing `/`, `.`, several sources). */
  intoDir: boolean;
}

/** The COPY and ADD instructions of a stage, with the WORKDIR each one sees. */
function copiesOf(ctx: CheckContext, stage: number): CopyInfo[] {
  const parsedStage = ctx.parsed.stages[stage];
  if (!parsedStage) return [];
  const parent = ctx.analysis.stages[stage]?.baseStage ?? null;
  let workdir = (parent !== null ? ctx.configs[parent]?.workdir : null) ?? "/";
  const out: CopyInfo[] = [];
  for (const ins of parsedStage.instructions.slice(1)) {
    if (ins.keyword === "WORKDIR") workdir = clean(ins.args.trim().startsWith("/") ? ins.args.trim() : `${workdir}/${ins.args.trim()}`);
    if (ins.keyword !== "COPY" && ins.keyword !== "ADD") continue;
    // Variables in COPY are expanded from the stage's environment (ENV usually comes before).
    const env = ctx.configs[stage]?.env ?? new Map<string, string>();
    const words = (ctx.parsed.detail.get(ins)?.json ?? splitWords(ins.args)).map((w) => expandWord(w, env, ctx.parsed.escapeToken).result);
    if (words.length < 2) continue;
    const destRaw = words[words.length - 1] as string;
    const edge = ctx.analysis.edges.find((e) => e.to === stage && e.line === ins.line && e.kind === "copy");
    const flag = ins.flags.find((f) => f.name === "from")?.value ?? null;
    const from = edge ? labelOf(ctx, edge.from) : (flag ?? "context");
    const sources = words.slice(0, -1);
    out.push({
      ins,
      from,
      fromWritten: flag,
      fromStage: flag !== null,
      sources,
      dest: clean(destRaw.startsWith("/") ? destRaw : `${workdir}/${destRaw}`),
      intoDir: destRaw.endsWith("/") || destRaw === "." || sources.length > 1,
    });
  }
  return out;
}

/** Whether one COPY does what a matcher asks. */
function copyMatches(copy: CopyInfo, m: CopyMatcher): boolean {
  // `from` names the stage (as BuildKit resolves it) or the value as written (`0`).
  if (m.from !== undefined && copy.from.toLowerCase() !== m.from.toLowerCase() && copy.fromWritten?.toLowerCase() !== m.from.toLowerCase()) return false;
  const sources = m.source === undefined ? copy.sources : copy.sources.filter((s) => brings(s, m.source as string, copy.fromStage));
  if (sources.length === 0) return false;
  if (m.dest === undefined) return true;
  const wanted = clean(m.dest);
  // The file lands at the destination, or inside it when the destination is a folder.
  return sources.some((s) => {
    const name = clean(m.source ?? s).split("/").pop() ?? "";
    return copy.dest === wanted || ((copy.intoDir || !/\.[^/]+$/.test(copy.dest)) && `${copy.dest === "/" ? "" : copy.dest}/${name}` === wanted);
  });
}

/** One simple command of a RUN, with its instruction. */
interface RunInfo {
  ins: Instruction;
  /** The program's file name (`pip`). */
  program: string;
  /** The program as written (`/app/venv/bin/pip`). */
  path: string;
  args: string[];
  text: string;
}

function runsOf(ctx: CheckContext, stage: number): RunInfo[] {
  return (ctx.parsed.stages[stage]?.instructions ?? []).flatMap((ins) => {
    if (ins.keyword !== "RUN") return [];
    const text = runScript(ins, ctx.parsed.detail.get(ins));
    return simpleCommands(text).map((c) => ({ ins, program: c.name, path: c.program, args: c.args, text }));
  });
}

/** `--omit=dev` is passed as `--omit=dev` or as `--omit dev`. */
function hasFlag(args: string[], flag: string): boolean {
  const eq = flag.indexOf("=");
  if (eq < 0) return args.includes(flag);
  const name = flag.slice(0, eq);
  const value = flag.slice(eq + 1);
  return args.some((a, i) => a === flag || (a === name && args[i + 1] === value));
}

function mountMatches(ins: Instruction, wanted: NonNullable<RunMatcher["mount"]>): boolean {
  return ins.flags.some((f) => {
    if (f.name !== "mount" || f.value === null) return false;
    const m = parseMount(f.value);
    const type = m.get("type") ?? "bind";
    const target = m.get("target") ?? m.get("dst") ?? m.get("destination");
    const clean2 = (p: string | undefined) => (p === undefined ? undefined : clean(p));
    return (
      (wanted.type === undefined || type === wanted.type) &&
      (wanted.target === undefined || clean2(target) === clean2(wanted.target)) &&
      // `from: context` is a mount of the build context: no `from=` at all.
      (wanted.from === undefined || (wanted.from === "context" ? !m.has("from") : m.get("from")?.toLowerCase() === wanted.from.toLowerCase())) &&
      (wanted.source === undefined || clean(m.get("source") ?? m.get("src") ?? "", true) === clean(wanted.source, true)) &&
      (wanted.id === undefined || (m.get("id") ?? target) === wanted.id)
    );
  });
}

function runMatches(run: RunInfo, m: RunMatcher): boolean {
  // A program written with a path (`/app/venv/bin/pip`) must be run by that path.
  if (m.program.includes("/") && clean(run.path) !== clean(m.program)) return false;
  const wantedName = m.program.split("/").pop() as string;
  const programs = wantedName === "pip" ? ["pip", "pip3"] : [wantedName];
  const isModule = run.program.startsWith("python") && run.args[0] === "-m" && programs.includes(run.args[1] ?? "");
  if (!programs.includes(run.program) && !isModule) return false;
  const args = isModule ? run.args.slice(2) : run.args;
  if (m.subcommand !== undefined && args.find((a) => !a.startsWith("-")) !== m.subcommand) return false;
  if (m.packages) {
    const installed = packageInstall({ program: run.path, name: isModule ? wantedName : run.program, args, raw: run.text, redirects: false })?.packages ?? [];
    if (!m.packages.every((p) => installed.includes(p))) return false;
  }
  if (m.flags && !m.flags.every((f) => hasFlag(args, f))) return false;
  if (m.mount && !mountMatches(run.ins, m.mount)) return false;
  return true;
}

const copyWords = (m: CopyMatcher) =>
  [`copies${m.source ? ` \`${m.source}\`` : ""}`, m.from ? `from ${m.from === "context" ? "the build context" : `\`${m.from}\``}` : null, m.dest ? `to \`${m.dest}\`` : null].filter(Boolean).join(" ");

const runWords = (m: RunMatcher) =>
  `runs \`${[m.program, m.subcommand, ...(m.flags ?? []), ...(m.packages ?? [])].filter(Boolean).join(" ")}\`${m.mount ? ` with a ${m.mount.type ?? "bind"} mount${m.mount.target ? ` on \`${m.mount.target}\`` : ""}${m.mount.from ? ` from \`${m.mount.from}\`` : ""}` : ""}`;

export function copies(ctx: CheckContext, check: Of<"copies">): Outcome {
  const present = check.present ?? true;
  const what = copyWords(check);
  const label = present ? `${Stage(check.stage)} ${what}` : `${Stage(check.stage)} no longer ${what}`;
  const stage = stageIndex(ctx, check.stage);
  if (stage === undefined) return noStage(label, check.stage);
  const all = copiesOf(ctx, stage);
  if (check.only) {
    const allowed = check.only;
    const from = all.filter((c) => check.from === undefined || copyMatches(c, { from: check.from }));
    // A wildcard from the context brings what it matches there.
    const brought = (c: CopyInfo) => c.sources.flatMap((src) => (c.fromStage ? null : contextMatches(ctx, src)) ?? [src]);
    const extra = from.flatMap((c) => brought(c).filter((src) => !allowed.some((a) => brings(a, src, c.fromStage))).map((src) => ({ src, line: c.ins.line })));
    const onlyLabel = check.label ?? `${Stage(check.stage)} copies only ${allowed.map((a) => `\`${a}\``).join(" and ")}${check.from ? ` from ${check.from === "context" ? "the project" : `\`${check.from}\``}` : ""}`;
    if (from.length === 0) return { label: onlyLabel, pass: false, detail: "No COPY in it does that yet." };
    const first = extra[0];
    return { label: onlyLabel, pass: first === undefined, detail: first ? `Line ${first.line} copies \`${first.src}\`.` : null };
  }
  const found = all.filter((c) => copyMatches(c, check));
  const pass = present ? found.length > 0 : found.length === 0;
  if (!pass) return { label, pass, detail: present ? "No COPY in it does that yet." : `Line ${found[0]?.ins.line} still does.` };
  if (check.exclusive && check.source !== undefined) {
    // Every COPY from that source brings only the wanted path.
    const same = all.filter((c) => check.from === undefined || copyMatches(c, { from: check.from }));
    const extra = same.flatMap((c) => c.sources.filter((src) => !brings(src, check.source as string, c.fromStage) && clean(src, !c.fromStage) !== clean(check.source as string, !c.fromStage)).map((src) => ({ src, line: c.ins.line })));
    const whole = same.filter((c) => c.sources.some((src) => src === "." || src === "/" || clean(src, true) === "."));
    if (extra.length || whole.length) {
      const first = extra[0] ?? { src: ".", line: whole[0]?.ins.line };
      return { label: `${label}, and nothing else`, pass: false, detail: `Line ${first.line} also copies \`${first.src}\`.` };
    }
    return { label: `${label}, and nothing else`, pass: true, detail: null };
  }
  return { label, pass, detail: null };
}

export function runs(ctx: CheckContext, check: Of<"runs">): Outcome {
  const present = check.present ?? true;
  const label = `${Stage(check.stage)} ${present ? "" : "no longer "}${runWords(check)}`;
  const stage = stageIndex(ctx, check.stage);
  if (stage === undefined) return noStage(label, check.stage);
  const found = runsOf(ctx, stage).filter((r) => runMatches(r, check));
  const pass = present ? found.length > 0 : found.length === 0;
  if (pass) return { label, pass, detail: null };
  const same = runsOf(ctx, stage).find((r) => r.program === check.program);
  return {
    label,
    pass,
    detail: present ? (same ? `Line ${same.ins.line} runs \`${check.program}\`, but not like this.` : `No RUN in ${describeStage(check.stage)} runs \`${check.program}\`.`) : `Line ${found[0]?.ins.line} still does.`,
  };
}

function matchesInstruction(ctx: CheckContext, stage: number, ins: Instruction, m: InstructionMatcher): boolean {
  if ("instruction" in m) return ins.keyword === m.instruction.toUpperCase();
  if ("sets" in m) {
    if (ins.keyword !== "ENV") return false;
    const env = ctx.configs[stage]?.env ?? new Map<string, string>();
    return keyValuePairs(ins.args, ctx.parsed.escapeToken).pairs.some(
      (p) => p.key === m.sets.name && expandWord(p.value, env, ctx.parsed.escapeToken).result.split(":").some((e) => e !== "" && clean(e) === clean(m.sets.includes)),
    );
  }
  if ("copies" in m) return copiesOf(ctx, stage).some((c) => c.ins === ins && copyMatches(c, m.copies));
  return runsOf(ctx, stage).some((r) => r.ins === ins && runMatches(r, m.runs));
}

const matcherWords = (m: InstructionMatcher) =>
  "instruction" in m
    ? `\`${m.instruction.toUpperCase()}\``
    : "copies" in m
      ? `the COPY that ${copyWords(m.copies)}`
      : "sets" in m
        ? `the ENV that puts \`${m.sets.includes}\` into \`${m.sets.name}\``
        : `the RUN that ${runWords(m.runs)}`;

export function order(ctx: CheckContext, check: Of<"order">): Outcome {
  const label = `In ${describeStage(check.stage)}, ${matcherWords(check.first)} comes before ${matcherWords(check.then)}`;
  const stage = stageIndex(ctx, check.stage);
  if (stage === undefined) return noStage(label, check.stage);
  const instructions = ctx.parsed.stages[stage]?.instructions ?? [];
  const firsts = instructions.filter((ins) => matchesInstruction(ctx, stage, ins, check.first));
  const thens = instructions.filter((ins) => matchesInstruction(ctx, stage, ins, check.then));
  if (firsts.length === 0) return check.ifPresent ? { label, pass: true, detail: null } : { label, pass: false, detail: `${Stage(check.stage)} has no ${matcherWords(check.first)}.` };
  if (thens.length === 0) return { label, pass: false, detail: `${Stage(check.stage)} has no ${matcherWords(check.then)}.` };
  const lastFirst = firsts[firsts.length - 1] as Instruction;
  const firstThen = thens[0] as Instruction;
  const pass = lastFirst.line < firstThen.line;
  return { label, pass, detail: pass ? null : `Line ${firstThen.line} comes before line ${lastFirst.line}.` };
}

export function env(ctx: CheckContext, check: Of<"env">): Outcome {
  const label = `${Stage(check.stage)} has \`${check.includes}\` in \`${check.name}\``;
  const stage = stageIndex(ctx, check.stage);
  if (stage === undefined) return noStage(label, check.stage);
  const value = ctx.configs[stage]?.env.get(check.name);
  const wanted = clean(check.includes);
  const pass = value !== undefined && value.split(":").some((entry) => entry !== "" && clean(entry) === wanted);
  return { label, pass, detail: pass ? null : value === undefined ? `${Stage(check.stage)} does not set \`${check.name}\`.` : `\`${check.name}\` is \`${value}\`.` };
}

/** Programs whose exit status says whether an output was right. */
const CHECKERS = new Set(["test", "[", "[[", "grep", "diff", "cmp"]);

export function testsOutput(ctx: CheckContext, check: Of<"testsOutput">): Outcome {
  const label = `${Stage(check.stage)} runs \`${check.program}\` and checks what it prints`;
  const stage = stageIndex(ctx, check.stage);
  if (stage === undefined) return noStage(label, check.stage);
  const name = check.program.split("/").pop() as string;
  const runsProgram = new RegExp(`(^|[\\s/"'(])${name.replace(/[.+?^${}()|[\]\\]/g, "\\$&")}(?=$|[\\s"')|;&])`);
  const rows = (ctx.parsed.stages[stage]?.instructions ?? []).filter((ins) => ins.keyword === "RUN").map((ins) => ({ ins, text: runScript(ins, ctx.parsed.detail.get(ins)) }));
  const running = rows.filter((r) => runsProgram.test(r.text));
  if (running.length === 0) return { label, pass: false, detail: `No RUN in ${describeStage(check.stage)} runs \`${check.program}\`.` };
  const checking = running.filter((r) => simpleCommands(r.text).some((c) => CHECKERS.has(c.name)) || /\[\s|\btest\s/.test(r.text));
  const pass = checking.length > 0;
  return { label, pass, detail: pass ? null : `Line ${running[0]?.ins.line} runs it, but nothing compares its output: the build passes whatever it prints.` };
}

/** The text test on one instruction (kept for old exercise files). */
export function instruction(ctx: CheckContext, check: Of<"instruction">): Outcome {
  const present = check.present ?? true;
  const keyword = check.instruction.toUpperCase();
  const what = `\`${keyword}${check.contains ? ` ... ${check.contains}` : ""}\``;
  const label = present ? `${Stage(check.stage)} has ${what}` : `${Stage(check.stage)} has no ${what}`;
  const stage = stageIndex(ctx, check.stage);
  if (stage === undefined) return noStage(label, check.stage);
  const needle = check.contains?.toLowerCase();
  const found = (ctx.parsed.stages[stage]?.instructions ?? []).some((ins) => ins.keyword === keyword && (needle === undefined || instructionText(ins).toLowerCase().includes(needle)));
  const pass = found === present;
  return { label, pass, detail: pass ? null : present ? "It is not there yet." : "It is still there." };
}
