/**
 * What the build simulator needs to know about a lesson's project: the files `docker build`
 * would send as its context, the tag the lesson builds, and the size the course measured
 * for the lesson's Dockerfile. Read at build time; the result is plain data a page passes
 * to the browser, which re-simulates with it as the student edits.
 */
import { toContextFiles, type ContextFile } from "../dockerfile/build-context";
import { loadProjectFiles } from "./load";
import type { Lesson } from "./types";

/** A size the course measured with `docker image ls`, for the lesson's own Dockerfile. */
export interface MeasuredImage {
  /** REPOSITORY column (`hello-cmake`). */
  repository: string;
  /** TAG column (`latest`). */
  tag: string;
  /** SIZE column as printed (`8.34MB`). */
  size: string;
}

/** The simulator's inputs for a lesson. */
export interface LessonBuild {
  /** The project's files as the build context, or absent when the lesson has no project. */
  contextFiles?: ContextFile[];
  /** `-t` of the lesson's `docker build` command (`hello-cmake`, `hello-web:test`). */
  tag?: string;
  /** The course's measured size for the lesson's Dockerfile, or null. */
  measured: MeasuredImage | null;
  /**
   * Always `course`: a lesson's Dockerfiles are the course's own projects, so the simulator
   * uses the course's measured alpine:latest (2025) and g++/make/cmake layer rather than
   * repo-info's current figures, and lesson 1 matches the 303MB and 8.34MB the course measured.
   */
  calibration: "course";
}

/** The `-t`/`--tag` value of the first `docker build` command that has one (without `--target`), else of any; null when none does. */
export function tagFromCommands(commands: string[]): string | null {
  const tags = commands.flatMap((command) => {
    const words = command.trim().split(/\s+/);
    if (!/^docker(\s+buildx)?\s+build\b/.test(command.trim())) return [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if ((w === "-t" || w === "--tag") && words[i + 1]) return [{ tag: words[i + 1] as string, target: words.includes("--target") }];
      const eq = /^(?:-t|--tag)=(.+)$/.exec(w);
      if (eq?.[1]) return [{ tag: eq[1], target: words.includes("--target") }];
    }
    return [];
  });
  return (tags.find((t) => !t.target) ?? tags[0])?.tag ?? null;
}

/** The measured `docker image ls` row for the lesson's Dockerfile, when the course published one. */
export function measuredImage(lesson: Pick<Lesson, "dockerfile" | "compare">, tag: string | null): MeasuredImage | null {
  if (!lesson.compare || tag === null) return null;
  const side = [lesson.compare.before, lesson.compare.after].find((s) => s.name === lesson.dockerfile.name && s.size !== null);
  if (!side?.size) return null;
  const colon = tag.lastIndexOf(":");
  return colon > 0 ? { repository: tag.slice(0, colon), tag: tag.slice(colon + 1), size: side.size } : { repository: tag, tag: "latest", size: side.size };
}

/** The simulator's inputs for a lesson, read from its folder. */
export function loadLessonBuild(lesson: Lesson): LessonBuild {
  if (!lesson.project) return { measured: null, calibration: "course" };
  const tag = tagFromCommands(lesson.project.commands);
  return {
    contextFiles: toContextFiles(loadProjectFiles(lesson.slug)),
    ...(tag === null ? {} : { tag }),
    measured: measuredImage(lesson, tag),
    calibration: "course",
  };
}

/**
 * A lesson's build as the playground loads it (`/playground/context/<slug>.json`, written at
 * build time): when "Open in playground" carries the lesson's slug, the playground simulates
 * with the lesson's project as the build context, as the lesson page does.
 */
export function lessonBuildJson(lesson: Lesson): string {
  return JSON.stringify(loadLessonBuild(lesson));
}
