/**
 * An instruction line into keyword, flags and arguments: BuildKit's
 * frontend/dockerfile/parser/split_command.go, bflag.go and line_parsers.go parseJSON.
 */
import { isSpace, trimLeft } from "./text";
import type { InstructionFlag } from "./types";

const reWhitespace = /[\t\v\f\r ]+/;

/** split_command.go extractBuilderFlags: leading `--flag` words, quotes and `\` removed. */
function extractBuilderFlags(line: string): [string, string[]] {
  const words: string[] = [];
  let phase: 0 | 1 | 2 = 0;
  let word = "";
  let quote = "";
  let blankOK = false;
  for (let pos = 0; pos <= line.length; pos++) {
    const ch = pos < line.length ? (line[pos] as string) : "";
    if (phase === 0) {
      if (pos === line.length) break;
      if (isSpace(ch)) continue;
      if (ch !== "-" || pos + 1 === line.length || line[pos + 1] !== "-") return [line.slice(pos), words];
      phase = 1;
    }
    if (pos === line.length) {
      if (word !== "--" && (blankOK || word.length > 0)) words.push(word);
      break;
    }
    if (phase === 1) {
      if (isSpace(ch)) {
        phase = 0;
        if (word === "--") return [line.slice(pos), words];
        if (blankOK || word.length > 0) words.push(word);
        word = "";
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 2;
        continue;
      }
      if (ch === "\\") {
        if (pos + 1 === line.length) continue;
        pos++;
        word += line[pos];
        continue;
      }
      word += ch;
      continue;
    }
    if (ch === quote) {
      phase = 1;
      continue;
    }
    if (ch === "\\") {
      if (pos + 1 === line.length) {
        phase = 1;
        continue;
      }
      pos++;
      word += line[pos];
      continue;
    }
    word += ch;
  }
  return ["", words];
}

/** split_command.go splitCommand. */
export function splitCommand(line: string): { cmd: string; flags: string[]; args: string } {
  const trimmed = line.trim();
  const m = reWhitespace.exec(trimmed);
  if (!m) return { cmd: trimmed, flags: [], args: "" };
  const cmd = trimmed.slice(0, m.index);
  const [args, flags] = extractBuilderFlags(trimmed.slice(m.index + m[0].length));
  return { cmd, flags, args: args.trim() };
}

/**
 * line_parsers.go parseJSON: Go's json.Decoder reads the first JSON value and ignores what
 * follows, so `["a"] trailing` is still exec form. Returns null when not a string array.
 */
export function parseJsonArgs(rest: string): string[] | null | "not-strings" {
  const s = trimLeft(rest);
  if (!s.startsWith("[")) return null;
  let depth = 0;
  let inStr = false;
  let end = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (inStr) {
      if (c === "\\") i++;
      else if (c === '"') inStr = false;
      continue;
    }
    if (c === '"') inStr = true;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      depth--;
      if (depth === 0) {
        end = i + 1;
        break;
      }
    }
  }
  if (end < 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(s.slice(0, end));
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  const out: string[] = [];
  for (const v of value) {
    if (typeof v !== "string") return "not-strings";
    out.push(v);
  }
  return out;
}

/** bflag.go: `--name=value` or a bare `--name`; the dashes are removed. */
export function parseFlag(raw: string): InstructionFlag {
  const body = raw.startsWith("--") ? raw.slice(2) : raw;
  const eq = body.indexOf("=");
  return eq < 0 ? { name: body, value: null } : { name: body.slice(0, eq), value: body.slice(eq + 1) };
}

