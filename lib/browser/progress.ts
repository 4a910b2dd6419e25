/**
 * A student's progress: the lessons they visited and the exercises they solved, kept in the
 * browser and carried to another machine as a JSON file. Pure: the storage object is passed
 * in, every function returns a value instead of throwing, and an imported file is validated
 * strictly before it changes anything.
 */
import type { KeyValueStorage } from "./storage";

/** The storage key. Versioned, so a later format can migrate. */
export const PROGRESS_KEY = "stagecraft:v1:progress";

/** What an exported file says it is, so importing some other JSON file fails clearly. */
export const PROGRESS_FORMAT = "stagecraft-progress";

/** Largest file import accepts, in characters: a whole course's progress is a few KB. */
export const MAX_IMPORT_CHARS = 1_000_000;

/** The student's progress. Timestamps are milliseconds since the Unix epoch. */
export interface Progress {
  /** Lesson slug → when the student first opened the lesson. */
  visited: Record<string, number>;
  /** Exercise id (`why-multi-stage/exercise-1`) → when the student first solved it. */
  solved: Record<string, number>;
}

/** What reading an imported file found: the progress it holds, or why it was rejected. */
export type ProgressParse = { ok: true; progress: Progress } | { ok: false; message: string };

/** What a write did. */
export type ProgressWrite = { ok: true; progress: Progress } | { ok: false; message: string };

export const emptyProgress = (): Progress => ({ visited: {}, solved: {} });

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const EXERCISE_ID = /^[a-z0-9][a-z0-9-]{0,99}\/[a-z0-9][a-z0-9-]{0,99}$/;
const MAX_ENTRIES = 10_000;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

const isTimestamp = (value: unknown): value is number => typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 8.64e15;

/** Validates one `name → timestamp` table, or says what is wrong with it. */
function readTable(value: unknown, field: string, pattern: RegExp, what: string): Record<string, number> | string {
  if (!isRecord(value)) return `"${field}" should be an object of ${what} and times.`;
  const keys = Object.keys(value);
  if (keys.length > MAX_ENTRIES) return `"${field}" has more than ${MAX_ENTRIES} entries.`;
  const table: Record<string, number> = {};
  for (const key of keys) {
    if (!pattern.test(key)) return `"${field}" holds "${key.slice(0, 60)}", which is not ${what === "lesson names" ? "a lesson name" : "an exercise id"}.`;
    const time = value[key];
    if (!isTimestamp(time)) return `"${field}.${key}" should be a time in milliseconds.`;
    // Safe to assign: the pattern admits no `__proto__`.
    table[key] = time;
  }
  return table;
}

/** Checks a parsed value is a progress object, strictly: unknown fields are rejected too. */
function readProgressValue(value: unknown): ProgressParse {
  if (!isRecord(value)) return { ok: false, message: "This file does not hold Stagecraft progress (it is not a JSON object)." };
  if (value.format !== PROGRESS_FORMAT) return { ok: false, message: "This file does not hold Stagecraft progress (its \"format\" is missing or different)." };
  if (value.version !== 1) return { ok: false, message: "This progress file comes from a different version of Stagecraft and cannot be read." };
  const unknown = Object.keys(value).filter((k) => !["format", "version", "exportedAt", "visited", "solved"].includes(k));
  if (unknown.length) return { ok: false, message: `This progress file has a field Stagecraft does not know: "${unknown[0]?.slice(0, 60)}".` };
  if (value.exportedAt !== undefined && !isTimestamp(value.exportedAt)) return { ok: false, message: "\"exportedAt\" should be a time in milliseconds." };
  const visited = readTable(value.visited, "visited", SLUG, "lesson names");
  if (typeof visited === "string") return { ok: false, message: `This progress file is damaged: ${visited}` };
  const solved = readTable(value.solved, "solved", EXERCISE_ID, "exercise ids");
  if (typeof solved === "string") return { ok: false, message: `This progress file is damaged: ${solved}` };
  return { ok: true, progress: { visited, solved } };
}

/** Reads an exported progress file's text. Never throws. */
export function parseProgressFile(text: string): ProgressParse {
  if (text.length > MAX_IMPORT_CHARS) return { ok: false, message: "This file is too large to be a Stagecraft progress file." };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: "This file is not a Stagecraft progress file (it is not valid JSON)." };
  }
  return readProgressValue(value);
}

/** The text of an export file. */
export function serializeProgress(progress: Progress, now: number): string {
  return `${JSON.stringify({ format: PROGRESS_FORMAT, version: 1, exportedAt: now, visited: progress.visited, solved: progress.solved }, null, 2)}\n`;
}

