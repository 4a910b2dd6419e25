/**
 * Where "Continue" on the course page takes a returning student. Pure: the saved progress and
 * the last lesson opened are passed in.
 *
 * The rule is the one a reader of a book expects: back to the lesson they were in, unless they
 * finished it (solved every exercise), then on to the next lesson they have not finished.
 */
import type { LastLesson, Progress } from "./progress";

/** What the course page knows of a lesson. */
export interface CourseLessonRef {
  slug: string;
  /** 1-based position in the course. */
  number: number;
  title: string;
  /** The lesson's exercise ids (`<slug>/<exercise>`), as progress keys them. */
  exerciseIds: string[];
}

/** A lesson is finished when every exercise is solved; one without exercises, once opened. */
export function isLessonFinished(lesson: CourseLessonRef, progress: Progress): boolean {
  if (lesson.exerciseIds.length === 0) return Object.hasOwn(progress.visited, lesson.slug);
  return lesson.exerciseIds.every((id) => Object.hasOwn(progress.solved, id));
}

/** The latest time anything happened in a lesson (its first visit or a solved exercise), or -1. */
function lastActivity(lesson: CourseLessonRef, progress: Progress): number {
  const times = [progress.visited[lesson.slug], ...lesson.exerciseIds.map((id) => progress.solved[id])].filter((t): t is number => t !== undefined);
  return times.length ? Math.max(...times) : -1;
}

/**
 * The lesson to continue with, or null for a student with no progress (they start with
 * lesson 1) and for one who finished every lesson.
 */
export function continueLesson<L extends CourseLessonRef>(lessons: readonly L[], progress: Progress, last: LastLesson | null): L | null {
  // The lesson the student was last in: the one they opened last, else (progress imported
  // from another machine carries no "last") the one with the latest activity.
  let current = last ? lessons.findIndex((l) => l.slug === last.slug) : -1;
  if (current < 0) {
    let latest = -1;
    lessons.forEach((lesson, i) => {
      const time = lastActivity(lesson, progress);
      if (time > latest) [latest, current] = [time, i];
    });
  }
  if (current < 0) return null;
  const here = lessons[current];
  if (here && !isLessonFinished(here, progress)) return here;
  // Finished: the next unfinished lesson after it, then any earlier one left unfinished.
  const order = [...lessons.slice(current + 1), ...lessons.slice(0, current)];
  return order.find((lesson) => !isLessonFinished(lesson, progress)) ?? null;
}
