/** Public entry point of the pure Dockerfile core. */
export { analyzeDockerfile } from "./analyze";
export { parseDockerfile } from "./parse";
export { RULES, RULES_BY_NAME, getRule } from "./rules";
export type { RuleDoc, Severity } from "./rules";
export type { Analysis, AnalyzeOptions, Diagnostic, DiagnosticFix, ExternalSource, StageEdge, StageInfo } from "./analyze-types";
export type { Instruction, InstructionFlag, ParsedDockerfile, ParsedStage } from "./parse-types";
