import { instructionText } from "../dockerfile/parser/instruction-text";
import { analyzeDockerfile } from "../dockerfile/analysis/analyze";
import type { Analysis, StageInfo } from "../dockerfile/analysis/types";
import { parseDockerfile } from "../dockerfile/parser/parse";
import type { ParsedDockerfile } from "../dockerfile/parser/types";
import { RULES_BY_NAME } from "../dockerfile/rules";
import type { StageRef } from "../dockerfile/stages";
import type { CheckResult, ExerciseCheck } from "./types";

/** How BuildKit's output names a stage: its name, or `stage-N`. */
function stageLabel(stage: StageInfo): string {
  return stage.name ?? `stage-${stage.index}`;
}

function findStage(analysis: Analysis, ref: StageRef): StageInfo | undefined {
  if (typeof ref === "number") return analysis.stages[ref];
  if (ref === "last") return analysis.stages.at(-1);
  const wanted = ref.toLowerCase();
  // As BuildKit's --from does: the last stage of that name wins.
  return [...analysis.stages].reverse().find((s) => s.name === wanted || `stage-${s.index}` === wanted);
}

function describeStage(ref: StageRef): string {
  return ref === "last" ? "the final stage" : typeof ref === "number" ? `stage ${ref}` : `stage \`${ref}\``;
}

const list = (items: string[]) => (items.length ? items.map((i) => `\`${i}\``).join(", ") : "none");

function evaluateOne(check: ExerciseCheck, text: string, analysis: Analysis, parsed: ParsedDockerfile): Omit<CheckResult, "label"> & { label: string } {
  switch (check.type) {
    case "stages": {
      const n = analysis.stages.length;
      const label =
        check.min !== undefined && check.max !== undefined
          ? check.min === check.max
            ? `The Dockerfile has exactly ${check.min} stage${check.min === 1 ? "" : "s"}`
            : `The Dockerfile has ${check.min} to ${check.max} stages`
          : check.min !== undefined
            ? `The Dockerfile has at least ${check.min} stages`
            : `The Dockerfile has at most ${check.max ?? 0} stages`;
      const pass = (check.min === undefined || n >= check.min) && (check.max === undefined || n <= check.max);
      return { label, pass, detail: pass ? null : `It has ${n}.` };
    }
    case "stageNamed": {
      const pass = analysis.stages.some((s) => s.name === check.name.toLowerCase());
      return { label: `A stage is named \`${check.name}\``, pass, detail: pass ? null : `The stage names are: ${list(analysis.stages.flatMap((s) => (s.name ? [s.name] : [])))}.` };
    }
    case "finalBase": {
      const final = analysis.target === null ? undefined : analysis.stages[analysis.target];
      const pass = final !== undefined && check.oneOf.includes(final.base);
      return {
        label: `The final stage starts from ${check.oneOf.map((b) => `\`${b}\``).join(" or ")}`,
        pass,
        detail: pass ? null : final ? `It starts from \`${final.base}\`.` : "There is no final stage.",
      };
    }
    case "needs": {
      const stage = findStage(analysis, check.stage);
      const source = findStage(analysis, check.from);
      const how = check.kind === "copy" ? "copies from" : check.kind === "from" ? "is built on" : check.kind === "mount" ? "mounts from" : "uses";
      const label = `${describeStage(check.stage).replace(/^t/, "T").replace(/^s/, "S")} ${how} stage \`${check.from}\``;
      const pass =
        stage !== undefined &&
        source !== undefined &&
        analysis.edges.some((e) => e.to === stage.index && e.from === source.index && (check.kind === undefined || e.kind === check.kind));
      const detail = pass ? null : !stage ? `There is no ${describeStage(check.stage)}.` : !source ? `There is no stage named \`${check.from}\`.` : "No instruction in it refers to that stage.";
      return { label, pass, detail };
    }
    case "targetBuilds": {
      const result = analyzeDockerfile(text, { target: check.target });
      const built = result.buildkitStages.map((i) => result.stages[i]).flatMap((s) => (s ? [stageLabel(s)] : []));
      const pass = result.error === null && [...built].sort().join(",") === [...check.stages].map((s) => s.toLowerCase()).sort().join(",");
      return {
        label: `\`docker build --target ${check.target}\` builds exactly ${list(check.stages)}`,
        pass,
        detail: pass ? null : result.error ? `The build fails: ${result.error}` : `It builds ${list(built)}.`,
      };
    }
    case "instruction": {
      const present = check.present ?? true;
      const stageRef = check.stage;
      const stageIndex = findStage(analysis, stageRef)?.index;
      const stage = stageIndex === undefined ? undefined : parsed.stages[stageIndex];
      const keyword = check.instruction.toUpperCase();
      const needle = check.contains?.toLowerCase();
      const found = (stage?.instructions ?? []).some(
        (ins) => ins.keyword === keyword && (needle === undefined || instructionText(ins).toLowerCase().includes(needle)),
      );
      const what = `\`${keyword}${check.contains ? ` ... ${check.contains}` : ""}\``;
      const where = describeStage(stageRef);
      const pass = stage !== undefined && found === present;
      return {
        label: present ? `${where.replace(/^t/, "T").replace(/^s/, "S")} has ${what}` : `${where.replace(/^t/, "T").replace(/^s/, "S")} has no ${what}`,
        pass,
        detail: pass ? null : !stage ? `There is no ${where}.` : present ? "It is not there yet." : "It is still there.",
      };
    }
    case "noError":
      return {
        label: "BuildKit would build it without an error",
        pass: analysis.error === null,
        detail: analysis.error === null ? null : `BuildKit stops with: ${analysis.error}`,
      };
    case "noBuildCheckWarnings": {
      const warnings = analysis.diagnostics.filter((d) => RULES_BY_NAME.get(d.rule)?.source === "buildkit");
      return {
        label: "`docker build --check` reports no warning",
        pass: warnings.length === 0,
        detail: warnings.length === 0 ? null : warnings.map((w) => `${w.rule} (line ${w.line})`).join(", "),
      };
    }
    case "noRule": {
      const hits = analysis.diagnostics.filter((d) => d.rule === check.rule);
      return {
        label: `No ${check.rule} finding`,
        pass: hits.length === 0,
        detail: hits.length === 0 ? null : hits.map((h) => `line ${h.line}: ${h.message}`).join(" "),
      };
    }
    case "noBuildTools": {
      const hits = analysis.diagnostics.filter((d) => d.rule === "BuildToolsInFinalStage");
      return {
        label: "No compiler or build tool is installed in the final stage",
        pass: hits.length === 0,
        detail: hits.length === 0 ? null : hits.map((h) => `line ${h.line}: ${h.message}`).join(" "),
      };
    }
  }
}

/** Runs every check against the student's text. Never throws: the analyser never does. */
export function evaluateExercise(text: string, checks: ExerciseCheck[], options: { target?: string } = {}): CheckResult[] {
  const analysis = analyzeDockerfile(text, options.target === undefined ? {} : { target: options.target });
  const parsed = parseDockerfile(text);
  return checks.map((check) => {
    const result = evaluateOne(check, text, analysis, parsed);
    return { ...result, label: check.label ?? result.label };
  });
}
