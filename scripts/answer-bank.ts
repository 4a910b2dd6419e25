/**
 * The answer bank: lessons/<slug>/answers.yaml holds student answers to each exercise, each
 * marked pass or fail by the exercise's goal and Docker's behaviour (not by its checks).
 *
 * `npx tsx scripts/answer-bank.ts [slug...]` prints, per exercise, every answer whose
 * verdict the checks disagree with (a pass the checks reject, a fail they accept), with the
 * first failing check; scripts/answer-bank.test.ts asserts there is none.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { evaluateExercise } from "../lib/exercises/evaluate";
import { loadCourse, loadLesson, loadProjectFiles, LESSONS_ROOT } from "../lib/course/load";
import { toContextFiles } from "../lib/dockerfile/build-context";

const answer = z.strictObject({
  verdict: z.enum(["pass", "fail"]),
  reason: z.string().min(1),
  dockerfile: z.string().min(1),
});

const entry = z.strictObject({
  exercise: z.string().min(1),
  answers: z.array(answer).min(1),
});

export const answerBankFile = z.array(entry);
export type AnswerBankEntry = z.infer<typeof entry>;

/** lessons/<slug>/answers.yaml, validated; null when the lesson has none. */
export function readAnswerBank(slug: string, root = LESSONS_ROOT): AnswerBankEntry[] | null {
  const file = path.join(root, slug, "answers.yaml");
  if (!existsSync(file)) return null;
  return answerBankFile.parse(parseYaml(readFileSync(file, "utf8")));
}

export interface Disagreement {
  exercise: string;
  index: number;
  verdict: "pass" | "fail";
  reason: string;
  /** Labels of the checks that fail today (empty when all pass). */
  failing: string[];
}

/** Every answer whose verdict today's checks contradict. */
export function disagreements(slug: string, root = LESSONS_ROOT): { total: number; wrong: Disagreement[] } {
  const lesson = loadLesson(slug, root);
  const bank = readAnswerBank(slug, root) ?? [];
  const wrong: Disagreement[] = [];
  let total = 0;
  const files = loadProjectFiles(slug, root);
  const context = files.length > 0 ? toContextFiles(files) : undefined;
  for (const e of bank) {
    const exercise = lesson.exercises.find((x) => x.id === `${slug}/${e.exercise}`);
    if (!exercise) continue;
    e.answers.forEach((a, index) => {
      total++;
      const options = { ...(exercise.target === null ? {} : { target: exercise.target }), ...(context ? { context } : {}) };
      const failing = evaluateExercise(a.dockerfile, exercise.checks, options)
        .filter((r) => !r.pass)
        .map((r) => r.label);
      const passes = failing.length === 0;
      if (passes !== (a.verdict === "pass")) wrong.push({ exercise: e.exercise, index, verdict: a.verdict, reason: a.reason, failing });
    });
  }
  return { total, wrong };
}

function main(argv: string[]): void {
  const slugs = argv.length > 0 ? argv : loadCourse().lessons.map((l) => l.slug);
  let total = 0;
  let wrong = 0;
  for (const slug of slugs) {
    const r = disagreements(slug);
    total += r.total;
    wrong += r.wrong.length;
    for (const d of r.wrong) {
      const today = d.verdict === "pass" ? `rejected by: ${d.failing[0] ?? "?"}` : "accepted by every check";
      console.log(`${slug}/${d.exercise} #${d.index + 1} [${d.verdict}] ${today}\n    ${d.reason}`);
    }
  }
  console.log(`${wrong} of ${total} answers are judged differently by today's checks.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main(process.argv.slice(2));
