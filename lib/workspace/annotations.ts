import type { Instruction, ParsedDockerfile } from "../dockerfile/parser/types";
import { findStage, type StageRef } from "../dockerfile/stages";

/**
 * Where an annotation points, by meaning rather than by line number: a stage, an
 * instruction keyword, and optionally text the instruction contains. It follows the text
 * when the student edits above it, and resolves to nothing when they delete what it explains.
 */
export interface AnnotationAnchor {
  /** A stage name (`build`, `stage-1`), a 0-based index, or `last` for the final stage (see findStage). */
  stage: StageRef;
  /** The instruction keyword, any case (`FROM`, `copy`). */
  instruction: string;
  /** Text the instruction (flags and arguments, as written) must contain, case-insensitive. */
  contains?: string;
}

/** The lines an anchor resolved to. */
export interface LineSpan {
  /** 1-based first line. */
  line: number;
  /** 1-based last line (continuations included). */
  endLine: number;
}

/** The instruction as written after its keyword: flags, then arguments. */
export function instructionText(instruction: Instruction): string {
  const flags = instruction.flags.map((f) => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`));
  return [...flags, instruction.args].join(" ");
}

/** The instructions an anchor matches: more than one means the anchor is ambiguous. */
export function matchAnchor(parsed: ParsedDockerfile, anchor: AnnotationAnchor): Instruction[] {
  const stage = findStage(parsed.stages, anchor.stage);
  if (!stage) return [];
  const keyword = anchor.instruction.toUpperCase();
  const needle = anchor.contains?.toLowerCase();
  return stage.instructions.filter(
    (ins) => ins.keyword === keyword && (needle === undefined || instructionText(ins).toLowerCase().includes(needle)),
  );
}

/** The lines an anchor points at now, or null when the student has deleted what it explains. */
export function resolveAnchor(parsed: ParsedDockerfile, anchor: AnnotationAnchor): LineSpan | null {
  const [first] = matchAnchor(parsed, anchor);
  return first ? { line: first.line, endLine: first.endLine } : null;
}
