import { describe, expect, it } from "vitest";
import { isCopyIgnored, isExcludedFromContext } from "./dockerignore";
import { cleanPath, compilePathPattern, hasWildcards, matchesWildcard } from "./path-pattern";

const ignores = (pattern: string, path: string) => compilePathPattern(pattern, "dockerignore")?.matches(path) ?? null;

/** Go's filepath.Clean of a `/`-separated path. */
function goClean(p: string): string {
  const rooted = p.startsWith("/");
  const parts: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else if (seg !== ".." || !rooted) parts.push(seg);
  }
  const out = (rooted ? "/" : "") + parts.join("/");
  return out === "" ? "." : out;
}

/** PatternMatcher.MatchesOrParentMatches with one pattern: the path, else any of its parent directories. */
function matchesOrParentMatches(pattern: string, file: string): boolean | "bad pattern" {
  const compiled = compilePathPattern(pattern, "dockerignore");
  if (!compiled) return "bad pattern";
  if (compiled.matches(file)) return true;
  const parent = goClean(file.slice(0, file.lastIndexOf("/") + 1));
  if (parent === ".") return false;
  const dirs = parent.split("/");
  return dirs.some((_, i) => compiled.matches(dirs.slice(0, i + 1).join("/")));
}

// moby/patternmatcher patternmatcher_test.go (commit 5a6d8429a19b), TestMatches: pattern, path, matches.
const PATTERNMATCHER_MATCHES: [string, string, boolean][] = [
  ["**", "file", true], ["**", "file/", true], ["**/", "file", true], ["**/", "file/", true], ["**", "/", true], ["**/", "/", true],
  ["**", "dir/file", true], ["**/", "dir/file", true], ["**", "dir/file/", true], ["**/", "dir/file/", true], ["**/**", "dir/file", true],
  ["**/**", "dir/file/", true], ["dir/**", "dir/file", true], ["dir/**", "dir/file/", true], ["dir/**", "dir/dir2/file", true],
  ["dir/**", "dir/dir2/file/", true], ["**/dir", "dir", true], ["**/dir", "dir/file", true], ["**/dir2/*", "dir/dir2/file", true],
  ["**/dir2/*", "dir/dir2/file/", true], ["**/dir2/**", "dir/dir2/dir3/file", true], ["**/dir2/**", "dir/dir2/dir3/file/", true],
  ["**file", "file", true], ["**file", "dir/file", true], ["**/file", "dir/file", true], ["**file", "dir/dir/file", true],
  ["**/file", "dir/dir/file", true], ["**/file*", "dir/dir/file", true], ["**/file*", "dir/dir/file.txt", true],
  ["**/file*txt", "dir/dir/file.txt", true], ["**/file*.txt", "dir/dir/file.txt", true], ["**/file*.txt*", "dir/dir/file.txt", true],
  ["**/**/*.txt", "dir/dir/file.txt", true], ["**/**/*.txt2", "dir/dir/file.txt", false], ["**/*.txt", "file.txt", true],
  ["**/**/*.txt", "file.txt", true], ["a**/*.txt", "a/file.txt", true], ["a**/*.txt", "a/dir/file.txt", true],
  ["a**/*.txt", "a/dir/dir/file.txt", true], ["a/*.txt", "a/dir/file.txt", false], ["a/*.txt", "a/file.txt", true],
  ["a/*.txt**", "a/file.txt", true], ["a[b-d]e", "ae", false], ["a[b-d]e", "ace", true], ["a[b-d]e", "aae", false],
  ["a[^b-d]e", "aze", true], [".*", ".foo", true], [".*", "foo", false], ["abc.def", "abcdef", false], ["abc.def", "abc.def", true],
  ["abc.def", "abcZdef", false], ["abc?def", "abcZdef", true], ["abc?def", "abcdef", false], ["a\\\\", "a\\", true],
  ["**/foo/bar", "foo/bar", true], ["**/foo/bar", "dir/foo/bar", true], ["**/foo/bar", "dir/dir2/foo/bar", true],
  ["abc/**", "abc", false], ["abc/**", "abc/def", true], ["abc/**", "abc/def/ghi", true], ["**/.foo", ".foo", true],
  ["**/.foo", "bar.foo", false], ["a(b)c/def", "a(b)c/def", true], ["a(b)c/def", "a(b)c/xyz", false],
  ["a.|)$(}+{bc", "a.|)$(}+{bc", true], ["dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true], ["a\\*b", "a*b", true],
];

// The same file's matchTests (Go's filepath.Match tests, through patternmatcher): pattern, path, matches or a bad pattern.
const FILEPATH_MATCH: [string, string, boolean | "bad pattern"][] = [
  ["abc", "abc", true], ["*", "abc", true], ["*c", "abc", true], ["a*", "a", true], ["a*", "abc", true], ["a*", "ab/c", true],
  ["a*/b", "abc/b", true], ["a*/b", "a/c/b", false], ["a*b*c*d*e*/f", "axbxcxdxe/f", true], ["a*b*c*d*e*/f", "axbxcxdxexxx/f", true],
  ["a*b*c*d*e*/f", "axbxcxdxe/xxx/f", false], ["a*b*c*d*e*/f", "axbxcxdxexxx/fff", false], ["a*b?c*x", "abxbbxdbxebxczzx", true],
  ["a*b?c*x", "abxbbxdbxebxczzy", false], ["ab[c]", "abc", true], ["ab[b-d]", "abc", true], ["ab[e-g]", "abc", false],
  ["ab[^c]", "abc", false], ["ab[^b-d]", "abc", false], ["ab[^e-g]", "abc", true], ["a\\*b", "a*b", true], ["a\\*b", "ab", false],
  ["a?b", "a☺b", true], ["a[^a]b", "a☺b", true], ["a???b", "a☺b", false], ["a[^a][^a][^a]b", "a☺b", false], ["[a-ζ]*", "α", true],
  ["*[a-ζ]", "A", false], ["a?b", "a/b", false], ["a*b", "a/b", false], ["[\\]a]", "]", true], ["[\\-]", "-", true],
  ["[x\\-]", "x", true], ["[x\\-]", "-", true], ["[x\\-]", "z", false], ["[\\-x]", "x", true], ["[\\-x]", "-", true],
  ["[\\-x]", "a", false], ["[]a]", "]", "bad pattern"], ["[-]", "-", "bad pattern"], ["[x-]", "x", "bad pattern"],
  ["[-x]", "x", "bad pattern"], ["\\", "a", "bad pattern"], ["[a-b-c]", "a", "bad pattern"], ["[", "a", "bad pattern"],
  ["[^", "a", "bad pattern"], ["[^bc", "a", "bad pattern"], ["a[", "a", "bad pattern"], ["a[", "ab", "bad pattern"], ["*x", "xxx", true],
];

describe(".dockerignore patterns (moby/patternmatcher)", () => {
  it("patternmatcher's own TestMatches table", () => {
    for (const [pattern, path, pass] of PATTERNMATCHER_MATCHES) expect(matchesOrParentMatches(pattern, path), `${pattern} ~ ${path}`).toBe(pass);
  });

  it("patternmatcher's filepath.Match table, malformed patterns included", () => {
    for (const [pattern, path, pass] of FILEPATH_MATCH) expect(matchesOrParentMatches(pattern, path), `${pattern} ~ ${path}`).toBe(pass);
  });

  it("exact, `*` and `?` stay within a segment", () => {
    expect(ignores("build", "build")).toBe(true);
    expect(ignores("build", "build2")).toBe(false);
    expect(ignores("*.o", "a.o")).toBe(true);
    expect(ignores("*.o", "src/a.o")).toBe(false);
    expect(ignores("src/?.c", "src/a.c")).toBe(true);
    expect(ignores("src/?.c", "src/ab.c")).toBe(false);
  });

  it("`**` spans segments: as a prefix, a suffix and in the middle", () => {
    expect(ignores("**/*.o", "a.o")).toBe(true);
    expect(ignores("**/*.o", "x/y/a.o")).toBe(true);
    expect(ignores("**/node_modules", "node_modules")).toBe(true);
    expect(ignores("**/node_modules", "a/node_modules")).toBe(true);
    expect(ignores("**/node_modules", "anode_modules")).toBe(false);
    expect(ignores("docs/**", "docs/a/b.md")).toBe(true);
    expect(ignores("a/**/b", "a/b")).toBe(true);
    expect(ignores("a/**/b", "a/x/y/b")).toBe(true);
    expect(ignores("a/**/b", "a/xb")).toBe(false);
  });

  it("`[...]` classes, `^` negation, `\\` escapes; `!` in a class is a character", () => {
    expect(ignores("[ab].txt", "a.txt")).toBe(true);
    expect(ignores("[ab].txt", "c.txt")).toBe(false);
    expect(ignores("[a-c]x", "bx")).toBe(true);
    expect(ignores("[^a]x", "bx")).toBe(true);
    expect(ignores("[^a]x", "ax")).toBe(false);
    expect(ignores("[!a]x", "!x")).toBe(true);
    expect(ignores("[!a]x", "bx")).toBe(false);
    expect(ignores("\\*.txt", "*.txt")).toBe(true);
    expect(ignores("\\*.txt", "a.txt")).toBe(false);
    expect(ignores("a.b", "axb")).toBe(false);
  });

  it("malformed patterns compile to nothing", () => {
    expect(ignores("[abc", "a")).toBeNull();
    expect(ignores("[]a]", "a")).toBeNull();
    expect(ignores("[a-]", "a")).toBeNull();
  });

  it("patterns are cleaned: `./`, a leading `/` and empty segments go", () => {
    expect(cleanPath("./build/")).toBe("build");
    expect(cleanPath("/a//b/../c")).toBe("a/c");
    expect(cleanPath("")).toBe(".");
    expect(ignores("./build/", "build")).toBe(true);
  });

  it("patternmatcher's multi-pattern table: the last pattern that matches decides", () => {
    const whl = "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl";
    expect(isExcludedFromContext("**\n!util/docker/web", "util/docker/web/foo")).toBe(false);
    expect(isExcludedFromContext("**\n!util/docker/web\nutil/docker/web/foo", "util/docker/web/foo")).toBe(true);
    expect(isExcludedFromContext(`**\n!${whl}`, whl)).toBe(false);
    expect(isExcludedFromContext("**\n!dist/*.whl", whl)).toBe(false);
  });

  it("the context leaves out a file when it or a parent matches; the last match wins", () => {
    expect(isExcludedFromContext("build/\n", "build/x.o")).toBe(true);
    expect(isExcludedFromContext("*.md\n!README.md\n", "README.md")).toBe(false);
    expect(isExcludedFromContext("*.md\n!README.md\n", "NOTES.md")).toBe(true);
    expect(isExcludedFromContext("", "anything")).toBe(false);
    expect(isCopyIgnored("build\n", "build/out")).toBe(true);
    expect(isCopyIgnored("build\n", "*.cpp")).toBe(false);
  });
});

describe("COPY wildcards (filepath.Match)", () => {
  it("`**` is two `*`: it never crosses a `/`", () => {
    expect(matchesWildcard("**.cpp", "a.cpp")).toBe(true);
    expect(matchesWildcard("**.cpp", "src/a.cpp")).toBe(false);
    expect(matchesWildcard("src/*.cpp", "src/a.cpp")).toBe(true);
    expect(matchesWildcard("[a-c]*.txt", "b1.txt")).toBe(true);
    expect(matchesWildcard("[a-c]*.txt", "z.txt")).toBe(false);
    expect(matchesWildcard("[abc", "a")).toBe(false);
  });

  it("hasWildcards skips escaped characters, as fsutil's containsWildcards does", () => {
    expect(hasWildcards("*.txt")).toBe(true);
    expect(hasWildcards("a[1]")).toBe(true);
    expect(hasWildcards("a\\*b")).toBe(false);
    expect(hasWildcards("plain/path")).toBe(false);
  });
});
