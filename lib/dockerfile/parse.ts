/**
 * A line-level Dockerfile parser that follows BuildKit's own
 * (frontend/dockerfile/parser/parser.go, split_command.go, line_parsers.go) step by step,
 * so that lines, continuations, comments, heredocs and the escape directive come out
 * exactly as `docker build` sees them. It never throws: a parse error BuildKit would
 * report is returned in `parseError` and parsing stops there, as BuildKit's does.
 */
import type { Instruction, InstructionFlag, ParsedDockerfile, ParsedStage } from "./parse-types";

/** One heredoc body attached to an instruction (`RUN <<EOF ... EOF`). */
export interface HeredocBody {
  /** The terminator word, quotes removed (`EOF`). */
  name: string;
  /** Whether variables in the body are expanded (false when the word was quoted). */
  expand: boolean;
  /** Whether leading tabs are stripped (`<<-EOF`). */
  chomp: boolean;
  /** The body text, line endings kept, terminator excluded. */
  content: string;
  /** 1-based line of the terminator. */
  endLine: number;
}

/** A parse error BuildKit's parser (not the instruction pass) would fail the build with. */
export interface ParserError {
  /** 1-based line BuildKit reports; 0 when it reports none. */
  line: number;
  /** BuildKit's message without the `dockerfile parse error on line N: ` prefix. */
  message: string;
}

/** Extra per-instruction data our analyser needs beyond the public Instruction shape. */
export interface InstructionDetail {
  /** The logical line after continuations were joined and comments removed. */
  original: string;
  /** Exec-form arguments when the arguments parse as a JSON array of strings, else null. */
  json: string[] | null;
  /** Heredoc bodies in order. */
  heredocs: HeredocBody[];
  /** 1-based lines of empty continuation lines inside this instruction (NoEmptyContinuation). */
  emptyContinuationLines: number[];
  /** Comment lines directly above the instruction, `#` and surrounding spaces removed. */
  comments: string[];
  /** Flags as BuildKit's splitCommand returned them (`--from=build`), for error messages. */
  rawFlags: string[];
  /** 1-based last line of the instruction text before any heredoc body. */
  continuationEndLine: number;
}

/** Parser directive with its 1-based line. */
export interface DirectiveInfo {
  /** Directive name lower-cased (`syntax`, `escape`, `check`). */
  name: string;
  /** Value as written, trimmed. */
  value: string;
  /** 1-based line. */
  line: number;
}

const reDirective = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const reWhitespace = /[\t\v\f\r ]+/;
const reHeredoc = /^(\d*)<<(-?)([^<]*)$/;
// parser.go: heredocDirectives / heredocCompoundDirectives.
const heredocKeywords = new Set(["ADD", "COPY", "RUN"]);

// Go's unicode.IsSpace for the characters that matter in a Dockerfile line.
function isSpace(ch: string): boolean {
  return ch === " " || ch === "\t" || ch === "\n" || ch === "\v" || ch === "\f" || ch === "\r" || ch === "\u0085" || ch === "\u00a0";
}

function trimLeft(s: string): string {
  let i = 0;
  while (i < s.length && isSpace(s[i] as string)) i++;
  return i === 0 ? s : s.slice(i);
}

function trimNewline(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === "\n" || s[end - 1] === "\r")) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * parser.go's lineContinuationRegex: `([^\\])\\[ \t]*$|^\\[ \t]*$`. The escape token is
 * only a continuation when it is the last non-blank character and not escaped itself
 * (one level, as the Go regexp does).
 */
function trimContinuation(line: string, escape: string): [string, boolean] {
  let end = line.length;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "\t")) end--;
  if (end === 0 || line[end - 1] !== escape) return [line, true];
  if (end === 1) return ["", false];
  if (line[end - 2] === escape) return [line, true];
  return [line.slice(0, end - 1), false];
}

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

/**
 * Splits a line into shell words the way shell.Lex.ProcessWords does with RawQuotes,
 * RawEscapes and SkipUnsetEnv: quotes and escapes kept, nothing expanded. Used only to
 * find heredoc markers (parser.go heredocsFromLine).
 */
function rawWords(line: string): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (isSpace(c)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === "\\" && i + 1 < line.length) {
      word += c + line[i + 1];
      i++;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== c) {
        if (c === '"' && line[j] === "\\" && j + 1 < line.length) j++;
        j++;
      }
      word += line.slice(i, Math.min(j + 1, line.length));
      i = j;
    } else {
      word += c;
    }
  }
  if (inWord) words.push(word);
  return words;
}

