/** What every check module shares: the result shape, stage lookup and the words for stages. */
import { findStage, stageLabel, type StageRef } from "../../dockerfile/stages";
import type { CheckContext } from "../context";

/** One check's outcome before an exercise's own `label` replaces the sentence. */
export interface Outcome {
  /** What the check asks for, in the student's terms. */
  label: string;
  pass: boolean;
  /** What is wrong, in the student's terms; or, on a pass, what could not be decided (else null). */
  detail: string | null;
}

/** The stage a check names: an index into the analysis, or undefined. */
export function stageIndex(ctx: CheckContext, ref: StageRef): number | undefined {
  return findStage(ctx.analysis.stages, ref)?.index;
}

/** `the final stage`, `stage \`build\``, `stage 0`. */
export function describeStage(ref: StageRef): string {
  return ref === "last" ? "the final stage" : typeof ref === "number" ? `stage ${ref}` : `stage \`${ref}\``;
}

/** The same, starting a sentence. */
export const Stage = (ref: StageRef): string => {
  const d = describeStage(ref);
  return d.charAt(0).toUpperCase() + d.slice(1);
};

/** `` `a`, `b` `` or `none`. */
export const list = (items: string[]): string => (items.length ? items.map((i) => `\`${i}\``).join(", ") : "none");

/** The label BuildKit prints for a stage index. */
export function labelOf(ctx: CheckContext, index: number): string {
  return stageLabel(ctx.analysis.stages[index] ?? { index, name: null });
}

/** An outcome for a stage the Dockerfile does not have. */
export const noStage = (label: string, ref: StageRef): Outcome => ({ label, pass: false, detail: `There is no ${describeStage(ref)}.` });
