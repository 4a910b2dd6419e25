/**
 * A build context read from disk for the simulator: every file below the directory (what
 * `docker build <dir>` sends before .dockerignore, which the simulator applies), with its
 * size, and the text of small UTF-8 files (the simulator reads CMakeLists.txt,
 * package-lock.json and .dockerignore).
 */
import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { ContextFile } from "../../lib/dockerfile/build-context";

/** Files up to this size keep their text. */
export const CONTEXT_TEXT_LIMIT = 1 << 20;
/** A context with more files than this is read only up to it (the rest are reported). */
export const CONTEXT_FILE_LIMIT = 50_000;

/** The files of `dir` as build-context files; `truncated` when it held more than the limit. */
export function readContext(dir: string): { files: ContextFile[]; truncated: boolean } {
  const files: ContextFile[] = [];
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let truncated = false;
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (files.length >= CONTEXT_FILE_LIMIT) {
        truncated = true;
        return;
      }
      const full = join(d, name);
      const st = lstatSync(full);
      if (st.isDirectory()) walk(full);
      else if (st.isFile() || st.isSymbolicLink()) {
        const path = relative(dir, full).split(sep).join("/");
        if (st.isFile() && st.size <= CONTEXT_TEXT_LIMIT) {
          const data = readFileSync(full);
          try {
            if (!data.includes(0)) {
              files.push({ path, size: st.size, content: decoder.decode(data) });
              continue;
            }
          } catch {
            // not UTF-8: size only
          }
        }
        files.push({ path, size: st.size });
      }
    }
  };
  walk(dir);
  return { files, truncated };
}
