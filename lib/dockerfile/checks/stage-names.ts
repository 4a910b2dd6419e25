/** ReservedStageName and DuplicateStageName (dockerfile2llb/validations.go validateStageNames). */
import type { Context } from "../analysis/context";
import type { Instruction } from "../parser/types";

/** Reports reserved and repeated stage names. */
export function checkStageNames(ctx: Context): void {
  const seen = new Set<string>();
  for (const s of ctx.parsed.stages) {
    if (!s.name) continue;
    const from = s.instructions[0] as Instruction;
    if (s.name === "scratch" || s.name === "context") {
      ctx.lint.run("ReservedStageName", s.line, `Stage name should not use the same name as reserved stage ${JSON.stringify(s.name)}`, from);
    }
    if (seen.has(s.name)) ctx.lint.run("DuplicateStageName", s.line, `Duplicate stage name ${JSON.stringify(s.name)}, stage names should be unique`, from);
    seen.add(s.name);
  }
}
