/** Heredoc markers on an instruction line: parser.go heredocsFromLine and heredocFromMatch. */
import { splitWords, unquoteWord } from "./lex";
import type { HeredocBody } from "./types";

const reHeredoc = /^(\d*)<<(-?)([^<]*)$/;

export function heredocsFromLine(line: string): Array<Omit<HeredocBody, "content" | "endLine">> {
  const docs: Array<Omit<HeredocBody, "content" | "endLine">> = [];
  for (const w of splitWords(line, { spaces: "unicode" })) {
    const m = reHeredoc.exec(w);
    if (!m || !m[3]) continue;
    const rest = m[3];
    // A heredoc word must lex to exactly one word (parser.go heredocFromMatch).
    if (splitWords(rest, { spaces: "unicode" }).length !== 1) continue;
    const { value, quoted } = unquoteWord(rest);
    docs.push({ name: value, expand: !quoted, chomp: m[2] === "-" });
  }
  return docs;
}

