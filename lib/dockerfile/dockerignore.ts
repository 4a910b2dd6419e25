/**
 * .dockerignore matching, after moby/patternmatcher (the patterns themselves are matched by
 * ./path-pattern): a path is excluded when it or a parent matches, and the last matching
 * pattern wins (`!` re-includes). A COPY source is only reported when nothing below it is
 * re-included (dockerfile_check_test.go testCopyIgnoredFileNegation) and when it is not a
 * wildcard.
 */
import { cleanPath, compilePathPattern, hasWildcards, type PathPattern } from "./path-pattern";

interface Pattern {
  pattern: PathPattern;
  negate: boolean;
  /** The pattern text with escapes removed, for prefix checks. */
  plain: string;
}

const cache = new Map<string, Pattern[]>();

/** ignorefile.ReadAll: comments and blank lines dropped, `!` split off, each pattern cleaned. */
function compile(text: string): Pattern[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const out: Pattern[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const negate = line.startsWith("!");
    if (negate) line = line.slice(1).trim();
    const p = cleanPath(line);
    if (p === ".") continue;
    // An invalid pattern is an error in BuildKit's context transfer, not a lint.
    const pattern = compilePathPattern(p, "dockerignore");
    if (pattern) out.push({ pattern, negate, plain: p.replace(/\\(.)/g, "$1") });
  }
  if (cache.size > 50) cache.clear();
  cache.set(text, out);
  return out;
}

/** MatchesOrParentMatches: the last pattern matching the path or one of its parents decides. */
function excluded(patterns: Pattern[], path: string): boolean {
  const parents: string[] = [];
  const segs = path.split("/");
  for (let i = 1; i <= segs.length; i++) parents.push(segs.slice(0, i).join("/"));
  let result = false;
  for (const p of patterns) {
    if (parents.some((q) => p.pattern.matches(q))) result = !p.negate;
  }
  return result;
}

/** Whether the build context leaves out this file (a path relative to the context root). */
export function isExcludedFromContext(dockerignore: string, path: string): boolean {
  const patterns = compile(dockerignore);
  if (patterns.length === 0) return false;
  const p = cleanPath(path);
  return p !== "." && excluded(patterns, p);
}

/** Whether `COPY <source>` copies nothing because .dockerignore excludes it. */
export function isCopyIgnored(dockerignore: string, source: string): boolean {
  if (hasWildcards(source)) return false;
  const patterns = compile(dockerignore);
  if (patterns.length === 0) return false;
  const path = cleanPath(source);
  if (path === ".") {
    // The context root is only "excluded" by a pattern that matches every top-level name.
    let result = false;
    for (const p of patterns) if (p.plain === "*" || p.plain === "**") result = !p.negate;
    return result && !patterns.some((p, i) => p.negate && patterns.slice(0, i).some((q) => q.plain === "*" || q.plain === "**"));
  }
  if (!excluded(patterns, path)) return false;
  // A later negation that re-includes something below the copied path keeps it copied.
  return !patterns.some((p) => p.negate && p.plain.startsWith(path + "/"));
}
