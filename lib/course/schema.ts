import { z } from "zod";
import { exerciseCheck } from "../exercises/schema";
import { annotationAnchor } from "../workspace/anchor-schema";

const relativeFile = z
  .string()
  .min(1)
  .refine((p) => !p.startsWith("/") && !p.split("/").includes(".."), "must be a path inside the lesson folder");

const dockerSize = z.string().regex(/^\d+(\.\d+)?(kB|MB|GB)$/, 'must look like docker image ls prints it, e.g. "8.34MB"');

const side = z.strictObject({
  /** The Dockerfile, relative to the lesson folder. */
  file: relativeFile,
  /** Short label shown above it (`Single-stage`). */
  label: z.string().min(1),
  /** A published, measured image size as `docker image ls` prints it (`303MB`). */
  size: dockerSize.optional(),
});

/** The walkthrough's problem, shown first: a lesson Dockerfile (the "before") and one or two sentences. */
const hook = z.strictObject({
  /** A lesson Dockerfile, shown read-only. */
  file: relativeFile,
  /** Its measured size as `docker image ls` prints it; needs `source` or `compare.source`. */
  size: dockerSize.optional(),
  /** Where `size` comes from; default: `compare.source`. */
  source: z.string().min(1).optional(),
  /** One or two sentences of inline Markdown. */
  text: z.string().min(1),
});

/** The front matter of lesson.md. */
export const lessonFrontMatter = z.strictObject({
  title: z.string().min(1),
  summary: z.string().min(1),
  teaches: z.array(z.string().min(1)).min(1),
  objectives: z.array(z.string().min(1)).min(1),
  dockerfile: relativeFile,
  annotations: relativeFile,
  /** Exercises file (exercises.yaml), optional. */
  exercises: relativeFile.optional(),
  /** The problem the lesson solves, shown before the steps. */
  hook,
  /** The walkthrough's steps file (steps.yaml). */
  steps: relativeFile,
  compare: z
    .strictObject({
      before: side,
      after: side,
      /** Where the sizes come from; required whenever a size is shown. */
      source: z.string().min(1),
    })
    .optional(),
  project: z
    .strictObject({
      folder: relativeFile,
      /** The archive's name without `.zip`; also the image tag in the commands. */
      archive: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be lower-case letters, digits and dashes"),
      /** Extra files placed at the archive's root: name in the archive -> file in the lesson folder. */
      dockerfiles: z.record(z.string().regex(/^[\w.-]+$/), relativeFile).default({}),
      commands: z.array(z.string().min(1)).min(1),
    })
    .optional(),
});

export type LessonFrontMatter = z.infer<typeof lessonFrontMatter>;

/** One entry of annotations.yaml. */
export const annotationEntry = z.strictObject({
  title: z.string().min(1),
  anchor: annotationAnchor,
  text: z.string().min(1),
});

export const annotationsFile = z.array(annotationEntry).min(1);

/** lessons/course.yaml */
export const courseFile = z.strictObject({
  title: z.string().min(1),
  tagline: z.string().min(1),
  lessons: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lesson folders are lower-case letters, digits and dashes")).min(1),
});

/** Formats a schema failure as lines naming each field and what it needs. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join(".") : "(top level)"}: ${i.message}`).join("; ");
}

/** One entry of exercises.yaml. */
export const exerciseEntry = z.strictObject({
  /**
   * Stable id within the lesson (saved edits and solved marks are keyed by it); defaults to
   * the title in kebab case. Set it to keep students' progress when renaming an exercise.
   */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/, "must be lower-case letters, digits and dashes").optional(),
  /** The page numbers exercises itself ("Exercise 2: …"), so a title carries no number. */
  title: z.string().min(1).regex(/^(?!\d+[.)]\s)/, 'must not start with a number ("2. …"): the page numbers exercises itself'),
  /** What the student should achieve, one paragraph of inline Markdown. */
  goal: z.string().min(1),
  /** The Dockerfile the student starts from. */
  start: relativeFile,
  /** A reference solution: must pass every check (proved at build time). */
  solution: relativeFile,
  /** `--target` for the analysis, when the exercise is about one. */
  target: z.string().min(1).optional(),
  checks: z.array(exerciseCheck).min(1),
  /** Revealed one at a time. */
  hints: z.array(z.string().min(1)).default([]),
});

export const exercisesFile = z.array(exerciseEntry).min(1);

/** The workbench tabs a step can name as the one that shows its effect. */
export const WORKBENCH_TABS = ["stages", "problems", "image", "log", "run", "diff"] as const;

/** The questions the analyser or the simulator can answer for predict-then-reveal. */
export const PREDICT_ASKS = ["targetBuilds", "legacyBuilds", "stageCount", "finalImageFiles"] as const;

const stepId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case kebab case (letters, digits, single dashes), e.g. name-the-build-stage");

/** One entry of steps.yaml: a step of the walkthrough. */
export const stepEntry = z.strictObject({
  /** Unique in the lesson; the `?step=` of the URL. */
  id: stepId,
  /** The step's heading, plain text. */
  title: z.string().min(1),
  /** The step's prose: Markdown, the same subset as lesson.md's body. */
  text: z.string().min(1),
  /** The workbench text once this step is applied (a lesson Dockerfile); omitted = unchanged. */
  file: relativeFile.optional(),
  /** The Apply button's label (inline Markdown); required whenever `file` changes the text. */
  apply: z.string().min(1).optional(),
  /** The workbench tab that shows this step's effect. */
  tab: z.enum(WORKBENCH_TABS).default("stages"),
  /** The Target control's value at this step: a stage of the step's file. */
  target: z.string().min(1).optional(),
  /** Predict, then reveal: a question the analyser or the simulator answers on the step's file. */
  predict: z
    .strictObject({
      question: z.string().min(1),
      ask: z.enum(PREDICT_ASKS),
      /** Required for targetBuilds and legacyBuilds. */
      target: z.string().min(1).optional(),
      /**
       * finalImageFiles only: the paths offered (absolute). Default: generated from the
       * simulator's file model. Must include every file the build adds to the final image.
       */
      choices: z.array(z.string().regex(/^\//, "must be an absolute path, e.g. /app/hello")).min(2).optional(),
    })
    .optional(),
  /** An exercise id from exercises.yaml: this step's workbench becomes that exercise. */
  exercise: z.string().min(1).optional(),
});

export type StepEntry = z.infer<typeof stepEntry>;

export const stepsFile = z.array(stepEntry).min(2, "a walkthrough needs at least 2 steps");
