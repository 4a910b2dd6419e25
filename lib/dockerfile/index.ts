/** Public entry point of the pure Dockerfile core. */
export { analyzeDockerfile } from "./analysis/analyze";
export type { Analysis, AnalyzeOptions, Diagnostic, DiagnosticFix, ExternalSource, StageEdge, StageInfo } from "./analysis/types";
export { parseDockerfile } from "./parser/parse";
export type { DockerfileDocument, Instruction, InstructionFlag, ParsedDockerfile, ParsedStage } from "./parser/types";
export { RULES, RULES_BY_NAME, getRule, isRuleName } from "./rules";
export type { RuleDoc, RuleName, Severity } from "./rules";
export { findStage, imageChain, stageFates, stageLabel } from "./stages";
export type { StageFate, StageRef } from "./stages";
export { explainStages } from "./explain";
export type { StageExplanation } from "./explain";
export { simulateBuild, formatDockerSize, humanSize } from "./simulate";
export type {
  BuildSimulation,
  ContextFile,
  FileTreeNode,
  LayerKind,
  LeftBehind,
  SimulatedBase,
  SimulatedImage,
  SimulatedImageLs,
  SimulatedLayer,
  SimulatedLogs,
  SimulatedStage,
  SimulateOptions,
  TreeOrigin,
} from "./simulate";
export { BUILD_OUTPUTS, CATALOG, COURSE_FIGURES, IMAGES, PACKAGES, findBuildOutput, findImage, lookupPackages, parseImageRef, qualifyImage, similarImages } from "./catalog";
export type { CatalogBuildFile, CatalogBuildOutput, CatalogEntryBase, CatalogImage, CatalogPackageSet, CatalogSource, ImageRef, PackageLookup, SizeKind } from "./catalog";
