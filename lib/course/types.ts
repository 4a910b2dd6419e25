import type { AnnotationAnchor, LineSpan } from "../workspace/annotations";
import type { ExerciseCheck } from "../exercises/types";
import type { Block, Inline } from "./markdown-types";

/** What the course page shows of a lesson. */
export interface LessonSummary {
  /** Folder name under lessons/, used in the URL. */
  slug: string;
  /** 1-based position in the course. */
  number: number;
  title: string;
  summary: string;
  /** What the lesson teaches, one short phrase each. */
  teaches: Inline[][];
}

/** An annotation, with the lines its anchor resolves to in the lesson's Dockerfile. */
export interface LessonAnnotation {
  /** Stable id within the lesson (`annotation-1`). */
  id: string;
  title: string;
  text: Inline[];
  anchor: AnnotationAnchor;
  /** Where the anchor points in the unedited Dockerfile. */
  span: LineSpan;
}

/** A Dockerfile shipped with a lesson. */
export interface LessonFile {
  /** File name within the lesson folder. */
  name: string;
  text: string;
}

/** One side of the single-stage / multi-stage comparison. */
export interface CompareSide extends LessonFile {
  label: string;
  /** Published size as `docker image ls` prints it, or null. */
  size: string | null;
}

/** An exercise: a starting Dockerfile, a goal and the checks that say when it is met. */
export interface LessonExercise {
  /** Stable id within the course (`why-multi-stage/split-the-build-into-two-stages`), keying saved edits and solved marks. */
  id: string;
  title: string;
  goal: Inline[];
  start: string;
  solution: string;
  target: string | null;
  checks: ExerciseCheck[];
  hints: Inline[][];
}

/** A workbench tab a step can show its effect in (the tab list itself is the page's data). */
export type WorkbenchTab = "stages" | "problems" | "image" | "log" | "run" | "diff";

/** A predict-then-reveal question with the answer the analyser or the simulator computed on the step's text. */
export type LessonPredict =
  | {
      /** The stages `docker build --target <target>` runs: BuildKit (`targetBuilds`) or the legacy builder (`legacyBuilds`). */
      ask: "targetBuilds" | "legacyBuilds";
      question: Inline[];
      target: string;
      /** Every stage of the step's file, by label (`build`, `stage-1`), in order. */
      choices: string[];
      /** The stages that run, by label, in order. */
      answer: string[];
    }
  | { ask: "stageCount"; question: Inline[]; answer: number }
  | {
      /** Which of the listed paths end up in the final image (the simulator's file model). */
      ask: "finalImageFiles";
      question: Inline[];
      /** The answer's files and a few others the build adds in any stage (the shallowest), sorted. */
      choices: string[];
      /** Those in the final image, sorted. */
      answer: string[];
    };

/** One step of a lesson's walkthrough. */
export interface LessonStep {
  /** Unique in the lesson; `?step=<id>` in the URL. */
  id: string;
  /** 1-based position. */
  number: number;
  title: string;
  /** The step's prose. */
  body: Block[];
  /** The Dockerfile text at this step (after its edit, if any). */
  text: string;
  /** The lesson file that text comes from. */
  file: string;
  /** The Apply button's label, present exactly when this step changes the text. */
  apply?: Inline[];
  /** The tab that shows this step's effect. */
  tab: WorkbenchTab;
  /** The Target control's value at this step. */
  target?: string;
  predict?: LessonPredict;
  /** The exercise (a `LessonExercise.id`, `slug/exercise-id`) the workbench becomes at this step. */
  exerciseId?: string;
  /** The ids of the lesson's annotations whose anchor matches this step's text (the Notes tab shows those). */
  notes?: string[];
}

/** The problem shown first: the "before" Dockerfile and why it hurts. */
export interface LessonHook {
  /** The Dockerfile text. */
  text: string;
  /** Its lesson file. */
  file: string;
  /** Measured size as `docker image ls` prints it. */
  size?: string;
  /** Where the size comes from (present whenever size is). */
  source?: Inline[];
  /** One or two sentences. */
  sentence: Inline[];
}

/** A lesson, fully loaded and validated. */
export interface Lesson extends LessonSummary {
  objectives: Inline[][];
  body: Block[];
  dockerfile: LessonFile;
  annotations: LessonAnnotation[];
  compare: { before: CompareSide; after: CompareSide; source: Inline[] } | null;
  project: { archive: string; files: string[]; commands: string[] } | null;
  exercises: LessonExercise[];
  /** The problem, shown first; null until the lesson is converted to the walkthrough format. */
  hook: LessonHook | null;
  /** The walkthrough (empty until the lesson is converted). */
  steps: LessonStep[];
  previous: { slug: string; title: string } | null;
  next: { slug: string; title: string } | null;
}

/** The course: its lessons in order. */
export interface Course {
  title: string;
  tagline: string;
  lessons: LessonSummary[];
}
