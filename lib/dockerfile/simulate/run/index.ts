/** Simulates one RUN: its simple commands, in order, each read by its handler (./table). */
import { simpleCommands } from "../../shell/commands";
import type { Calibration } from "../../catalog";
import { resolvePath, type StageState } from "../fs-model";
import type { StageName } from "../reasons";
import { finishCMake } from "./build-tools";
import { unknown, type RunResult, type RunScope } from "./context";
import { handlerFor } from "./table";

export type { RunContext, RunHandler, RunResult } from "./context";
export { handlerFor, RUN_HANDLERS } from "./table";

/** What the RUN `script` (its command and heredoc bodies) adds to `state`, a stage's file system, which it updates. */
export function simulateRun(run: { state: StageState; script: string; stage: StageName; calibration?: Calibration; base?: string }): RunResult {
  const scope: RunScope = {
    state: run.state,
    stage: run.stage,
    cwd: run.state.workdir,
    cmake: { configs: [], built: false },
    indexes: new Set(),
    calibration: run.calibration ?? "repo-info",
    base: run.base ?? run.state.rootImageRef,
    result: { known: 0, reasons: [], what: [], catalogIds: [], approximations: [], output: [], figures: [] },
  };
  for (const command of simpleCommands(run.script)) {
    // A program this build made whose output the model knows (the course's hello) writes nothing.
    const built = command.program.includes("/") ? run.state.tree.get(resolvePath(scope.cwd, command.program))?.program : undefined;
    if (built?.kind === "native" && built.output) {
      scope.result.output.push(...built.output);
      continue;
    }
    handlerFor(command.name)({ command, operands: command.args.filter((a) => !a.startsWith("-")), scope });
  }
  finishCMake(scope);
  // A package index downloaded and not removed in the same RUN stays in the layer.
  for (const manager of scope.indexes) unknown(scope, { kind: "package-index", manager });
  return scope.result;
}
