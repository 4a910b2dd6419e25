/**
 * Plain views of a parsed Dockerfile (parser/parse.ts makes them; nothing else parses).
 */

/** One `--name=value` (or bare `--name`) flag of an instruction, as written. */
export interface InstructionFlag {
  /** Flag name without the dashes, as written (`from`, `chown`, `mount`). */
  name: string;
  /** The value after `=`, unexpanded; null for a bare flag such as `--link`. */
  value: string | null;
}

/** One instruction, e.g. `COPY --from=build /app/build/hello .`. */
export interface Instruction {
  /** The keyword upper-cased (`FROM`, `RUN`, `COPY`, ...), whatever case it was written in. */
  keyword: string;
  /** The keyword exactly as written (`from`, `From`). */
  keywordRaw: string;
  /** Flags in order of appearance. */
  flags: InstructionFlag[];
  /** The instruction's arguments after the flags, continuation lines joined, unexpanded. */
  args: string;
  /** 1-based line where the instruction starts. */
  line: number;
  /** 1-based last line of the instruction (continuations and heredoc bodies included). */
  endLine: number;
}

/** One build stage: a `FROM` and the instructions up to the next `FROM`. */
export interface ParsedStage {
  /** 0-based stage index, as `COPY --from=0` counts. */
  index: number;
  /** The stage name lower-cased (`FROM x AS Build` gives `build`), or null when unnamed. */
  name: string | null;
  /** The stage name as written, or null. */
  nameRaw: string | null;
  /** The `FROM` image, unexpanded, as written. */
  baseRaw: string;
  /** 1-based line of the `FROM`. */
  line: number;
  /** 1-based last line of the stage (the line before the next `FROM`, or the file's last line). */
  endLine: number;
  /** The stage's instructions, its `FROM` first. */
  instructions: Instruction[];
}

/** A parsed Dockerfile. */
export interface ParsedDockerfile {
  /** Instructions before the first `FROM` (global `ARG`s, or mistakes). */
  preamble: Instruction[];
  /** The stages in order. */
  stages: ParsedStage[];
  /** Parser directives at the top (`syntax`, `escape`, `check`), keys lower-cased. */
  directives: Record<string, string>;
}

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

/** What the analyser and the simulator need of an instruction beyond its public shape. */
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

/**
 * A parsed Dockerfile as every part of the core takes it: parsed once per text, then handed
 * to the analyser, the simulator and the explanations.
 */
export interface DockerfileDocument extends ParsedDockerfile {
  /** The text it was parsed from. */
  text: string;
  /** Every instruction in order, preamble and stages together. */
  instructions: Instruction[];
  /** Details for each entry of `instructions`, same order. */
  details: InstructionDetail[];
  /** The detail of each instruction, looked up by the instruction itself. */
  detail: ReadonlyMap<Instruction, InstructionDetail>;
  /** Parser directives with their lines. */
  directiveList: DirectiveInfo[];
  /** The escape token in effect (`\` or a backtick). */
  escapeToken: string;
  /** The parser error BuildKit would stop at, or null. */
  parseError: ParserError | null;
  /** The input split into lines without line endings, for column lookups. */
  lines: string[];
}
