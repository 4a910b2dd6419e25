/**
 * Loads and validates the course from lessons/ at build time. Every problem is a
 * LessonError naming the file and the fix, so a broken lesson fails the build loudly.
 * Server and build side only: this module reads the file system.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { ZodType } from "zod";
import { matchAnchor } from "../workspace/annotations";
import { parseDockerfile } from "../dockerfile/parser/parse";
import { LessonError } from "./errors";
import { parseInlineMarkdown, parseLessonMarkdown, slugify } from "./markdown";
import { analyzeDockerfile } from "../dockerfile/analysis/analyze";
import { toContextFiles } from "../dockerfile/build-context";
import { evaluateExercise } from "../exercises/evaluate";
import { annotationsFile, courseFile, describeIssues, exercisesFile, lessonFrontMatter } from "./schema";
import { checkDockerfileFences, checkRecap, readWalkthrough } from "./steps";
import type { Course, Lesson, LessonAnnotation, LessonExercise, LessonSummary } from "./types";

/** The lessons folder of this checkout. */
export const LESSONS_ROOT = path.join(process.cwd(), "lessons");

function display(root: string, file: string): string {
  return path.relative(path.dirname(root), file).split(path.sep).join("/");
}

function readText(root: string, file: string, wantedBy: string): string {
  if (!existsSync(file) || !statSync(file).isFile()) {
    throw new LessonError(wantedBy, `refers to ${display(root, file)}, which does not exist; add the file or fix the name`);
  }
  return readFileSync(file, "utf8");
}

function validate<T>(schema: ZodType<T>, data: unknown, file: string, what: string): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new LessonError(file, `${what} is invalid: ${describeIssues(result.error)}`);
  return result.data;
}

function readYaml(root: string, file: string, wantedBy: string): unknown {
  const text = readText(root, file, wantedBy);
  try {
    return parseYaml(text);
  } catch (err) {
    throw new LessonError(display(root, file), `is not valid YAML: ${(err as Error).message.split("\n")[0]}`);
  }
}

function splitFrontMatter(text: string, file: string): { data: unknown; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) throw new LessonError(file, 'must start with YAML front matter between two "---" lines (title, summary, ...)');
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? "");
  } catch (err) {
    throw new LessonError(file, `front matter is not valid YAML: ${(err as Error).message.split("\n")[0]}`);
  }
  return { data, body: text.slice(match[0].length), bodyLine: match[0].split("\n").length - 1 };
}

interface CourseIndex {
  title: string;
  tagline: string;
  slugs: string[];
}

function readCourseIndex(root: string, extra: string[] = []): CourseIndex {
  const file = path.join(root, "course.yaml");
  const shown = display(root, file);
  const course = validate(courseFile, readYaml(root, file, shown), shown, "the course index");
  const seen = new Set<string>();
  for (const slug of course.lessons) {
    if (seen.has(slug)) throw new LessonError(shown, `lists "${slug}" twice; each lesson appears once`);
    seen.add(slug);
    if (!existsSync(path.join(root, slug, "lesson.md"))) {
      throw new LessonError(shown, `lists "${slug}", but lessons/${slug}/lesson.md does not exist`);
    }
  }
  for (const slug of extra) {
    if (seen.has(slug)) continue;
    if (!existsSync(path.join(root, slug, "lesson.md"))) throw new LessonError(`lessons/${slug}`, "has no lesson.md");
    seen.add(slug);
    course.lessons.push(slug);
  }
  return { title: course.title, tagline: course.tagline, slugs: course.lessons };
}

