import type { Instruction } from "./types";

/** The instruction as written after its keyword: flags, then arguments. */
export function instructionText(instruction: Instruction): string {
  const flags = instruction.flags.map((f) => (f.value === null ? `--${f.name}` : `--${f.name}=${f.value}`));
  return [...flags, instruction.args].join(" ");
}

