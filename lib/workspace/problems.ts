/**
 * The Problems list grouped by cause: one mistake, one primary message, its echoes as
 * related. The analyser reports every rule that fires, as BuildKit and the teaching rules do;
 * a student who writes `FROM Builder` then reads the same mistake four times. Which findings
 * are echoes of one cause is decided from what each rule checks (see the rules below), never
 * from the wording of a message. Pure: the model computes it once per edit.
 */
import type { Analysis, Diagnostic } from "../dockerfile/analysis/types";
import { INSTRUCTIONS } from "../dockerfile/instructions";
import type { DockerfileDocument } from "../dockerfile/parser/types";
import { getRule, type RuleName, type Severity } from "../dockerfile/rules";

/** One mistake: the finding that names it, and the findings that follow from it. */
export interface ProblemGroup {
  /** Index in `analysis.diagnostics` of the finding shown. */
  primary: number;
  /** Indices in `analysis.diagnostics` of its echoes: the one naming the cause first, then in the analyser's order. */
  related: number[];
}

/** Who says so: BuildKit failing the build, BuildKit's build checks, or the course's own rules. */
export type ProblemSource = "build-error" | "build-check" | "tip" | "simulated-run";

/** How the Problems list and the editor's markers name a finding's source. */
export const PROBLEM_SOURCE_LABEL: Record<ProblemSource, string> = {
  "build-error": "Docker build error",
  "build-check": "Docker build check",
  tip: "Stagecraft tip",
  "simulated-run": "Stagecraft finding (simulated run)",
};

/** How a severity reads. `info` is a "Note": "hint" is what an exercise reveals on request. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Note" };

/** Where a finding comes from: `docker build` itself, `docker build --check`, or Stagecraft. */
export function problemSource(d: Diagnostic): ProblemSource {
  if (d.rule === "BuildError") return "build-error";
  if (d.rule === "ContainerWouldNotStart") return "simulated-run";
  return getRule(d.rule).source === "buildkit" ? "build-check" : "tip";
}

/**
 * Rules that judge the base name of one FROM. On the same FROM line they are one mistake: a
 * base name BuildKit cannot use (`FROM Builder`, `FROM $UNSET`) fails the build
 * (`failed to parse stage name`, `base name (...) should not be blank`), and the checks say
 * why in their own words (FromNameCasing: it meant a stage; UndefinedArgInFrom and
 * UndefinedVar: the variable is not declared; InvalidDefaultArgInFrom: without build
 * arguments the name is empty or invalid).
 */
const BASE_NAME_RULES: ReadonlySet<RuleName> = new Set(["BuildError", "FromNameCasing", "UndefinedArgInFrom", "UndefinedVar", "InvalidDefaultArgInFrom"]);

/** Rules whose certain fix replaces a reference with the name of the stage it meant. */
const MISSED_STAGE_RULES: ReadonlySet<RuleName> = new Set(["FromNameCasing", "StageNameTypo"]);

/** Teaching rules that judge the stages as parsed: meaningless while BuildKit cannot read the file. */
const STRUCTURE_RULES: ReadonlySet<RuleName> = new Set(["UnusedStage", "BuildToolsInFinalStage"]);

/** Which finding of a group is shown: the build error first (what `docker build` prints), then the finding that names the cause. */
const PRIMARY_RANK: readonly RuleName[] = ["BuildError", "FromNameCasing", "StageNameTypo", "DuplicateStageName", "UndefinedArgInFrom", "UndefinedVar", "InvalidDefaultArgInFrom"];
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

const KNOWN_INSTRUCTIONS: ReadonlySet<string> = new Set(INSTRUCTIONS);

function rank(d: Diagnostic): number {
  const i = PRIMARY_RANK.indexOf(d.rule);
  return i < 0 ? PRIMARY_RANK.length : i;
}

/** Groups `analysis.diagnostics` by cause; groups come errors first, then by line. */
export function groupProblems(analysis: Analysis, document: DockerfileDocument): ProblemGroup[] {
  const all = analysis.diagnostics;
  const parent = all.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] ?? i] ?? i;
    return i;
  };
  const join = (a: number, b: number) => {
    parent[root(a)] = root(b);
  };
  const unusedStageAt = (line: number) => all.findIndex((d) => d.rule === "UnusedStage" && d.line === line);
  const fromLines = new Set(analysis.stages.map((s) => s.line));

  all.forEach((d, i) => {
    // One FROM, one base name: its findings are one mistake.
    if (BASE_NAME_RULES.has(d.rule) && fromLines.has(d.line)) {
      const other = all.findIndex((e, j) => j < i && e.line === d.line && BASE_NAME_RULES.has(e.rule));
      if (other >= 0) join(i, other);
    }
    // A reference that missed its stage (`FROM Builder`, `--from=biuld`): the stage it meant
    // is then unused, and UnusedStage says so on that stage's FROM line.
    if (MISSED_STAGE_RULES.has(d.rule) && d.fix) {
      const meant = d.fix.replacement.toLowerCase();
      const stage = analysis.stages.find((s) => s.name === meant);
      const unused = stage ? unusedStageAt(stage.line) : -1;
      if (unused >= 0) join(unused, i);
    }
    // Two stages of one name: references find the later one, so the earlier is unused.
    if (d.rule === "DuplicateStageName") {
      const name = analysis.stages.find((s) => s.line === d.line)?.name ?? null;
      for (const s of analysis.stages) {
        if (name === null || s.name !== name || s.line === d.line) continue;
        const unused = unusedStageAt(s.line);
        if (unused >= 0) join(unused, i);
      }
    }
  });

  // A file BuildKit cannot parse (a parse error, an unknown instruction such as `FRM`) has no
  // stages for it; the teaching rules that judged the stages as this site parsed them follow from that.
  const unreadable = document.parseError !== null || document.instructions.some((ins) => !KNOWN_INSTRUCTIONS.has(ins.keyword));
  const buildError = all.findIndex((d) => d.rule === "BuildError" && d.severity === "error");
  if (unreadable && buildError >= 0) all.forEach((d, i) => STRUCTURE_RULES.has(d.rule) && join(i, buildError));

  const members = new Map<number, number[]>();
  all.forEach((_, i) => {
    const r = root(i);
    members.set(r, [...(members.get(r) ?? []), i]);
  });
  const groups = [...members.values()].map((indices): ProblemGroup => {
    const primary = indices.reduce((best, i) => {
      const a = all[i] as Diagnostic;
      const b = all[best] as Diagnostic;
      return rank(a) < rank(b) || (rank(a) === rank(b) && SEVERITY_RANK[a.severity] < SEVERITY_RANK[b.severity]) ? i : best;
    });
    // The finding that names the cause first among the related ones, then the analyser's order.
    const related = indices.filter((i) => i !== primary).sort((i, j) => rank(all[i] as Diagnostic) - rank(all[j] as Diagnostic) || i - j);
    return { primary, related };
  });
  const order = (g: ProblemGroup) => all[g.primary] as Diagnostic;
  return groups.sort((g, h) => SEVERITY_RANK[order(g).severity] - SEVERITY_RANK[order(h).severity] || order(g).line - order(h).line || g.primary - h.primary);
}

/** For each diagnostic index, the index of its group's primary (itself when it is one). */
export function primaryOf(groups: readonly ProblemGroup[], count: number): number[] {
  const out = Array.from({ length: count }, (_, i) => i);
  for (const g of groups) for (const i of g.related) out[i] = g.primary;
  return out;
}
