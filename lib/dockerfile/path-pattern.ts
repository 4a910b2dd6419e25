/**
 * Path patterns, the one matcher behind `.dockerignore` and `COPY` wildcards.
 *
 * - `.dockerignore` patterns follow moby/patternmatcher (patternmatcher.go, commit
 *   5a6d8429a19b): `*` and `?` stay inside one path segment, `**` spans any number of
 *   segments (`**` + `/` counts as `**`), `[...]` is a character class, `\` escapes the next
 *   character; a pattern with no wildcard matches exactly, one ending in `**` by prefix, one
 *   starting with `**` by suffix.
 * - `COPY` sources follow Go's filepath.Match, as tonistiigi/fsutil's ResolveWildcards
 *   uses it (copy/copy.go, commit 6d9dc2ebad62): the same `*`, `?`, `[...]` and `\`, but `**`
 *   is just two `*`, so it never crosses a `/`.
 *
 * One divergence from patternmatcher, on purpose: it passes `[` and `]` through to Go's
 * regexp and keeps translating the characters between them, so a `*` inside a class turns
 * into nonsense there; here a class is copied as a class.
 */

/** Which rules a pattern follows. */
export type PatternSyntax = "dockerignore" | "wildcard";

/** A compiled pattern. */
export interface PathPattern {
  /** The cleaned pattern text. */
  text: string;
  /** Whether a relative, `/`-separated, cleaned path matches. */
  matches(path: string): boolean;
}

/**
 * filepath.Clean for a path relative to the context: empty and `.` segments dropped, `..`
 * removes the segment before it (never above the root), a leading `/` dropped; `.` when
 * nothing is left.
 */
export function cleanPath(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return parts.join("/") || ".";
}

/** fsutil's containsWildcards: a `*`, `?` or `[` that no `\` escapes. */
export function hasWildcards(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (c === "\\") i++;
    else if (c === "*" || c === "?" || c === "[") return true;
  }
  return false;
}

const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\/]/g;
const quote = (c: string): string => c.replace(REGEXP_SPECIAL, "\\$&");

/** A character of a class: Go's getEsc (a bare `-` or `]` is malformed; `\\` escapes). */
function classChar(chars: string[], at: number): { c: string; next: number } | null {
  let c = chars[at];
  if (c === undefined || c === "-" || c === "]") return null;
  if (c === "\\") {
    c = chars[at + 1];
    if (c === undefined) return null;
    return { c, next: at + 2 };
  }
  return { c, next: at + 1 };
}

const quoteInClass = (c: string): string => c.replace(/[\\\][^-]/g, "\\$&");

/**
 * The `[...]` class starting at `start` as a regexp class, and the index of its `]`, as
 * filepath.Match's matchChunk reads it (`^` negates, `a-z` ranges); null when malformed.
 */
function charClass(chars: string[], start: number): { re: string; end: number } | null {
  let re = "[";
  let i = start + 1;
  if (chars[i] === "^") {
    re += "^";
    i++;
  }
  for (let ranges = 0; ; ranges++) {
    if (chars[i] === "]" && ranges > 0) return { re: re + "]", end: i };
    const lo = classChar(chars, i);
    if (!lo) return null;
    i = lo.next;
    re += quoteInClass(lo.c);
    if (chars[i] === "-") {
      const hi = classChar(chars, i + 1);
      if (!hi) return null;
      i = hi.next;
      re += "-" + quoteInClass(hi.c);
    }
  }
}

type MatchType = "exact" | "prefix" | "suffix" | "regexp";

/** patternmatcher's Pattern.compile, with filepath.Match's `**` when `doubleStar` is false. */
function translate(pattern: string, doubleStar: boolean): { type: MatchType; re: string } | null {
  const chars = Array.from(pattern);
  let re = "^";
  let type: MatchType = "exact";
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    if (c === "*" && doubleStar && chars[i + 1] === "*") {
      const start = i;
      i++;
      if (chars[i + 1] === "/") i++;
      if (i + 1 >= chars.length) {
        if (type === "exact") type = "prefix";
        else {
          re += ".*";
          type = "regexp";
        }
      } else {
        re += "(.*/)?";
        type = "regexp";
      }
      if (start === 0) type = "suffix";
    } else if (c === "*") {
      re += "[^/]*";
      type = "regexp";
    } else if (c === "?") {
      re += "[^/]";
      type = "regexp";
    } else if (c === "\\") {
      // A trailing `\` escapes nothing: filepath.Match calls the pattern malformed.
      if (i + 1 >= chars.length) return null;
      re += quote(chars[++i] as string);
      type = "regexp";
    } else if (c === "[") {
      const cls = charClass(chars, i);
      if (!cls) return null;
      re += cls.re;
      i = cls.end;
      type = "regexp";
    } else re += quote(c);
  }
  return { type, re: re + "$" };
}

/**
 * Compiles one pattern, or null when it is malformed (an unclosed `[`): BuildKit rejects
 * such a `.dockerignore` line, and filepath.Match matches nothing with it.
 */
export function compilePathPattern(pattern: string, syntax: PatternSyntax): PathPattern | null {
  const text = syntax === "dockerignore" ? cleanPath(pattern) : pattern;
  const t = translate(text, syntax === "dockerignore");
  if (!t) return null;
  if (t.type === "exact") return { text, matches: (path) => path === text };
  if (t.type === "prefix") {
    const prefix = text.slice(0, -2);
    return { text, matches: (path) => path.startsWith(prefix) };
  }
  if (t.type === "suffix") {
    const suffix = text.slice(2);
    return { text, matches: (path) => path.endsWith(suffix) || (suffix.startsWith("/") && path === suffix.slice(1)) };
  }
  let re: RegExp;
  try {
    re = new RegExp(t.re);
  } catch {
    return null;
  }
  return { text, matches: (path) => re.test(path) };
}

/** Go's filepath.Match of a `COPY` wildcard against a relative path; false for a malformed pattern. */
export function matchesWildcard(pattern: string, path: string): boolean {
  return compilePathPattern(pattern, "wildcard")?.matches(path) ?? false;
}
