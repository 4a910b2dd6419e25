/**
 * ConsistentInstructionCasing (dockerfile2llb/validations.go validateCommandCasing): the
 * majority case over all stage instructions (global ARGs excluded), ties going to
 * uppercase; mixed-case keywords always violate.
 */
import { columnOf, type Context } from "../analysis/context";

const isSelfConsistent = (name: string): boolean => name === name.toLowerCase() || name === name.toUpperCase();

/** Reports every keyword written in another case than the majority. */
export function checkCommandCasing(ctx: Context): void {
  let lower = 0;
  let upper = 0;
  const all = ctx.parsed.stages.flatMap((s) => s.instructions);
  for (const ins of all) {
    if (!isSelfConsistent(ins.keywordRaw)) continue;
    if (ins.keywordRaw === ins.keywordRaw.toLowerCase()) lower++;
    else upper++;
  }
  const majorityLower = lower > upper;
  for (const ins of all) {
    const name = ins.keywordRaw;
    const correct = majorityLower ? (name.toLowerCase() !== name ? "lowercase" : "") : name.toUpperCase() !== name ? "uppercase" : "";
    if (!correct) continue;
    const replacement = correct === "lowercase" ? name.toLowerCase() : name.toUpperCase();
    const start = columnOf(ctx, ins.line, name);
    const fix = { line: ins.line, startColumn: start, endColumn: start + name.length, replacement, title: `Write ${replacement}` };
    ctx.lint.run("ConsistentInstructionCasing", ins.line, `Command '${name}' should match the case of the command majority (${correct})`, ins, fix);
  }
}
