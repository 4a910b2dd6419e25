/** Public entry point of the pure Dockerfile core. */
export { analyzeDockerfile } from "./analyze";
export { parseDockerfile } from "./parse";
export { RULES, RULES_BY_NAME, getRule } from "./rules";
export type { RuleDoc, Severity } from "./rules";
export type { Analysis, AnalyzeOptions, Diagnostic, DiagnosticFix, ExternalSource, StageEdge, StageInfo } from "./analyze-types";
export type { Instruction, InstructionFlag, ParsedDockerfile, ParsedStage } from "./parse-types";
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
