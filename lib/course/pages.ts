/**
 * What each route renders, loaded once per page at build time: the lesson, its project, and
 * the workspace models of every editor on the page, computed with the same functions and
 * panel flags the browser uses after an edit. Routes call these and pass the result on;
 * components only render.
 */
import { loadLessonBuild } from "./build-context";
import { computeWorkspaceModel } from "../workspace/model";
import { ALL_PANELS, PRESENTER_PANELS, PROBLEMS_ONLY, type WorkspaceBuild, type WorkspaceModel } from "../workspace/types";
import { loadCourse, loadLesson } from "./load";
import { presenterSlides, type PresenterSlide } from "./presenter-slides";
import type { Lesson, LessonExercise } from "./types";

/** This site's estimate for one side of a lesson's comparison. */
export interface CompareEstimate {
  /** As `docker image ls` would print it, `≥` when part of it is unknown. */
  display: string;
  /** Known bytes. */
  bytes: number;
}

/** Everything the lesson page shows. */
export interface LessonPage {
  lesson: Lesson;
  /** Lessons in the course. */
  total: number;
  build: WorkspaceBuild;
  /** The lesson's Dockerfile with every panel. */
  workspace: WorkspaceModel;
  /** Each exercise's start file, Problems only. */
  exercises: { exercise: LessonExercise; initial: WorkspaceModel }[];
  /** The estimates beside the compare section's measured sizes, or null without a comparison. */
  compare: [CompareEstimate | null, CompareEstimate | null] | null;
  /**
   * The walkthrough's workbench, or null for a lesson without steps: the first step's text
   * with every panel (what the static page shows before any script runs; the browser
   * computes the other steps' models when the student moves to them), and this site's
   * estimate for the hook's Dockerfile.
   */
  walkthrough: { initial: WorkspaceModel; hook: CompareEstimate | null } | null;
}

/** Everything the presenter view shows. */
export interface PresenterPage {
  lesson: Lesson;
  /** The lesson's Dockerfile: graph and highlights, no simulated build. */
  workspace: WorkspaceModel;
  /** The slides, in order (presenter-slides.ts). */
  slides: PresenterSlide[];
}

const SIMULATION_ONLY = { graph: false, explanations: false, simulation: true };

function estimate(text: string, build: WorkspaceBuild): CompareEstimate | null {
  const final = computeWorkspaceModel({ text, target: null }, { panels: SIMULATION_ONLY, build }).simulation?.view.final;
  return final ? { display: final.display, bytes: final.bytes } : null;
}

const anchorsOf = (lesson: Lesson) => lesson.annotations.map((a) => a.anchor);

function walkthroughOf(lesson: Lesson, build: WorkspaceBuild): LessonPage["walkthrough"] {
  const first = lesson.steps[0];
  if (!first || !lesson.hook) return null;
  return {
    initial: computeWorkspaceModel({ text: first.text, target: first.target ?? null }, { anchors: anchorsOf(lesson), panels: ALL_PANELS, build }),
    hook: estimate(lesson.hook.text, build),
  };
}

const lessonPages = new Map<string, LessonPage>();

/** The lesson page's data (cached: metadata and page share one load). */
export function loadLessonPage(slug: string): LessonPage {
  const cached = lessonPages.get(slug);
  if (cached) return cached;
  const lesson = loadLesson(slug);
  const build = loadLessonBuild(lesson);
  const page: LessonPage = {
    lesson,
    total: loadCourse().lessons.length,
    build,
    workspace: computeWorkspaceModel({ text: lesson.dockerfile.text, target: null }, { anchors: anchorsOf(lesson), panels: ALL_PANELS, build }),
    exercises: lesson.exercises.map((exercise) => ({
      exercise,
      initial: computeWorkspaceModel({ text: exercise.start, target: exercise.target }, { panels: PROBLEMS_ONLY }),
    })),
    compare: lesson.compare ? [estimate(lesson.compare.before.text, build), estimate(lesson.compare.after.text, build)] : null,
    walkthrough: walkthroughOf(lesson, build),
  };
  lessonPages.set(slug, page);
  return page;
}

/** The presenter view's data. */
export function loadPresenterPage(slug: string): PresenterPage {
  const lesson = loadLesson(slug);
  return {
    lesson,
    workspace: computeWorkspaceModel({ text: lesson.dockerfile.text, target: null }, { anchors: anchorsOf(lesson), panels: PRESENTER_PANELS }),
    slides: presenterSlides(lesson),
  };
}

/** A Dockerfile the playground can start from. */
export interface PlaygroundExample {
  /** Stable id: the lesson's slug, or `empty`. */
  id: string;
  label: string;
  text: string;
}

/** The playground's examples, and the model of the first (what the static page shows). */
export function loadPlaygroundPage(): { examples: PlaygroundExample[]; initial: WorkspaceModel } {
  const examples: PlaygroundExample[] = [
    ...loadCourse().lessons.map((summary) => {
      const lesson = loadLesson(summary.slug);
      return { id: lesson.slug, label: `Lesson ${lesson.number}: ${lesson.title}`, text: lesson.dockerfile.text };
    }),
    { id: "empty", label: "Empty", text: "" },
  ];
  return { examples, initial: computeWorkspaceModel({ text: examples[0]?.text ?? "", target: null }, { panels: ALL_PANELS }) };
}
