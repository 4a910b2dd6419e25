/** Public entry point of the pure Dockerfile core. */
export { analyzeDockerfile } from "./analysis/analyze";
export type { Analysis, AnalyzeOptions, Diagnostic, DiagnosticFix, ExternalSource, StageEdge, StageInfo } from "./analysis/types";
export { parseDockerfile } from "./parser/parse";
export type { DockerfileDocument, Instruction, InstructionFlag, ParsedDockerfile, ParsedStage } from "./parser/types";
export { RULES, RULES_BY_NAME, getRule, isRuleName } from "./rules";
export type { RuleMeta, RuleName, Severity } from "./rules";
export { RULE_DOCS, getRuleDoc, type RuleDoc } from "./rule-docs";
export { findStage, imageChain, stageFates, stageLabel } from "./stages";
export type { StageFate, StageRef } from "./stages";
export { explainStages } from "./explain";
export type { StageExplanation } from "./explain";
export { contextDockerignore } from "./build-context";
export { simulateBuild, simulationAnalysisOptions, formatDockerSize, humanSize, handlerFor, RUN_HANDLERS } from "./simulate";
export type {
  BuildSimulation,
  ContextFile,
  FileTreeNode,
  LayerKind,
  LayerPart,
  LeftBehind,
  LeftBehindItem,
  LogsNotice,
  RunHandler,
  SimulatedBase,
  SimulatedImage,
  SimulatedImageLs,
  SimulatedLayer,
  SimulatedLogs,
  SimulatedStage,
  SimulateOptions,
  SizeReason,
  StageName,
  TreeNote,
  TreeOrigin,
} from "./simulate";
export { compilePathPattern, hasWildcards, matchesWildcard } from "./path-pattern";
export type { PathPattern, PatternSyntax } from "./path-pattern";
export { BUILD_OUTPUTS, COURSE_FIGURES, PACKAGES, baseImageFacts, findBuildOutput, lookupPackages, parseImageRef, qualifyImage, resolveImage } from "./catalog";
export type { BaseImageFacts, CatalogBuildFile, CatalogBuildOutput, CatalogEntry, CatalogEntryBase, CatalogImage, CatalogPackageSet, CatalogSource, ImageRef, ImageResolution, PackageLookup, SizeKind } from "./catalog";
