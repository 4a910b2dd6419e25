/** The workspace's one status line about the text and where it is kept. */

/**
 * Where the text stands: `original` (unedited), `saved` (edited and saved in this browser),
 * `restored` (edits from last time), `unavailable` (storage throws or is full), `unreadable`
 * (saved data that could not be read, set aside), `none` (the page keeps no saved copy).
 */
export type SaveState = "original" | "saved" | "restored" | "unavailable" | "unreadable" | "none";

/** What the status line says. */
export function saveStatusMessage(state: SaveState, edited: boolean, originalLabel: string): string {
  if (state === "unavailable") return "Your edits cannot be saved in this browser (storage is unavailable or full). Download the Dockerfile to keep them.";
  if (state === "unreadable" && !edited) return "The edits saved in this browser could not be read; they are kept aside, and the original is shown.";
  if (state === "none") return edited ? "Edited." : "The example, unchanged.";
  if (!edited) return `${originalLabel}, unchanged.`;
  return state === "restored" ? "Your edits from last time, restored from this browser." : "Edited. Saved in this browser.";
}
