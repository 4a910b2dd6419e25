/** A comment that draws a line (`# Runtime Stage -----`): a ruler, shown on one row and clipped rather than wrapped into rows of dashes. */
export function isCommentRuler(line: string): boolean {
  return /^\s*#.*[-=_*~#]{4,}\s*$/.test(line);
}
