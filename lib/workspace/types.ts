/** The workspace model's types: what the panels around a Dockerfile show, and what each surface asks for. */
import type { Analysis } from "../dockerfile/analysis/types";
import type { StageExplanation } from "../dockerfile/explain";
import type { DockerfileDocument } from "../dockerfile/parser/types";
import type { ContextFile } from "../dockerfile/build-context";
import type { SimulationView } from "./simulation-view";
import type { StageGraphLayout } from "./stage-graph";
import type { AnnotationAnchor, LineSpan } from "./annotations";
import type { AnnotationPlace } from "./annotation-tracking";
import type { ProblemGroup } from "./problems";

/** A size the course measured with `docker image ls`, for the lesson's own Dockerfile. */
export interface MeasuredImage {
  /** REPOSITORY column (`hello-cmake`). */
  repository: string;
  /** TAG column (`latest`). */
  tag: string;
  /** SIZE column as printed (`8.34MB`). */
  size: string;
}

/** What the workspace knows about the project around the Dockerfile. */
export interface WorkspaceBuild {
  /** The project's files as the build context, or absent when there is no project. */
  contextFiles?: ContextFile[];
  /** `-t` of the lesson's `docker build` command (`hello-cmake`, `hello-web:test`). */
  tag?: string;
  /** The course's measured size for the lesson's Dockerfile, or null. */
  measured: MeasuredImage | null;
  /** `course` for the course's own projects (its measured alpine:latest and toolchain); absent: repo-info's figures. */
  calibration?: "course" | "repo-info";
}

/** The panels a surface shows. The analysis and the Problems list are always there. */
export interface WorkspacePanels {
  /** The laid-out stage graph. */
  graph: boolean;
  /** The plain-language explanation of each stage (the Target control's panel). */
  explanations: boolean;
  /** The simulated build: sizes, the final image's files, the logs. */
  simulation: boolean;
}

/** The panels of the lesson page and the playground. */
export const ALL_PANELS: WorkspacePanels = { graph: true, explanations: true, simulation: true };
/** An exercise's editor: Problems only. */
export const PROBLEMS_ONLY: WorkspacePanels = { graph: false, explanations: false, simulation: false };
/** The presenter: the graph and the highlights, no simulated build. */
export const PRESENTER_PANELS: WorkspacePanels = { graph: true, explanations: false, simulation: false };

/** What one computation is for: the text and the `--target` (null: the last stage). */
export interface WorkspaceInput {
  text: string;
  target: string | null;
}

/** How a surface asks for its model. */
export interface WorkspaceOptions {
  /** Where the annotations point; resolved against every new text. */
  anchors?: readonly AnnotationAnchor[];
  panels: WorkspacePanels;
  /** The project around the Dockerfile (its `.dockerignore` counts for the analysis too). */
  build?: WorkspaceBuild;
  /**
   * A text put in whole from outside (a walkthrough step): when the input is this text, the
   * annotations are placed by meaning, not followed from the text before it.
   */
  freshText?: string;
}

/** The analysis part of the model: what follows every keystroke. */
export interface AnalysisModel {
  /** The text and target it was computed for. */
  for: WorkspaceInput;
  analysis: Analysis;
  /** Each stage's lines, 1-based, by stage index. */
  stageSpans: LineSpan[];
  /** Named stages, for the Target control. */
  stageNames: string[];
  /** Where each annotation is now: on its instruction (unchanged or changed), or removed; followed from the previous text. */
  annotations: AnnotationPlace[];
  /** The lines of each annotation's instruction (`annotations` as spans), or null once its instruction is gone. */
  annotationSpans: (LineSpan | null)[];
  /** The diagnostics grouped by cause: one primary message each, its echoes as related. */
  problems: ProblemGroup[];
  /** The laid-out stage graph, or null when the surface does not show it. */
  graph: StageGraphLayout | null;
  /** The stage explanations, or null when the surface does not show them. */
  explanations: StageExplanation[] | null;
}

/** The simulation part of the model: it follows a pause in typing. */
export interface SimulationModel {
  /** The text and target it was computed for. */
  for: WorkspaceInput;
  view: SimulationView;
}

/** Everything a surface shows, as computed at build time. */
export interface WorkspaceModel {
  analysis: AnalysisModel;
  /** Null when the surface shows no simulated build. */
  simulation: SimulationModel | null;
}

/** True when a result was computed for exactly this text and target. */
export const isFor = (result: { for: WorkspaceInput }, input: WorkspaceInput): boolean => result.for.text === input.text && result.for.target === input.target;

/** The parse and the analysis behind an AnalysisModel, kept so the simulation can reuse them. */
export interface AnalysisWork {
  document: DockerfileDocument;
  analysis: Analysis;
}