function readLesson(root: string, index: CourseIndex, slug: string): Lesson {
  const dir = path.join(root, slug);
  const mdFile = display(root, path.join(dir, "lesson.md"));
  const { data, body, bodyLine } = splitFrontMatter(readText(root, path.join(dir, "lesson.md"), mdFile), mdFile);
  const meta = validate(lessonFrontMatter, data, mdFile, "front matter");
  const inline = (s: string) => parseInlineMarkdown(s, mdFile);
  const lessonFile = (name: string) => ({ name, text: readText(root, path.join(dir, name), mdFile) });

  const dockerfile = lessonFile(meta.dockerfile);
  const parsed = parseDockerfile(dockerfile.text);

  const annFile = display(root, path.join(dir, meta.annotations));
  const entries = validate(annotationsFile, readYaml(root, path.join(dir, meta.annotations), mdFile), annFile, "the annotation list");
  const annotations: LessonAnnotation[] = entries.map((entry, i) => {
    const matches = matchAnchor(parsed, entry.anchor);
    const described = `${entry.anchor.instruction.toUpperCase()}${entry.anchor.contains ? ` containing "${entry.anchor.contains}"` : ""} in stage ${JSON.stringify(entry.anchor.stage)}`;
    const first = matches[0];
    if (!first) {
      throw new LessonError(annFile, `annotation ${i + 1} ("${entry.title}") matches no instruction ${described} of ${meta.dockerfile}; fix the anchor or the Dockerfile`);
    }
    if (matches.length > 1) {
      throw new LessonError(
        annFile,
        `annotation ${i + 1} ("${entry.title}") matches ${matches.length} instructions ${described} (lines ${matches.map((m) => m.line).join(", ")}); add or lengthen "contains" so it names one`,
      );
    }
    return {
      id: `annotation-${i + 1}`,
      title: entry.title,
      text: parseInlineMarkdown(entry.text, annFile),
      anchor: entry.anchor,
      span: { line: first.line, endLine: first.endLine },
    };
  });

  // Every Dockerfile the lesson presents as working must build (exercise start files may be
  // broken on purpose: fixing them is the exercise).
  const mustBuild = (file: { name: string; text: string }) => {
    const { error } = analyzeDockerfile(file.text);
    if (error !== null) {
      throw new LessonError(display(root, path.join(dir, file.name)), `BuildKit would fail to build it: ${error}; fix the Dockerfile`);
    }
  };
  mustBuild(dockerfile);

  // The project as the build context: exercise checks and predict answers simulate with it.
  const projectContext = meta.project ? toContextFiles(loadProjectFiles(slug, root)) : undefined;
  let exercises: LessonExercise[] = [];
  if (meta.exercises) {
    const exFile = display(root, path.join(dir, meta.exercises));
    const entries = validate(exercisesFile, readYaml(root, path.join(dir, meta.exercises), mdFile), exFile, "the exercise list");
    const seenIds = new Set<string>();
    // Checks that read the final image's files simulate the build with the lesson's project as its context.
    const context = projectContext;
    exercises = entries.map((entry, i) => {
      const start = readText(root, path.join(dir, entry.start), exFile);
      const solution = readText(root, path.join(dir, entry.solution), exFile);
      const options = { ...(entry.target === undefined ? {} : { target: entry.target }), ...(context ? { context } : {}) };
      const solved = evaluateExercise(solution, entry.checks, options);
      const failing = solved.filter((r) => !r.pass);
      if (failing.length > 0) {
        throw new LessonError(
          exFile,
          `exercise ${i + 1} ("${entry.title}"): its solution ${entry.solution} fails ${failing.map((r) => `"${r.label}" (${r.detail})`).join(", ")}; fix the solution or the check`,
        );
      }
      if (evaluateExercise(start, entry.checks, options).every((r) => r.pass)) {
        throw new LessonError(exFile, `exercise ${i + 1} ("${entry.title}"): its start file ${entry.start} already passes every check; there is nothing to do`);
      }
      return {
        id: `${slug}/${exerciseId(entry, i, exFile, seenIds)}`,
        title: entry.title,
        goal: parseInlineMarkdown(entry.goal, exFile),
        start,
        solution,
        target: entry.target ?? null,
        checks: entry.checks,
        hints: entry.hints.map((h) => parseInlineMarkdown(h, exFile)),
      };
    });
  }

  let project: Lesson["project"] = null;
  if (meta.project) {
    const folder = path.join(dir, meta.project.folder);
    if (!existsSync(folder) || !statSync(folder).isDirectory()) {
      throw new LessonError(mdFile, `project.folder "${meta.project.folder}" is not a folder in lessons/${slug}/`);
    }
    for (const file of Object.values(meta.project.dockerfiles)) readText(root, path.join(dir, file), mdFile);
    project = {
      archive: meta.project.archive,
      files: [...listFiles(folder), ...Object.keys(meta.project.dockerfiles)].sort(),
      commands: meta.project.commands,
    };
  }

  const compare = meta.compare
    ? {
        before: { ...lessonFile(meta.compare.before.file), label: meta.compare.before.label, size: meta.compare.before.size ?? null },
        after: { ...lessonFile(meta.compare.after.file), label: meta.compare.after.label, size: meta.compare.after.size ?? null },
        source: inline(meta.compare.source),
      }
    : null;
  if (compare) {
    mustBuild(compare.before);
    mustBuild(compare.after);
  }

  const lessonBody = parseLessonMarkdown(body, mdFile, bodyLine);
  const isFile = (name: string) => {
    const file = path.join(dir, name);
    return !path.relative(dir, file).startsWith("..") && existsSync(file) && statSync(file).isFile();
  };
  const walkthrough = readWalkthrough({
    meta,
    mdFile,
    slug,
    shown: (name) => display(root, path.join(dir, name)),
    readFile: (name, wantedBy) => readText(root, path.join(dir, name), wantedBy),
    isFile,
    readYaml: (name) => readYaml(root, path.join(dir, name), mdFile),
    exercises,
    ...(projectContext ? { context: projectContext } : {}),
  });
  for (const step of walkthrough.steps) {
    const doc = parseDockerfile(step.text);
    step.notes = annotations.filter((a) => matchAnchor(doc, a.anchor).length === 1).map((a) => a.id);
  }
  // The walkthrough format's prose rules.
  checkRecap(lessonBody, mdFile);
  checkDockerfileFences(lessonBody, mdFile);

  const position = index.slugs.indexOf(slug);
  const neighbour = (at: number) => {
    const other = index.slugs[at];
    return other ? { slug: other, title: summaries(root, index)[at]?.title ?? other } : null;
  };

  return {
    slug,
    number: position + 1,
    title: meta.title,
    summary: meta.summary,
    teaches: meta.teaches.map(inline),
    objectives: meta.objectives.map(inline),
    body: lessonBody,
    dockerfile,
    annotations,
    compare,
    project,
    exercises,
    hook: walkthrough.hook,
    steps: walkthrough.steps,
    previous: neighbour(position - 1),
    next: neighbour(position + 1),
  };
}

