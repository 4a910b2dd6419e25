/**
 * Below this viewport width (CSS pixels) the code wraps its long lines, Monaco and the static
 * view alike (globals.css `.code-narrow-wrap` holds the same number): on a phone a sideways
 * scroll hides the start of every line under the gutter.
 */
export const NARROW_WIDTH = 700;

/** The media query for a narrow screen. */
export const NARROW_QUERY = `(max-width: ${NARROW_WIDTH - 0.02}px)`;

/**
 * Where Monaco may break a wrapped line: at spaces and tabs only, as the static view does, so
 * `--from=build` or a path never splits (a word wider than the editor still breaks).
 */
export const WRAP_BREAKS = { wordWrapBreakAfterCharacters: " \t", wordWrapBreakBeforeCharacters: "" } as const;
