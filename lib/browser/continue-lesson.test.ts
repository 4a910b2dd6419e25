import { describe, expect, it } from "vitest";
import { continueLesson, isLessonFinished, type CourseLessonRef } from "./continue-lesson";
import { LAST_LESSON_KEY, readLastLesson, readLastLessonRaw, readProgress, recordVisit, type Progress } from "./progress";
import { memoryStorage, throwingStorage } from "../../test/fakes/storage";

const lesson = (number: number, slug: string, exercises: number): CourseLessonRef => ({
  slug,
  number,
  title: `Lesson ${slug}`,
  exerciseIds: Array.from({ length: exercises }, (_, i) => `${slug}/exercise-${i + 1}`),
});
const course = [lesson(1, "one", 2), lesson(2, "two", 1), lesson(3, "three", 0), lesson(4, "four", 1)];
const progress = (visited: Record<string, number>, solved: Record<string, number> = {}): Progress => ({ visited, solved });

describe("where Continue goes", () => {
  it("nowhere for a student with no progress", () => {
    expect(continueLesson(course, progress({}), null)).toBeNull();
  });

  it("back to the lesson opened last while it has an unsolved exercise", () => {
    const p = progress({ one: 1, two: 2 }, { "one/exercise-1": 3 });
    expect(continueLesson(course, p, { slug: "one", at: 4 })?.number).toBe(1);
  });

  it("on to the next unfinished lesson once the last one is finished", () => {
    const p = progress({ one: 1 }, { "one/exercise-1": 2, "one/exercise-2": 3 });
    expect(continueLesson(course, p, { slug: "one", at: 1 })?.slug).toBe("two");
  });

  it("past finished lessons, and a lesson without exercises counts as finished once opened", () => {
    const p = progress({ one: 1, two: 2, three: 3 }, { "one/exercise-1": 2, "one/exercise-2": 3, "two/exercise-1": 4 });
    expect(continueLesson(course, p, { slug: "two", at: 5 })?.slug).toBe("four");
  });

  it("back to an earlier unfinished lesson when every later one is finished", () => {
    const p = progress({ one: 1, four: 2 }, { "four/exercise-1": 3 });
    expect(continueLesson(course, p, { slug: "four", at: 3 })?.slug).toBe("one");
  });

  it("nowhere once every lesson is finished", () => {
    const solvedAll = Object.fromEntries(course.flatMap((l) => l.exerciseIds).map((id) => [id, 1]));
    expect(continueLesson(course, progress({ one: 1, two: 1, three: 1, four: 1 }, solvedAll), { slug: "four", at: 1 })).toBeNull();
  });

  it("without a last lesson (progress imported), to the lesson with the latest activity", () => {
    const p = progress({ one: 1, two: 5, four: 3 }, { "one/exercise-1": 9 });
    expect(continueLesson(course, p, null)?.slug).toBe("one");
    expect(continueLesson(course, progress({ one: 1, two: 5, four: 3 }), null)?.slug).toBe("two");
  });

  it("ignores a last lesson that is no longer in the course", () => {
    expect(continueLesson(course, progress({ four: 3 }), { slug: "removed", at: 9 })?.slug).toBe("four");
  });

  it("a lesson is finished when all of its exercises are solved", () => {
    expect(isLessonFinished(course[0]!, progress({ one: 1 }, { "one/exercise-1": 1 }))).toBe(false);
    expect(isLessonFinished(course[0]!, progress({}, { "one/exercise-1": 1, "one/exercise-2": 1 }))).toBe(true);
    expect(isLessonFinished(course[2]!, progress({}))).toBe(false);
  });
});

describe("the last lesson opened", () => {
  it("every visit records it, while the progress keeps the first visit's time", () => {
    const storage = memoryStorage({});
    recordVisit(storage, "one", 1000);
    recordVisit(storage, "two", 2000);
    recordVisit(storage, "one", 3000);
    expect(readLastLesson(storage)).toEqual({ slug: "one", at: 3000 });
    expect(readProgress(storage).visited).toEqual({ one: 1000, two: 2000 });
  });

  it("reads as none when missing, damaged or not a lesson name, and never throws", () => {
    expect(readLastLesson(memoryStorage({}))).toBeNull();
    expect(readLastLesson(memoryStorage({ [LAST_LESSON_KEY]: "{oops" }))).toBeNull();
    expect(readLastLessonRaw(JSON.stringify({ slug: "__proto__", at: 1 }))).toBeNull();
    expect(readLastLessonRaw(JSON.stringify({ slug: "one", at: "yesterday" }))).toBeNull();
    expect(readLastLesson(throwingStorage)).toBeNull();
    expect(readLastLesson(null)).toBeNull();
  });
});
