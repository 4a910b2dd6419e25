/**
 * A line-level Dockerfile parser that follows BuildKit's own
 * (frontend/dockerfile/parser/parser.go, split_command.go, line_parsers.go) step by step,
 * so that lines, continuations, comments, heredocs and the escape directive come out
 * exactly as `docker build` sees them. It never throws: a parse error BuildKit would
 * report is returned in `parseError` and parsing stops there, as BuildKit's does.
 */
import { heredocsFromLine } from "./heredoc";
import { parseFlag, parseJsonArgs, splitCommand } from "./split-command";
import { scanLines, trimContinuation, trimLeft, trimNewline } from "./text";
import type { DirectiveInfo, DockerfileDocument, Instruction, InstructionDetail, ParsedStage, ParserError } from "./types";

const reDirective = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;
const reWhitespace = /[\t\v\f\r ]+/;
// parser.go: heredocDirectives / heredocCompoundDirectives.
const heredocKeywords = new Set(["ADD", "COPY", "RUN"]);

/**
 * Parses a Dockerfile, once per text, into the document the rest of the core reads. Never throws; stops where BuildKit's parser would
 * stop and reports that error in `parseError`.
 */
export function parseDockerfile(text: string): DockerfileDocument {
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
    text,
    preamble,
    stages,
    directives,
    instructions,
    details,
    detail: new Map(instructions.map((ins, k) => [ins, details[k] as InstructionDetail])),
    directiveList,
    escapeToken: escape,
    parseError,
    lines: raw.map(trimNewline),
  };
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


function isCommentLine(raw: string): boolean {
  return trimLeft(trimNewline(raw)).startsWith("#");
}

