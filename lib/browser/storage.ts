/**
 * Saving a student's edits in the browser. Pure: the storage object is passed in, so this
 * is tested without a browser, and a storage that throws (private mode, quota, disabled)
 * is reported rather than crashing the page. Nothing a student typed is thrown away: older
 * formats are migrated, and data that cannot be read is set aside under another key.
 */

/** The subset of the Web Storage API this module uses. */
export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** What reading the saved Dockerfile found. */
export type SavedRead =
  | { status: "none" }
  | { status: "restored"; text: string; savedAt: number; migrated: boolean }
  | { status: "unavailable" }
  | { status: "corrupt"; keptAs: string | null };

/** What writing did. */
export type SavedWrite = "saved" | "cleared" | "failed";

/** The storage key of a lesson's edited Dockerfile. Versioned, so a new format can migrate. */
export function lessonStorageKey(slug: string): string {
  return `stagecraft:v1:lesson:${slug}:dockerfile`;
}

/** Where a walkthrough lesson keeps the student's edits of its workbench (any step). */
export function walkthroughStorageKey(slug: string): string {
  return `stagecraft:v1:lesson:${slug}:walkthrough`;
}

/**
 * The keys older layouts saved the same edits under, newest first: the one-page lesson's
 * `stagecraft:v1:lesson:<slug>:dockerfile` (for a walkthrough's key) and format 0's
 * unversioned `stagecraft:lesson:<slug>`. A read of `key` that finds nothing there moves the
 * first of these it finds into `key`.
 */
export function legacyKeysOf(key: string): string[] {
  const match = /^stagecraft:v1:lesson:([^:]+):(dockerfile|walkthrough)$/.exec(key);
  if (!match) return [];
  const [, slug, kind] = match;
  return kind === "walkthrough" ? [lessonStorageKey(slug as string), `stagecraft:lesson:${slug}`] : [`stagecraft:lesson:${slug}`];
}

/** Where unreadable data under a key is set aside, so nothing is lost. */
export const unreadableKeyOf = (key: string) => `${key}:unreadable`;

/**
 * The text in a stored value, whatever format wrote it: the current `{ text, savedAt }`,
 * an older `{ text }` or a JSON string, or format 0's raw text. Null when it is data of
 * another shape (corrupt).
 */
function decode(raw: string): { text: string; savedAt: number | null } | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { text: raw, savedAt: null }; // format 0: the raw text
  }
  if (typeof value === "string") return { text: value, savedAt: null };
  if (typeof value === "object" && value !== null && "text" in value && typeof value.text === "string") {
    const savedAt = "savedAt" in value && typeof value.savedAt === "number" && Number.isFinite(value.savedAt) ? value.savedAt : null;
    return { text: value.text, savedAt };
  }
  return null;
}

/** Reads a saved Dockerfile, migrating older formats in place; never throws. */
export function readSavedDockerfile(storage: KeyValueStorage | null, key: string, now = 0): SavedRead {
  if (!storage) return { status: "unavailable" };
  try {
    let raw = storage.getItem(key);
    /** Where the value was found: `key`, or an older layout's key it is moved from. */
    let source = key;
    for (const legacy of raw === null ? legacyKeysOf(key) : []) {
      raw = storage.getItem(legacy);
      if (raw !== null) {
        source = legacy;
        break;
      }
    }
    if (raw === null) return { status: "none" };
    const fromLegacy = source !== key;
    const decoded = decode(raw);
    if (decoded === null) {
      const keptAs = unreadableKeyOf(source);
      try {
        storage.setItem(keptAs, raw);
        storage.removeItem(source);
      } catch {
        return { status: "corrupt", keptAs: null };
      }
      return { status: "corrupt", keptAs };
    }
    const migrated = fromLegacy || decoded.savedAt === null;
    const savedAt = decoded.savedAt ?? now;
    if (migrated) {
      try {
        storage.setItem(key, JSON.stringify({ text: decoded.text, savedAt }));
        if (fromLegacy) storage.removeItem(source);
      } catch {
        // Reading worked; the migration is retried on the next read.
      }
    }
    return { status: "restored", text: decoded.text, savedAt, migrated };
  } catch {
    return { status: "unavailable" };
  }
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

/** window.sessionStorage (this tab only, kept across a reload), or null where touching it throws. */
export function sessionStore(): KeyValueStorage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    return null;
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