/**
 * An exercise's id: its `id`, or its title in kebab case. Not its position, so inserting or
 * reordering exercises never moves a student's saved work or solved mark to another one.
 */
function exerciseId(entry: { id?: string | undefined; title: string }, index: number, file: string, seen: Set<string>): string {
  const id = entry.id ?? slugify(entry.title).slice(0, 100);
  if (id === "") throw new LessonError(file, `exercise ${index + 1} needs an id: its title has no letters or digits`);
  if (seen.has(id)) throw new LessonError(file, `exercise ${index + 1} ("${entry.title}") has the id "${id}" of an earlier exercise; give it an id: of its own`);
  seen.add(id);
  return id;
}

/** Files of a project folder, relative to it, with `/` separators. */
function listFiles(folder: string, prefix = ""): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listFiles(path.join(folder, entry.name), `${prefix}${entry.name}/`)
      : entry.isFile()
        ? [`${prefix}${entry.name}`]
        : [],
  );
}

const summaryCache = new Map<string, LessonSummary[]>();

function summaries(root: string, index: CourseIndex): LessonSummary[] {
  const cached = summaryCache.get(root);
  if (cached) return cached;
  const list = index.slugs.map((slug, i) => {
    const mdFile = display(root, path.join(root, slug, "lesson.md"));
    const { data } = splitFrontMatter(readText(root, path.join(root, slug, "lesson.md"), mdFile), mdFile);
    const meta = validate(lessonFrontMatter, data, mdFile, "front matter");
    return { slug, number: i + 1, title: meta.title, summary: meta.summary, teaches: meta.teaches.map((t) => parseInlineMarkdown(t, mdFile)) };
  });
  summaryCache.set(root, list);
  return list;
}

/** The course index with every lesson's summary. */
export function loadCourse(root = LESSONS_ROOT): Course {
  const index = readCourseIndex(root);
  return { title: index.title, tagline: index.tagline, lessons: summaries(root, index) };
}

/** One lesson, validated. Throws a LessonError naming the file and the fix. */
export function loadLesson(slug: string, root = LESSONS_ROOT): Lesson {
  const index = readCourseIndex(root);
  if (!index.slugs.includes(slug)) throw new LessonError(display(root, path.join(root, "course.yaml")), `has no lesson "${slug}"`);
  return readLesson(root, index, slug);
}

/** Every file of a lesson's downloadable project: the project folder plus its Dockerfiles. */
export function loadProjectFiles(slug: string, root = LESSONS_ROOT): { path: string; data: Uint8Array }[] {
  const dir = path.join(root, slug);
  const mdFile = display(root, path.join(dir, "lesson.md"));
  const { data } = splitFrontMatter(readText(root, path.join(dir, "lesson.md"), mdFile), mdFile);
  const meta = validate(lessonFrontMatter, data, mdFile, "front matter");
  if (!meta.project) return [];
  const folder = path.join(dir, meta.project.folder);
  const files = listFiles(folder).map((rel) => ({ path: rel, data: new Uint8Array(readFileSync(path.join(folder, rel))) }));
  const extra = Object.entries(meta.project.dockerfiles).map(([name, file]) => ({ path: name, data: new Uint8Array(readFileSync(path.join(dir, file))) }));
  return [...files, ...extra].sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Validates the whole course, or only the named lessons (which need not be listed in
 * course.yaml yet: how an author checks a lesson while writing it). Returns every problem
 * found, one per lesson at most.
 */
export function checkLessons(root = LESSONS_ROOT, only: string[] = []): { lessons: number; errors: LessonError[] } {
  summaryCache.delete(root);
  let index: CourseIndex;
  try {
    index = readCourseIndex(root, only);
  } catch (err) {
    if (err instanceof LessonError) return { lessons: 0, errors: [err] };
    throw err;
  }
  const errors: LessonError[] = [];
  if (only.length === 0) {
    // A lesson folder the course does not list would silently never be published.
    for (const entry of readdirSync(root, { withFileTypes: true })) {
      if (entry.isDirectory() && !index.slugs.includes(entry.name) && existsSync(path.join(root, entry.name, "lesson.md"))) {
        errors.push(
          new LessonError(display(root, path.join(root, "course.yaml")), `does not list the lesson folder "${entry.name}"; add it to lessons: in the order students should take it`),
        );
      }
    }
  }
  const slugs = only.length > 0 ? only : index.slugs;
  for (const slug of slugs) {
    try {
      readLesson(root, index, slug);
    } catch (err) {
      if (err instanceof LessonError) errors.push(err);
      else throw err;
    }
  }
  return { lessons: slugs.length, errors };
}
