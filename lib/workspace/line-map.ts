/**
 * Where the lines of one version of a text are in the next: what an annotation needs to keep
 * "its" instruction through an edit. Built on the line diff of diff.ts, after the common first
 * and last lines are set aside, so a keystroke (one changed line) costs a linear scan even in
 * a long Dockerfile.
 */
import { diffLineArrays } from "./diff";

/** How the lines of an old text map to a new one. */
export interface LineMap {
  /** The 1-based new line an old line is now, or null when the edit removed or changed it. */
  newLineOf(oldLine: number): number | null;
  /**
   * The new lines that took the place of an old line the edit removed or changed: 1-based,
   * `last < first` when nothing took its place (a deletion). Null for an unchanged line.
   */
  replacedBy(oldLine: number): { first: number; last: number } | null;
  /** Whether a 1-based new line is an old line, unchanged. */
  isUnchanged(newLine: number): boolean;
}

/** Above this many cells the middle of the diff counts as one replaced block (a paste of a whole file, say). */
const MAX_DIFF_CELLS = 250_000;

const linesOf = (text: string) => text.split(/\r?\n/);

/** Maps the lines of `oldText` to those of `newText`. */
export function mapLines(oldText: string, newText: string): LineMap {
  const a = linesOf(oldText);
  const b = linesOf(newText);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;

  // 0-based arrays; 0 in toNew means "not unchanged".
  const toNew = new Int32Array(a.length);
  const hunkFirst = new Int32Array(a.length);
  const hunkLast = new Int32Array(a.length);
  const unchanged = new Uint8Array(b.length);
  const same = (oldIndex: number, newIndex: number) => {
    toNew[oldIndex] = newIndex + 1;
    unchanged[newIndex] = 1;
  };
  for (let i = 0; i < prefix; i++) same(i, i);
  for (let k = 0; k < suffix; k++) same(a.length - 1 - k, b.length - 1 - k);

  const oldMiddle = a.slice(prefix, a.length - suffix);
  const newMiddle = b.slice(prefix, b.length - suffix);
  const rows =
    oldMiddle.length * newMiddle.length <= MAX_DIFF_CELLS
      ? diffLineArrays(oldMiddle, newMiddle)
      : [
          ...oldMiddle.map((text, i) => ({ kind: "removed" as const, text, oldLine: i + 1, newLine: null })),
          ...newMiddle.map((text, j) => ({ kind: "added" as const, text, oldLine: null, newLine: j + 1 })),
        ];

  // A hunk: the old lines removed between two unchanged lines, and the new lines added there.
  let removed: number[] = [];
  let first = prefix + 1;
  let last = prefix;
  const closeHunk = () => {
    for (const oldIndex of removed) {
      hunkFirst[oldIndex] = first;
      hunkLast[oldIndex] = last;
    }
    removed = [];
  };
  for (const row of rows) {
    if (row.kind === "same" && row.oldLine !== null && row.newLine !== null) {
      closeHunk();
      same(prefix + row.oldLine - 1, prefix + row.newLine - 1);
      first = prefix + row.newLine + 1;
      last = prefix + row.newLine;
    } else if (row.kind === "removed" && row.oldLine !== null) {
      removed.push(prefix + row.oldLine - 1);
    } else if (row.newLine !== null) {
      last = prefix + row.newLine;
    }
  }
  closeHunk();

  const inOld = (line: number) => line >= 1 && line <= a.length;
  return {
    newLineOf: (oldLine) => (inOld(oldLine) ? toNew[oldLine - 1] || null : null),
    replacedBy: (oldLine) => (inOld(oldLine) && toNew[oldLine - 1] === 0 ? { first: hunkFirst[oldLine - 1] ?? 0, last: hunkLast[oldLine - 1] ?? -1 } : null),
    isUnchanged: (newLine) => newLine >= 1 && newLine <= b.length && unchanged[newLine - 1] === 1,
  };
}