/** Removes shell quoting from a heredoc word (`"EOF"` -> `EOF`, `E\OF` -> `EOF`). */
function unquoteWord(word: string): { value: string; quoted: boolean } {
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

function heredocsFromLine(line: string): Array<Omit<HeredocBody, "content" | "endLine">> {
  const docs: Array<Omit<HeredocBody, "content" | "endLine">> = [];
  for (const w of rawWords(line)) {
    const m = reHeredoc.exec(w);
    if (!m || !m[3]) continue;
    const rest = m[3];
    // A heredoc word must lex to exactly one word (parser.go heredocFromMatch).
    if (rawWords(rest).length !== 1) continue;
    const { value, quoted } = unquoteWord(rest);
    docs.push({ name: value, expand: !quoted, chomp: m[2] === "-" });
  }
  return docs;
}

/** Splits text into lines the way parser.go's scanLines does (line endings kept). */
function scanLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf("\n", start);
    if (nl < 0) {
      lines.push(text.slice(start));
      break;
    }
    lines.push(text.slice(start, nl + 1));
    start = nl + 1;
  }
  return lines;
}

function isCommentLine(raw: string): boolean {
  return trimLeft(trimNewline(raw)).startsWith("#");
}

/** Full parse output: the public shape plus what the analyser needs. */
export interface ParseResult extends ParsedDockerfile {
  /** Every instruction in order, preamble and stages together. */
  instructions: Instruction[];
  /** Details for each entry of `instructions`, same order. */
  details: InstructionDetail[];
  /** Parser directives with their lines. */
  directiveList: DirectiveInfo[];
  /** The escape token in effect (`\` or a backtick). */
  escapeToken: string;
  /** The parser error BuildKit would stop at, or null. */
  parseError: ParserError | null;
  /** The input split into lines without line endings, for column lookups. */
  lines: string[];
}

/**
 * Parses a Dockerfile into plain data. Never throws; stops where BuildKit's parser would
 * stop and reports that error in `parseError`.
 */
