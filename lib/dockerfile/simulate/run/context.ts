/**
 * What a RUN handler works with: the command it reads, and the scope of the whole RUN (the
 * stage's file system, the working directory `cd` changes, the CMake configurations seen
 * so far, and the result being built up).
 */
import type { Calibration } from "../../catalog";
import type { SimpleCommand } from "../../shell/commands";
import { addNode, type StageState } from "../fs-model";
import type { BuiltProgram } from "../programs";
import type { LayerApproximation, LayerPart, SizeReason, StageName, TreeNote } from "../reasons";
import type { UsedFigure } from "../types";

/** What one RUN adds, as the handlers work it out. */
export interface RunResult {
  /** Known bytes. */
  known: number;
  /** Why the rest is unknown, each reason once. */
  reasons: SizeReason[];
  /** What the layer holds. */
  what: LayerPart[];
  /** Catalog entries used. */
  catalogIds: string[];
  /** Why a counted figure is an approximation, each once. */
  approximations: LayerApproximation[];
  /** What the commands print (echo), for the legacy log. */
  output: string[];
  /** The figures used, with their sources. */
  figures: UsedFigure[];
}

/** A `cmake` configure step: source and build directory, absolute. */
export interface CMakeConfig {
  src: string;
  build: string;
  /** True when the configure asked for a static link (-DCMAKE_EXE_LINKER_FLAGS=-static, LDFLAGS=-static). */
  static: boolean;
}

/** The state of one RUN while its commands are read in order. */
export interface RunScope {
  state: StageState;
  stage: StageName;
  /** The working directory, as `cd` leaves it. */
  cwd: string;
  cmake: { configs: CMakeConfig[]; built: boolean };
  /** Package indexes this RUN downloaded and has not removed yet (`apt-get update`, `apk update`, `apk add` without --no-cache). */
  indexes: Set<"apk" | "apt">;
  /** Whose figures to use: the course's for its own projects, else repo-info's. */
  calibration: Calibration;
  /** The stage's FROM, for words about its packages. */
  base: string;
  result: RunResult;
}

/** What a handler is given: one command of the RUN and the RUN's scope. */
export interface RunContext {
  command: SimpleCommand;
  /** The arguments that are not flags. */
  operands: string[];
  scope: RunScope;
}

/** Reads one command; it may write to the file system and to the result. */
export type RunHandler = (ctx: RunContext) => void;

/** Adds a reason unless the RUN already gave it. */
export function unknown(scope: RunScope, reason: SizeReason): void {
  const key = JSON.stringify(reason);
  if (!scope.result.reasons.some((r) => JSON.stringify(r) === key)) scope.result.reasons.push(reason);
}

/** Adds an approximation unless the RUN already gave it. */
export function approximately(scope: RunScope, why: LayerApproximation): void {
  const key = JSON.stringify(why);
  if (!scope.result.approximations.some((a) => JSON.stringify(a) === key)) scope.result.approximations.push(why);
}

/** Adds a part to what the layer holds. */
export function holds(scope: RunScope, part: LayerPart): void {
  scope.result.what.push(part);
}

/** Records a path the RUN writes. */
export function write(scope: RunScope, entry: { path: string; type: "file" | "dir"; bytes: number | null; note?: TreeNote; opaque?: boolean; approximate?: boolean; program?: BuiltProgram }): void {
  addNode(scope.state, entry.path, {
    type: entry.type,
    bytes: entry.bytes,
    origin: "run",
    stage: scope.stage.label,
    from: null,
    note: entry.note ?? null,
    opaque: entry.opaque ?? false,
    ...(entry.approximate ? { approximate: true } : {}),
    ...(entry.program ? { program: entry.program } : {}),
  });
}
