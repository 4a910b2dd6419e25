/**
 * Runs an exercise's checks against a student's Dockerfile. Each check compares meaning
 * (the stage graph, parsed words and flags, the effective user, the final image's files,
 * the `docker run` verdict), never spelling; ./checks has one module per family. Never
 * throws: the analyser and the simulator never do.
 */
import { type CheckOptions, CheckContext } from "./context";
import { noBuildCheckWarnings, noBuildTools, noError, noRule } from "./checks/build";
import { finalBase } from "./checks/base";
import type { Outcome } from "./checks/common";
import { command, image, starts } from "./checks/image";
import { copies, env, instruction, order, runs, testsOutput } from "./checks/instructions";
import { declaresArg, defaultTarget, needs, platform, runEnv, sameBase, sameSpelling, stageNamed, stages, targetBuilds } from "./checks/structure";
import { user } from "./checks/user";
import type { CheckResult, ExerciseCheck } from "./types";

export type { CheckOptions };

function evaluateOne(ctx: CheckContext, check: ExerciseCheck): Outcome {
  switch (check.type) {
    case "stages":
      return stages(ctx, check);
    case "stageNamed":
      return stageNamed(ctx, check);
    case "needs":
      return needs(ctx, check);
    case "sameBase":
      return sameBase(ctx, check);
    case "platform":
      return platform(ctx, check);
    case "declaresArg":
      return declaresArg(ctx, check);
    case "runEnv":
      return runEnv(ctx, check);
    case "defaultTarget":
      return defaultTarget(ctx, check);
    case "sameSpelling":
      return sameSpelling(ctx);
    case "targetBuilds":
      return targetBuilds(ctx, check);
    case "finalBase":
      return finalBase(ctx, check);
    case "user":
      return user(ctx, check);
    case "copies":
      return copies(ctx, check);
    case "runs":
      return runs(ctx, check);
    case "order":
      return order(ctx, check);
    case "env":
      return env(ctx, check);
    case "image":
      return image(ctx, check);
    case "testsOutput":
      return testsOutput(ctx, check);
    case "starts":
      return starts(ctx, check);
    case "command":
      return command(ctx, check);
    case "anyOf": {
      const outcomes = check.checks.map((c) => evaluateOne(ctx, c));
      const passed = outcomes.find((o) => o.pass);
      return { label: check.label, pass: passed !== undefined, detail: passed ? passed.detail : outcomes.map((o) => o.detail).filter(Boolean).join(" Or: ") };
    }
    case "instruction":
      return instruction(ctx, check);
    case "noError":
      return noError(ctx);
    case "noBuildCheckWarnings":
      return noBuildCheckWarnings(ctx);
    case "noRule":
      return noRule(ctx, check);
    case "noBuildTools":
      return noBuildTools(ctx);
  }
}

/** Runs every check against the student's text. */
export function evaluateExercise(text: string, checks: ExerciseCheck[], options: CheckOptions = {}): CheckResult[] {
  const ctx = new CheckContext(text, options);
  return checks.map((check) => {
    const result = evaluateOne(ctx, check);
    return { ...result, label: check.label ?? result.label };
  });
}
