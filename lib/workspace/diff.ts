/** One line of a line-by-line diff. */
export interface DiffLine {
  /** Whether the line is only in the old text, only in the new one, or in both. */
  kind: "same" | "removed" | "added";
  /** The line's text. */
  text: string;
  /** 1-based line number in the old text, or null for an added line. */
  oldLine: number | null;
  /** 1-based line number in the new text, or null for a removed line. */
  newLine: number | null;
}

/**
 * A line diff by longest common subsequence: fine for the short Dockerfiles of a lesson
 * (O(n*m) in lines), and deterministic, so the static diff rendered at build time is the
 * same on every build.
 */
export function diffLines(oldText: string, newText: string): DiffLine[] {
  return diffLineArrays(oldText.replace(/\n$/, "").split("\n"), newText.replace(/\n$/, "").split("\n"));
}

/** The same diff of two lists of lines (line numbers count from 1 in each list). */
export function diffLineArrays(a: readonly string[], b: readonly string[]): DiffLine[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  // lcs[i*cols + j] = length of the LCS of a[i..] and b[j..]
  const lcs = new Uint32Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * cols + j] =
        a[i] === b[j] ? (lcs[(i + 1) * cols + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * cols + j] ?? 0, lcs[i * cols + j + 1] ?? 0);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push({ kind: "same", text: a[i] ?? "", oldLine: i + 1, newLine: j + 1 });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || (lcs[(i + 1) * cols + j] ?? 0) >= (lcs[i * cols + j + 1] ?? 0))) {
      // On a tie, removals come first: a changed line reads as "old, then new".
      out.push({ kind: "removed", text: a[i] ?? "", oldLine: i + 1, newLine: null });
      i++;
    } else {
      out.push({ kind: "added", text: b[j] ?? "", oldLine: null, newLine: j + 1 });
      j++;
    }
  }
  return out;
}
