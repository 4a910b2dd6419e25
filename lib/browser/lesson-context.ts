/**
 * A lesson's build context for the playground: where its JSON is (written at build time by
 * app/playground/context/[lesson]/route.ts) and a check of what arrives, so the playground
 * simulates a Dockerfile opened from a lesson with that lesson's project files, as the
 * lesson page does. Pure: the fetch is the caller's.
 */
import type { WorkspaceBuild } from "../workspace/types";

/** The address of a lesson's build context (`/playground/context/why-multi-stage.json`). */
export function lessonContextUrl(slug: string): string {
  return `/playground/context/${encodeURIComponent(slug)}.json`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** The build a lesson context JSON holds, or null when it is not one. */
export function parseLessonBuild(value: unknown): WorkspaceBuild | null {
  if (!isObject(value)) return null;
  const { contextFiles, tag, measured, calibration } = value;
  const build: WorkspaceBuild = { measured: null };
  if (contextFiles !== undefined) {
    if (!Array.isArray(contextFiles)) return null;
    const files = [];
    for (const f of contextFiles) {
      if (!isObject(f) || typeof f.path !== "string" || typeof f.size !== "number" || !Number.isFinite(f.size) || f.size < 0) return null;
      if (f.content !== undefined && typeof f.content !== "string") return null;
      files.push(typeof f.content === "string" ? { path: f.path, size: f.size, content: f.content } : { path: f.path, size: f.size });
    }
    build.contextFiles = files;
  }
  if (typeof tag === "string") build.tag = tag;
  if (isObject(measured) && typeof measured.repository === "string" && typeof measured.tag === "string" && typeof measured.size === "string") {
    build.measured = { repository: measured.repository, tag: measured.tag, size: measured.size };
  }
  if (calibration === "course") build.calibration = "course";
  return build;
}
