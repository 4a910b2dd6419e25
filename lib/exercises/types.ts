/** The types of exercise checks (from their schema) and of their results. */
import type { z } from "zod";
import type { exerciseCheck } from "./schema";

/** One check, as the schema reads it from exercises.yaml. */
export type ExerciseCheck = z.infer<typeof exerciseCheck>;

/** The outcome of one check, in words a student understands. */
export interface CheckResult {
  /** What the check asks for ("The final stage starts from one of: alpine:latest"). */
  label: string;
  /** Whether the student's Dockerfile does it. */
  pass: boolean;
  /** On failure, what is wrong in the student's terms ("It starts from ubuntu:24.04."); on a pass, what could not be decided for certain, else null. */
  detail: string | null;
}
