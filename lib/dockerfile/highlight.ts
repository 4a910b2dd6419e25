/**
 * A small Dockerfile highlighter for the static, pre-rendered code view. It produces the
 * same token classes as Monaco's Dockerfile grammar (keyword, comment, string, variable),
 * so the page looks the same before and after the editor takes over. It colours text; it
 * does not analyse it (that is analyzeDockerfile's job).
 */

/** What a run of characters is, for colouring. */
export type TokenKind = "keyword" | "comment" | "string" | "variable" | "flag" | "plain";

/** A run of characters of one kind on one line. */
export interface HighlightToken {
  /** The characters, exactly as in the input. */
  text: string;
  /** What they are. */
  kind: TokenKind;
}

const INSTRUCTIONS = new Set([
  "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL",
  "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
]);

// Variables ($NAME, ${NAME...}), quoted strings, flags (--name) and the AS keyword of FROM.
const TOKEN = /(\$\{[^}\n]*\}|\$[A-Za-z_][A-Za-z0-9_]*)|("(?:[^"\\\n]|\\.)*"?|'[^'\n]*'?)|(?<![\w-])(--[A-Za-z][\w-]*)|(?<=\s)(AS|as|As|aS)(?=\s)/g;

function tokenizeArgs(text: string, isFrom: boolean): HighlightToken[] {
  const out: HighlightToken[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    const [whole, variable, str, flag, as] = match;
    if (as !== undefined && !isFrom) continue;
    const start = match.index;
    if (start > last) out.push({ text: text.slice(last, start), kind: "plain" });
    const kind: TokenKind = variable ? "variable" : str ? "string" : flag ? "flag" : "keyword";
    out.push({ text: whole, kind });
    last = start + whole.length;
  }
  if (last < text.length) out.push({ text: text.slice(last), kind: "plain" });
  return out;
}

/** What one line's colouring needs to know about the lines above it. */
export interface HighlightState {
  /** The previous line ended with a backslash: this line continues its instruction. */
  continued: boolean;
  /** The instruction being continued is a FROM (so `AS` is a keyword). */
  inFrom: boolean;
}

/** The state before the first line. */
export const INITIAL_HIGHLIGHT_STATE: HighlightState = { continued: false, inFrom: false };

/**
 * Colours one line given the state the line above left. The editor's tokenizer calls this
 * line by line, and highlightDockerfile calls it for the static view, so both colour alike.
 */
export function highlightLine(line: string, state: HighlightState): { tokens: HighlightToken[]; state: HighlightState } {
  const comment = /^(\s*)(#.*)$/.exec(line);
  if (comment) {
    const tokens: HighlightToken[] = [];
    if (comment[1]) tokens.push({ text: comment[1], kind: "plain" });
    tokens.push({ text: comment[2] ?? "", kind: "comment" });
    // BuildKit drops comment lines inside a continued instruction; the instruction goes on.
    return { tokens, state };
  }
  const tokens: HighlightToken[] = [];
  let rest = line;
  let isFrom = state.continued && state.inFrom;
  if (!state.continued) {
    const head = /^(\s*)([A-Za-z]+)(?=\s|$)/.exec(line);
    if (head && INSTRUCTIONS.has((head[2] ?? "").toUpperCase())) {
      if (head[1]) tokens.push({ text: head[1], kind: "plain" });
      tokens.push({ text: head[2] ?? "", kind: "keyword" });
      rest = line.slice(head[0].length);
      isFrom = (head[2] ?? "").toUpperCase() === "FROM";
    }
  }
  tokens.push(...tokenizeArgs(rest, isFrom));
  const continued = /\\\s*$/.test(line);
  return { tokens: tokens.filter((t) => t.text.length > 0), state: { continued, inFrom: continued && isFrom } };
}

/** Splits a Dockerfile into coloured tokens, one array per line (1-based line n is index n-1). */
export function highlightDockerfile(text: string): HighlightToken[][] {
  let state = INITIAL_HIGHLIGHT_STATE;
  return text.split(/\r?\n/).map((line) => {
    const result = highlightLine(line, state);
    state = result.state;
    return result.tokens;
  });
}