/** Both progresses together: every visit and every solved exercise, each at its earliest time. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const union = (x: Record<string, number>, y: Record<string, number>) => {
    const out: Record<string, number> = { ...x };
    for (const [key, time] of Object.entries(y)) out[key] = Object.hasOwn(out, key) ? Math.min(out[key] ?? time, time) : time;
    return out;
  };
  return { visited: union(a.visited, b.visited), solved: union(a.solved, b.solved) };
}

/**
 * The saved progress. Never throws: missing, unreadable or damaged storage reads as no
 * progress (a damaged entry is set aside under UNREADABLE_PROGRESS_KEY by the next write).
 */
export function readProgress(storage: KeyValueStorage | null): Progress {
  return readProgressRaw(storage === null ? null : safeGet(storage));
}

/** The progress held by a raw storage value (as `useSyncExternalStore` snapshots it). */
export function readProgressRaw(raw: string | null): Progress {
  if (raw === null) return emptyProgress();
  const parsed = parseProgressFile(raw);
  return parsed.ok ? parsed.progress : emptyProgress();
}

function safeGet(storage: KeyValueStorage): string | null {
  try {
    return storage.getItem(PROGRESS_KEY);
  } catch {
    return null;
  }
}

/** Where saved progress that cannot be read is set aside before anything overwrites it. */
export const UNREADABLE_PROGRESS_KEY = `${PROGRESS_KEY}:unreadable`;

/** Saves progress (in the export format, so storage and files share one validator). Never throws. */
export function writeProgress(storage: KeyValueStorage | null, progress: Progress, now: number): ProgressWrite {
  if (!storage) return { ok: false, message: "Progress cannot be saved in this browser (storage is unavailable)." };
  try {
    // Damaged or newer-format progress is kept aside, never silently replaced.
    const existing = storage.getItem(PROGRESS_KEY);
    if (existing !== null && !parseProgressFile(existing).ok) storage.setItem(UNREADABLE_PROGRESS_KEY, existing);
    storage.setItem(PROGRESS_KEY, serializeProgress(progress, now));
    return { ok: true, progress };
  } catch {
    return { ok: false, message: "Progress cannot be saved in this browser (storage is full or blocked)." };
  }
}

/**
 * The lesson the student opened most recently, kept beside the progress (not in it: the
 * export format records first visits only, and a file imported on another machine should not
 * move "Continue" there).
 */
export const LAST_LESSON_KEY = "stagecraft:v1:last-lesson";

/** The last lesson opened: its slug and when (milliseconds since the Unix epoch). */
export interface LastLesson {
  slug: string;
  at: number;
}

/** The last lesson held by a raw storage value; null when absent or unreadable. Never throws. */
export function readLastLessonRaw(raw: string | null): LastLesson | null {
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (!isRecord(value) || typeof value.slug !== "string" || !SLUG.test(value.slug) || !isTimestamp(value.at)) return null;
    return { slug: value.slug, at: value.at };
  } catch {
    return null;
  }
}

/** The last lesson opened, read from storage. Never throws. */
export function readLastLesson(storage: KeyValueStorage | null): LastLesson | null {
  if (!storage) return null;
  try {
    return readLastLessonRaw(storage.getItem(LAST_LESSON_KEY));
  } catch {
    return null;
  }
}

/**
 * Remembers that a lesson was opened: the first visit's time in the progress (kept on later
 * visits), and this visit as the last lesson opened. Never throws.
 */
export function recordVisit(storage: KeyValueStorage | null, slug: string, now: number): ProgressWrite {
  // A key the validator would reject would make the whole saved progress unreadable.
  if (!SLUG.test(slug)) return { ok: false, message: `"${slug}" is not a lesson name.` };
  try {
    storage?.setItem(LAST_LESSON_KEY, JSON.stringify({ slug, at: now }));
  } catch {
    // Storage full or blocked: the progress write below reports it.
  }
  const progress = readProgress(storage);
  if (Object.hasOwn(progress.visited, slug)) return { ok: true, progress };
  return writeProgress(storage, mergeProgress(progress, { visited: { [slug]: now }, solved: {} }), now);
}

/** Remembers that an exercise was solved (keeping the first time). Never throws. */
export function recordSolved(storage: KeyValueStorage | null, exerciseId: string, now: number): ProgressWrite {
  if (!EXERCISE_ID.test(exerciseId)) return { ok: false, message: `"${exerciseId}" is not an exercise id.` };
  const progress = readProgress(storage);
  if (Object.hasOwn(progress.solved, exerciseId)) return { ok: true, progress };
  return writeProgress(storage, mergeProgress(progress, { visited: {}, solved: { [exerciseId]: now } }), now);
}

/** Imports a file's text, merged with what is saved. A bad file changes nothing. Never throws. */
export function importProgress(storage: KeyValueStorage | null, text: string, now: number): ProgressWrite {
  const parsed = parseProgressFile(text);
  if (!parsed.ok) return parsed;
  return writeProgress(storage, mergeProgress(readProgress(storage), parsed.progress), now);
}
