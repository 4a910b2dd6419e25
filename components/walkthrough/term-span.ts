import type { LineSpan } from "@/lib/workspace/annotations";

/**
 * The first instruction line of a Dockerfile that contains a term from the lesson text
 * (`COPY --from`, `AS build`), ignoring case; comment lines never match. Null when none does.
 */
export function termSpan(text: string, term: string): LineSpan | null {
  const wanted = term.trim().toLowerCase();
  if (wanted.length < 2) return null;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    if (line.startsWith("#")) continue;
    if (line.toLowerCase().includes(wanted)) return { line: i + 1, endLine: i + 1 };
  }
  return null;
}