export function parseDockerfileDetailed(text: string): ParseResult {
  const raw = scanLines(text);
  const instructions: Instruction[] = [];
  const details: InstructionDetail[] = [];
  const directives: Record<string, string> = {};
  const directiveList: DirectiveInfo[] = [];
  let escape = "\\";
  let directivesDone = false;
  let parseError: ParserError | null = null;
  let comments: string[] = [];
  let i = 0;
  let currentLine = 0;

  // parser.go possibleParserDirective; returns an error message or null.
  const directive = (token: string, lineNo: number): string | null => {
    if (directivesDone) return null;
    const m = reDirective.exec(token);
    if (!m) {
      directivesDone = true;
      return null;
    }
    const k = (m[1] as string).toLowerCase();
    if (k !== "escape" && k !== "syntax" && k !== "check") {
      directivesDone = true;
      return null;
    }
    if (k in directives) return `only one ${k} parser directive can be used`;
    const v = m[2] as string;
    directives[k] = v;
    directiveList.push({ name: k, value: v, line: lineNo });
    if (k === "escape") {
      if (v !== "`" && v !== "\\") return `invalid escape token '${v}' does not match \` or \\`;
      escape = v;
    }
    return null;
  };

  const processLine = (token: string, stripLeft: boolean, lineNo: number): [string, string | null] => {
    let t = trimNewline(token);
    if (stripLeft) t = trimLeft(t);
    const err = directive(t, lineNo);
    return [t.startsWith("#") ? "" : t, err];
  };

  outer: while (i < raw.length) {
    let bytesRead = raw[i] as string;
    i++;
    if (currentLine === 0 && bytesRead.startsWith("\ufeff")) bytesRead = bytesRead.slice(1);
    const isComment = isCommentLine(bytesRead);
    const directivesBefore = directiveList.length;
    const [processed, err] = processLine(bytesRead, true, currentLine + 1);
    // Parser directives are not comments of the first instruction: a `# check=skip=all`
    // directive applies to the file, not locally (dockerfile_check_test.go testRuleCheckOption).
    if (isComment && directiveList.length === directivesBefore) {
      // An empty `#` line ends a description comment (InvalidDefinitionDescription).
      const comment = trimLeft(trimNewline(bytesRead)).slice(1).trim();
      if (comment === "") comments = [];
      else comments.push(comment);
    }
    if (err) {
      // BuildKit reports this before counting the line, i.e. one line early.
      parseError = { line: currentLine, message: err };
      break;
    }
    currentLine++;
    const startLine = currentLine;
    let [line, isEnd] = trimContinuation(processed, escape);
    if (isEnd && line === "") {
      // A blank line separates a comment from the next instruction.
      if (!isComment) comments = [];
      continue;
    }
    const empties: number[] = [];
    while (!isEnd && i < raw.length) {
      const next = raw[i] as string;
      i++;
      const [p, e] = processLine(next, false, currentLine + 1);
      if (e) {
        parseError = { line: currentLine, message: e };
        break outer;
      }
      currentLine++;
      if (isCommentLine(next)) continue;
      if (trimLeft(trimNewline(p)).length === 0) {
        empties.push(currentLine);
        continue;
      }
      const [cont, end] = trimContinuation(p, escape);
      line += cont;
      isEnd = end;
    }

    const { cmd, flags, args } = splitCommand(line);
    const keyword = cmd.toUpperCase();
    let json: string[] | null = null;
    if (["CMD", "ENTRYPOINT", "RUN", "SHELL", "ADD", "COPY", "VOLUME"].includes(keyword) && args !== "") {
      const j = parseJsonArgs(args);
      if (j === "not-strings") {
        parseError = { line: startLine, message: "when using JSON array syntax, arrays must be comprised of strings only" };
        break;
      }
      json = j;
    }
    const instruction: Instruction = {
      keyword,
      keywordRaw: cmd,
      flags: flags.map(parseFlag),
      args,
      line: startLine,
      endLine: currentLine,
    };
    const detail: InstructionDetail = {
      original: line,
      json,
      heredocs: [],
      emptyContinuationLines: empties,
      comments,
      rawFlags: flags,
      continuationEndLine: currentLine,
    };

    let heredocKeyword = keyword;
    let heredocJson = json !== null;
    if (keyword === "ONBUILD") {
      const sub = splitCommand(args);
      heredocKeyword = sub.cmd.toUpperCase();
      heredocJson = parseJsonArgs(sub.args) !== null;
    }
    if (heredocKeywords.has(heredocKeyword) && !heredocJson) {
      for (const doc of heredocsFromLine(line)) {
        let content = "";
        let terminated = false;
        while (i < raw.length) {
          const body = raw[i] as string;
          i++;
          currentLine++;
          let candidate = trimNewline(body);
          if (doc.chomp) candidate = candidate.replace(/^\t+/, "");
          if (candidate === doc.name) {
            terminated = true;
            break;
          }
          content += body;
        }
        if (!terminated) {
          instruction.endLine = currentLine;
          instructions.push(instruction);
          details.push(detail);
          parseError = { line: startLine, message: "unterminated heredoc" };
          break outer;
        }
        detail.heredocs.push({ ...doc, content, endLine: currentLine });
      }
      instruction.endLine = currentLine;
    }
    instructions.push(instruction);
    details.push(detail);
    comments = [];
  }

  if (!parseError && instructions.length === 0) {
    parseError = { line: currentLine, message: "file with no instructions" };
  }

  const { preamble, stages } = groupStages(instructions, raw.length);
  return {
    preamble,
    stages,
    directives,
    instructions,
    details,
    directiveList,
    escapeToken: escape,
    parseError,
    lines: raw.map(trimNewline),
  };
}

/** bflag.go: `--name=value` or a bare `--name`; the dashes are removed. */
function parseFlag(raw: string): InstructionFlag {
  const body = raw.startsWith("--") ? raw.slice(2) : raw;
  const eq = body.indexOf("=");
  return eq < 0 ? { name: body, value: null } : { name: body.slice(0, eq), value: body.slice(eq + 1) };
}

function groupStages(instructions: Instruction[], lineCount: number): { preamble: Instruction[]; stages: ParsedStage[] } {
  const preamble: Instruction[] = [];
  const stages: ParsedStage[] = [];
  for (const ins of instructions) {
    if (ins.keyword === "FROM") {
      const prev = stages[stages.length - 1];
      if (prev) prev.endLine = ins.line - 1;
      const words = ins.args === "" ? [] : ins.args.split(reWhitespace);
      // instructions/parse.go parseFrom: `FROM image AS name` is exactly three words.
      const named = words.length === 3 && (words[1] as string).toLowerCase() === "as";
      const nameRaw = named ? (words[2] as string) : null;
      stages.push({
        index: stages.length,
        name: nameRaw === null ? null : nameRaw.toLowerCase(),
        nameRaw,
        baseRaw: words[0] ?? "",
        line: ins.line,
        endLine: lineCount,
        instructions: [ins],
      });
    } else {
      const last = stages[stages.length - 1];
      if (last) last.instructions.push(ins);
      else preamble.push(ins);
    }
  }
  return { preamble, stages };
}

/** Parses a Dockerfile into plain serialisable data (stages, instructions, directives). */
export function parseDockerfile(text: string): ParsedDockerfile {
  const { preamble, stages, directives } = parseDockerfileDetailed(text);
  return { preamble, stages, directives };
}
