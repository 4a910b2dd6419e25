/**
 * CLI: npm run --silent exercise -- <lesson-slug> <exercise-id> <Dockerfile>
 * Runs the exercise's checks on a Dockerfile, with the lesson's project as the build
 * context, as the lesson page's Check button does. Prints one JSON document
 * `{"pass": bool, "checks": [{"label": str, "pass": bool, "detail": str|null}]}`.
 * Exit 0 when every check passes, 1 when one fails, 2 on a usage error or an unknown lesson
 * or exercise. The exercise id is the one in the lesson's exercises.yaml (or its title in
 * kebab case), with or without the `<lesson-slug>/` prefix.
 */
import { existsSync, readFileSync } from "node:fs";
import { loadCourse, loadLesson, loadProjectFiles } from "../lib/course/load";
import { toContextFiles } from "../lib/dockerfile/build-context";
import { evaluateExercise } from "../lib/exercises/evaluate";

const USAGE = "usage: npm run --silent exercise -- <lesson-slug> <exercise-id> <Dockerfile>";

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function main(argv: string[]): number {
  if (argv.includes("-h") || argv.includes("--help")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [slug, id, file, ...rest] = argv;
  if (!slug || !id || !file || rest.length > 0) fail("expected three arguments");
  const slugs = loadCourse().lessons.map((l) => l.slug);
  if (!slugs.includes(slug)) fail(`unknown lesson "${slug}"; the lessons are: ${slugs.join(", ")}`);
  const lesson = loadLesson(slug);
  const wanted = id.startsWith(`${slug}/`) ? id : `${slug}/${id}`;
  const exercise = lesson.exercises.find((e) => e.id === wanted);
  if (!exercise) fail(`lesson "${slug}" has no exercise "${id}"; its exercises are: ${lesson.exercises.map((e) => e.id.slice(slug.length + 1)).join(", ")}`);
  if (!existsSync(file)) fail(`cannot read ${file}`);
  const text = readFileSync(file, "utf8");
  const files = loadProjectFiles(slug);
  const options = { ...(exercise.target === null ? {} : { target: exercise.target }), ...(files.length > 0 ? { context: toContextFiles(files) } : {}) };
  const checks = evaluateExercise(text, exercise.checks, options);
  const pass = checks.every((c) => c.pass);
  process.stdout.write(`${JSON.stringify({ pass, checks: checks.map(({ label, pass: ok, detail }) => ({ label, pass: ok, detail })) }, null, 2)}\n`);
  return pass ? 0 : 1;
}

process.exit(main(process.argv.slice(2)));
