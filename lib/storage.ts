/**
 * Saving a student's edits in the browser. Pure: the storage object is passed in, so this
 * is tested without a browser, and a storage that throws (private mode, quota, disabled)
 * is reported rather than crashing the page.
 */

/** The subset of the Web Storage API this module uses. */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** What reading the saved Dockerfile found. */
export type SavedRead =
  | { status: "none" }
  | { status: "restored"; text: string; savedAt: number }
  | { status: "unavailable" }
  | { status: "corrupt" };

/** What writing did. */
export type SavedWrite = "saved" | "cleared" | "failed";

/** The storage key of a lesson's edited Dockerfile. Versioned, so a new format can migrate. */
export function lessonStorageKey(slug: string): string {
  return `stagecraft:v1:lesson:${slug}:dockerfile`;
}

/** Reads a saved Dockerfile; never throws. */
export function readSavedDockerfile(storage: KeyValueStorage | null, key: string): SavedRead {
  if (!storage) return { status: "unavailable" };
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { status: "unavailable" };
  }
  if (raw === null) return { status: "none" };
  try {
    const value: unknown = JSON.parse(raw);
    if (
      typeof value === "object" &&
      value !== null &&
      "text" in value &&
      typeof value.text === "string" &&
      "savedAt" in value &&
      typeof value.savedAt === "number"
    ) {
      return { status: "restored", text: value.text, savedAt: value.savedAt };
    }
  } catch {
    // fall through: not JSON
  }
  return { status: "corrupt" };
}

/**
 * Saves the student's text, or forgets it when it equals the lesson's original (so a
 * reset lesson stays in sync with later course updates). Never throws.
 */
export function writeSavedDockerfile(storage: KeyValueStorage | null, key: string, text: string, original: string, now: number): SavedWrite {
  if (!storage) return "failed";
  try {
    if (text === original) {
      storage.removeItem(key);
      return "cleared";
    }
    storage.setItem(key, JSON.stringify({ text, savedAt: now }));
    return "saved";
  } catch {
    return "failed";
  }
}

/** window.localStorage, or null where touching it throws (some privacy settings do). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}
