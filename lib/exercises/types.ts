/**
 * Exercise checks: declarative statements about a student's Dockerfile, evaluated against
 * the analyser's result. They are data in each lesson's exercises.yaml, validated at build
 * time, so an instructor writes checks without writing code.
 */

/** Which stage a check is about: a name, a 0-based index, or `last` (the final stage). */
export type StageRef = string | number;

/** One check. `label` overrides the sentence the student sees. */
export type ExerciseCheck = { label?: string } & (
  | { type: "stages"; min?: number; max?: number }
  | { type: "stageNamed"; name: string }
  | { type: "finalBase"; oneOf: string[] }
  | { type: "needs"; stage: StageRef; from: string; kind?: "from" | "copy" | "mount" }
  | { type: "targetBuilds"; target: string; stages: string[] }
  | { type: "instruction"; stage: StageRef; instruction: string; contains?: string; present?: boolean }
  | { type: "noError" }
  | { type: "noBuildCheckWarnings" }
  | { type: "noRule"; rule: string }
  | { type: "noBuildTools" }
);

/** The outcome of one check, in words a student understands. */
export interface CheckResult {
  /** What the check asks for ("The final stage starts from one of: alpine:latest"). */
  label: string;
  /** Whether the student's Dockerfile does it. */
  pass: boolean;
  /** On failure, what was found instead ("It starts from ubuntu:24.04."). */
  detail: string | null;
}
