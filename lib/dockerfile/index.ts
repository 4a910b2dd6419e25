/** Public entry point of the pure Dockerfile core. */
export { parseDockerfile } from "./parse";
export type { Instruction, InstructionFlag, ParsedDockerfile, ParsedStage } from "./parse-types";
