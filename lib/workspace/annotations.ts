import type { Instruction, ParsedDockerfile } from "../dockerfile/parser/types";
import { instructionText } from "../dockerfile/parser/instruction-text";
import { findStage } from "../dockerfile/stages";
import type { AnnotationAnchor } from "./anchor-schema";

export type { AnnotationAnchor };

/** The lines an anchor resolved to. */
export interface LineSpan {
  /** 1-based first line. */
  line: number;
  /** 1-based last line (continuations included). */
  endLine: number;
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
