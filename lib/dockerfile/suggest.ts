/** Did-you-mean suggestions, as BuildKit's util/suggest makes them. */

/** Levenshtein distance, for BuildKit's util/suggest. */
function distance(a: string, b: string): number {
  if (a === b) return 0;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length] as number;
}

/**
 * util/suggest/error.go Search: the closest option within distance 2 (strictly less than
 * 3, first one wins on ties); an exact match means "no suggestion".
 */
export function suggest(value: string, options: Iterable<string>, caseSensitive: boolean): string | null {
  const val = caseSensitive ? value : value.toLowerCase();
  let match: string | null = null;
  let min = 3;
  for (const o of options) {
    const opt = caseSensitive ? o : o.toLowerCase();
    if (opt === val) return null;
    const d = distance(val, opt);
    if (d < min) {
      match = caseSensitive ? opt : o;
      min = d;
    }
  }
  return match;
}
