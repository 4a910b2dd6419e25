/** Character-level helpers the parser shares, with Go's definitions where BuildKit relies on them. */

// Go's unicode.IsSpace for the characters that matter in a Dockerfile line.
export function isSpace(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\v" || ch === "\f" || ch === "\r" || ch === "\u0085" || ch === "\u00a0";
}

export function trimLeft(s: string): string {
  let i = 0;
  while (i < s.length && isSpace(s[i] as string)) i++;
  return i === 0 ? s : s.slice(i);
}

export function trimNewline(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === "\n" || s[end - 1] === "\r")) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** Splits text into lines the way parser.go's scanLines does (line endings kept). */
export function scanLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) {
      lines.push(text.slice(start));
      break;
    }
    lines.push(text.slice(start, nl + 1));
    start = nl + 1;
  }
  return lines;
}

/**
 * parser.go's lineContinuationRegex: `([^\\])\\[ \t]*$|^\\[ \t]*$`. The escape token is
 * only a continuation when it is the last non-blank character and not escaped itself
 * (one level, as the Go regexp does).
 */
export function trimContinuation(line: string, escape: string): [string, boolean] {
  let end = line.length;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "\t")) end--;
  if (end === 0 || line[end - 1] !== escape) return [line, true];
  if (end === 1) return ["", false];
  if (line[end - 2] === escape) return [line, true];
  return [line.slice(0, end - 1), false];
}

