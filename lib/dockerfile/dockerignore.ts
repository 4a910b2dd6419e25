/**
 * .dockerignore matching for CopyIgnoredFile, after moby/patternmatcher: patterns are
 * cleaned paths with `*`, `?`, `[...]` and `**`; a path is excluded when it or a parent
 * matches, and the last matching pattern wins (`!` re-includes). A COPY source is only
 * reported when nothing below it is re-included (dockerfile_check_test.go
 * testCopyIgnoredFileNegation) and when it is not a wildcard.
 */

interface Pattern {
  re: RegExp;
  negate: boolean;
  /** The pattern text with escapes removed, for prefix checks. */
  plain: string;
}

function clean(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return parts.join("/") || ".";
}

function toRegExp(pattern: string): RegExp {
  let re = "^";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === "*") {
      if (pattern[i + 1] === "*") {
        i++;
        if (pattern[i + 1] === "/") i++;
        re += ".*";
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "\\" && i + 1 < pattern.length) {
      re += (pattern[i + 1] as string).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
      i++;
    } else if (c === "[") {
      const end = pattern.indexOf("]", i);
      if (end < 0) re += "\\[";
      else {
        re += pattern.slice(i, end + 1).replace(/^\[!/, "[^");
        i = end;
      }
    } else re += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(re + "$");
}

const cache = new Map<string, Pattern[]>();

function compile(text: string): Pattern[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const out: Pattern[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const negate = line.startsWith("!");
    if (negate) line = line.slice(1).trim();
    const p = clean(line);
    if (p === ".") continue;
    try {
      out.push({ re: toRegExp(p), negate, plain: p.replace(/\\(.)/g, "$1") });
    } catch {
      // An invalid pattern is an error in BuildKit's context transfer, not a lint.
    }
  }
  if (cache.size > 50) cache.clear();
  cache.set(text, out);
  return out;
}

function excluded(patterns: Pattern[], path: string): boolean {
  const parents: string[] = [];
  const segs = path.split("/");
  for (let i = 1; i <= segs.length; i++) parents.push(segs.slice(0, i).join("/"));
  let result = false;
  for (const p of patterns) {
    if (parents.some((q) => p.re.test(q))) result = !p.negate;
  }
  return result;
}

/** Whether `COPY <source>` copies nothing because .dockerignore excludes it. */
export function isCopyIgnored(dockerignore: string, source: string): boolean {
  if (/[*?[]/.test(source)) return false;
  const patterns = compile(dockerignore);
  if (patterns.length === 0) return false;
  const path = clean(source);
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
