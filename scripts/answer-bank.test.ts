import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../lib/dockerfile/parser/parse";
import { loadCourse, loadLesson } from "../lib/course/load";
import { readAnswerBank } from "./answer-bank";

// The bank's shape only. Whether today's checks agree with it is reported by
// `npx tsx scripts/answer-bank.ts`, not asserted here: the checks are being rewritten.
const slugs = loadCourse().lessons.map((l) => l.slug);

describe.each(slugs)("answer bank of %s", (slug) => {
  const lesson = loadLesson(slug);
  const bank = readAnswerBank(slug);

  it("exists when the lesson has exercises", () => {
    if (lesson.exercises.length > 0) expect(bank).not.toBeNull();
  });

  it("names each exercise once, by its id", () => {
    const ids = lesson.exercises.map((e) => e.id.slice(slug.length + 1));
    const named = (bank ?? []).map((e) => e.exercise);
    expect(new Set(named).size).toBe(named.length);
    expect([...named].sort()).toEqual([...ids].sort());
  });

  it("has at least 2 right and 3 wrong answers per exercise, none equal to the start or the solution as a whole", () => {
    for (const e of bank ?? []) {
      const exercise = lesson.exercises.find((x) => x.id === `${slug}/${e.exercise}`);
      const pass = e.answers.filter((a) => a.verdict === "pass");
      const fail = e.answers.filter((a) => a.verdict === "fail");
      expect(pass.length, e.exercise).toBeGreaterThanOrEqual(2);
      expect(fail.length, e.exercise).toBeGreaterThanOrEqual(3);
      const texts = e.answers.map((a) => a.dockerfile.trim());
      expect(new Set(texts).size, `${e.exercise}: duplicate answers`).toBe(texts.length);
      for (const a of pass) expect(a.dockerfile.trim(), e.exercise).not.toBe(exercise?.start.trim());
      for (const a of fail) expect(a.dockerfile.trim(), e.exercise).not.toBe(exercise?.solution.trim());
    }
  });

  it("gives one-line reasons and Dockerfiles that parse into stages", () => {
    for (const e of bank ?? []) {
      for (const a of e.answers) {
        expect(a.reason, e.exercise).not.toMatch(/\n/);
        expect(parseDockerfile(a.dockerfile).stages.length, `${e.exercise}: ${a.reason}`).toBeGreaterThan(0);
      }
    }
  });
});
