/**
 * What the analyser's passes share while they work through one Dockerfile. Each pass
 * (this folder, ../checks, ../teaching) reads and fills it, in the order BuildKit's
 * frontend/dockerfile/dockerfile2llb/convert.go runs the same steps.
 */
import type { Linter } from "../checks/linter";
import type { DockerfileDocument, Instruction } from "../parser/types";
import type { AnalyzeOptions, StageInfo } from "./types";

/** A stage's resolved dependency on something by `--from` / `from=`. */
export interface Source {
  /** Stage index when it names a stage, else null (an image). */
  stage: number | null;
  /** The value as written. */
  value: string;
  /** `copy` or `mount`. */
  kind: "copy" | "mount";
  /** The instruction (for an ONBUILD trigger: the trigger, located at the child's FROM). */
  instruction: Instruction;
  /** For mounts: which of the instruction's `--mount` flags (0-based); -1 for a copy. */
  mount: number;
}

/**
 * A `--from` / `from=` that names no stage: BuildKit gives it a dispatch state of its own
 * (toCommand's and detectRunMount's "unregistered" states), after the stages, whose base
 * is the image; a mount without `from=` gets one for `scratch`.
 */
export interface ImageState {
  /** The value, which BuildKit parses as an image reference unless it is `scratch`. */
  image: string;
  /** 1-based line of a parse error: the COPY's, or the child's FROM for a trigger; 0 for a mount (no location). */
  line: number;
}

/** An ONBUILD trigger of a stage's base stage, run first in that stage (initOnBuildTriggers). */
export interface Trigger {
  /** The `ONBUILD` instruction, in the base stage. */
  onbuild: Instruction;
  /** The trigger as an instruction of its own, located at the child's FROM line as BuildKit locates it. */
  instruction: Instruction;
  /** Its `--from` / `from=` sources. */
  sources: Source[];
}

/** The error BuildKit would stop the build with. */
export interface BuildFailure {
  /** BuildKit's message, word for word. */
  message: string;
  /** 1-based line of the instruction it names; 0 when BuildKit names none. */
  line: number;
  /**
   * When BuildKit names no line (toCommand's errors): the 1-based line of the instruction
   * that caused it, where the editor and the Problems list show it.
   */
  cause?: number;
}

/** Shared state of one analysis. */
export interface Context {
  /** The parsed Dockerfile. */
  parsed: DockerfileDocument;
  /** Collects build-check warnings. */
  lint: Linter;
  /** The options of this build. */
  options: AnalyzeOptions;
  /** Global args after defaults and build-arg overrides. */
  globalArgs: Map<string, string>;
  /** One entry per stage, filled in as the passes run. */
  stages: StageInfo[];
  /** `--from` / `from=` sources per stage, of its own instructions. */
  sources: Source[][];
  /** Image states, in the order BuildKit appends them after the stages. */
  images: ImageState[];
  /** ONBUILD triggers each needed stage runs before its own instructions, by stage index. */
  triggers: Map<number, Trigger[]>;
  /** The first error BuildKit would stop at, or null while there is none. */
  failure: BuildFailure | null;
}

/** Records a build error unless an earlier one already stopped the build. */
export function fail(ctx: Pick<Context, "failure">, message: string, line: number, cause?: number): void {
  if (ctx.failure === null) ctx.failure = cause === undefined ? { message, line } : { message, line, cause };
}

/** 1-based column of `needle` in a line (first occurrence), 1 when absent. */
export function columnOf(ctx: Pick<Context, "parsed">, line: number, needle: string, from = 0): number {
  const text = ctx.parsed.lines[line - 1] ?? "";
  const i = text.indexOf(needle, from);
  return i < 0 ? 1 : i + 1;
}
