/** What BuildKit says about the build: its error, its build checks, one rule, and build tools in the image. */
import { RULES_BY_NAME } from "../../dockerfile/rules";
import type { CheckContext } from "../context";
import type { ExerciseCheck } from "../types";
import type { Outcome } from "./common";

type Of<T extends ExerciseCheck["type"]> = Extract<ExerciseCheck, { type: T }>;

export function noError(ctx: CheckContext): Outcome {
  const error = ctx.analysis.error;
  return { label: "BuildKit would build it without an error", pass: error === null, detail: error === null ? null : `BuildKit stops with: ${error}` };
}

export function noBuildCheckWarnings(ctx: CheckContext): Outcome {
  const warnings = ctx.analysis.diagnostics.filter((d) => RULES_BY_NAME.get(d.rule)?.source === "buildkit");
  return {
    label: "`docker build --check` reports no warning",
    pass: warnings.length === 0,
    detail: warnings.length === 0 ? null : warnings.map((w) => `${w.rule} (line ${w.line})`).join(", "),
  };
}

export function noRule(ctx: CheckContext, check: Of<"noRule">): Outcome {
  const hits = ctx.analysis.diagnostics.filter((d) => d.rule === check.rule);
  return { label: `No ${check.rule} finding`, pass: hits.length === 0, detail: hits.length === 0 ? null : hits.map((h) => `line ${h.line}: ${h.message}`).join(" ") };
}

export function noBuildTools(ctx: CheckContext): Outcome {
  const hits = ctx.analysis.diagnostics.filter((d) => d.rule === "BuildToolsInFinalStage");
  return {
    label: "No compiler or build tool is installed in the final stage",
    pass: hits.length === 0,
    detail: hits.length === 0 ? null : hits.map((h) => `line ${h.line}: ${h.message}`).join(" "),
  };
}
