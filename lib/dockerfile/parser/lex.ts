/**
 * Word-level lexing of instruction arguments, in one place. It follows BuildKit's
 * frontend/dockerfile/parser/line_parsers.go (parseWords, parseNameVal) and the raw mode of
 * frontend/dockerfile/shell/lex.go (ProcessWords with RawQuotes and RawEscapes), which
 * differ only in which characters count as blanks and in the escape token; those are options.
 */
import { isSpace } from "./text";

/** How to split. */
export interface SplitOptions {
  /** The escape token (`\` unless an `# escape=` directive set a backtick). */
  escape?: string;
  /**
   * `ascii`: the blanks line_parsers.go parseWords splits on (space, tab, CR, LF, VT, FF).
   * `unicode`: Go's unicode.IsSpace, as shell/lex.go uses it (adds U+0085 and U+00A0).
   */
  spaces?: "ascii" | "unicode";
}

const isAsciiBlank = (c: string): boolean => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\v" || c === "\f";

/**
 * Whitespace-separated words with quotes and escapes kept as written (nothing expanded or
 * removed): `a "b c" d\ e` gives `a`, `"b c"`, `d\ e`.
 */
export function splitWords(text: string, options: SplitOptions = {}): string[] {
  const escape = options.escape ?? "\\";
  const blank = options.spaces === "unicode" ? isSpace : isAsciiBlank;
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === escape && quote !== "'" && i + 1 < text.length) {
        word += c + text[i + 1];
        i++;
        continue;
      }
      if (c === quote) quote = "";
      word += c;
      continue;
    }
    if (blank(c)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === "'" || c === '"') quote = c;
    if (c === escape && i + 1 < text.length) {
      word += c + text[i + 1];
      i++;
      continue;
    }
    word += c;
  }
  if (inWord) words.push(word);
  return words;
}

/**
 * Removes shell quoting from one word (`"EOF"` -> `EOF`, `E\OF` -> `EOF`, `'a b'` -> `a b`),
 * and says whether any quoting was there (a quoted heredoc word turns expansion off).
 */
export function unquoteWord(word: string): { value: string; quoted: boolean } {
  let out = "";
  let quoted = false;
  for (let i = 0; i < word.length; i++) {
    const c = word[i] as string;
    if (c === "\\" && i + 1 < word.length) {
      out += word[i + 1];
      i++;
      quoted = true;
    } else if (c === "'" || c === '"') {
      quoted = true;
      let j = i + 1;
      while (j < word.length && word[j] !== c) {
        if (c === '"' && word[j] === "\\" && j + 1 < word.length) j++;
        out += word[j];
        j++;
      }
      i = j;
    } else {
      out += c;
    }
  }
  return { value: out, quoted };
}

/** The word with its quoting removed. */
export const unquote = (word: string): string => unquoteWord(word).value;

/** Splits `k=v k2=v2` / `k` words of ARG the way line_parsers.go parseNameOrNameVal does (quotes kept). */
export function argPairs(args: string, escape = "\\"): { key: string; value: string | null }[] {
  return splitWords(args, { escape }).map((w) => {
    const eq = w.indexOf("=");
    return eq < 0 ? { key: w, value: null } : { key: w.slice(0, eq), value: w.slice(eq + 1) };
  });
}

/**
 * ENV and LABEL arguments as line_parsers.go parseNameVal reads them: `k=v k2="v 2"` pairs, or
 * the legacy `key value` form (one key, the rest of the line its value).
 */
export function keyValuePairs(args: string, escape = "\\"): { pairs: { key: string; value: string }[]; legacy: boolean } {
  const words = splitWords(args, { escape });
  if (words.length > 0 && !(words[0] as string).includes("=")) {
    const m = /^(\S+)[\t\v\f\r ]+([\s\S]*)$/.exec(args);
    return { pairs: m ? [{ key: m[1] as string, value: m[2] as string }] : [], legacy: true };
  }
  return {
    pairs: words.map((word) => {
      const eq = word.indexOf("=");
      return { key: word.slice(0, eq), value: word.slice(eq + 1) };
    }),
    legacy: false,
  };
}

/**
 * A `--mount` value (`type=bind,from=build,target=/x`) as key/values, keys lower-cased, one
 * pair of surrounding double quotes removed from a value (instructions/commands_runmount.go
 * reads the value as one CSV record).
 */
export function parseMount(value: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const field of value.split(",")) {
    const eq = field.indexOf("=");
    const k = (eq < 0 ? field : field.slice(0, eq)).trim().toLowerCase();
    const v = eq < 0 ? "" : field.slice(eq + 1).trim().replace(/^"(.*)"$/, "$1");
    out.set(k, v);
  }
  return out;
}

/**
 * The words of an instruction's arguments as BuildKit's instruction parser counts them:
 * the exec-form array when there is one, else the arguments split on blanks.
 */
export function argumentWords(args: string, json: string[] | null | undefined): string[] {
  if (json) return json;
  return args === "" ? [] : args.split(/[\t\v\f\r ]+/);
}
