/**
 * Plain, serialisable views of a parsed Dockerfile. The parser's class instances are
 * wrapped into these once, in parse.ts; nothing outside lib/dockerfile sees the parser.
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
