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

/** A lesson, fully loaded and validated. */
export interface Lesson extends LessonSummary {
  objectives: Inline[][];
  body: Block[];
  dockerfile: LessonFile;
  annotations: LessonAnnotation[];
  compare: { before: CompareSide; after: CompareSide; source: Inline[] } | null;
  project: { archive: string; files: string[]; commands: string[] } | null;
  exercises: LessonExercise[];
  previous: { slug: string; title: string } | null;
  next: { slug: string; title: string } | null;
}

/** The course: its lessons in order. */
export interface Course {
  title: string;
  tagline: string;
  lessons: LessonSummary[];
}
