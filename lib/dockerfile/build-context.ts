/**
 * The build context as the core sees it: the files `docker build` sends, and the
 * `.dockerignore` among them. The analyser (CopyIgnoredFile) and the simulator both read it.
 */

/** One file of the build context. */
export interface ContextFile {
  /** Path relative to the context root, `/`-separated (`src/main.cpp`). */
  path: string;
  /** Size in bytes. */
  size: number;
  /** The text, when known; lets the model read `CMakeLists.txt` and `.dockerignore`. */
  content?: string;
}

/** A context path without `.`, empty or trailing segments, with `..` applied: `./a//b/` gives `a/b`. */
export function cleanContextPath(path: string): string {
  const parts: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return parts.join("/");
}

/**
 * The `.dockerignore` of a build: the text given, else the context's own `.dockerignore`
 * file, else undefined (no file: nothing is excluded and CopyIgnoredFile does not run).
 */
export function contextDockerignore(options: { dockerignore?: string; contextFiles?: readonly ContextFile[] }): string | undefined {
  return options.dockerignore ?? options.contextFiles?.find((f) => cleanContextPath(f.path) === ".dockerignore")?.content;
}

/** Text files up to this size keep their content (the simulator reads CMakeLists.txt and .dockerignore). */
export const CONTEXT_TEXT_LIMIT = 4096;

/** Project files as build-context files: sizes always, content for small UTF-8 text files. */
export function toContextFiles(files: { path: string; data: Uint8Array }[], textLimit = CONTEXT_TEXT_LIMIT): ContextFile[] {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  return files.map(({ path, data }) => {
    if (data.length > textLimit || data.includes(0)) return { path, size: data.length };
    try {
      return { path, size: data.length, content: decoder.decode(data) };
    } catch {
      return { path, size: data.length };
    }
  });
}

