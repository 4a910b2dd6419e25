import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDockerfile } from "./parse";
import { splitCommand } from "./split-command";

const seed = readFileSync(new URL("../__fixtures__/seed-multi-stage.Dockerfile", import.meta.url), "utf8");

describe("parseDockerfile", () => {
  it("the seed Dockerfile has a named build stage and an unnamed runtime stage", () => {
    const parsed = parseDockerfile(seed);
    expect(parsed.preamble).toEqual([]);
    expect(parsed.directives).toEqual({});
    expect(parsed.stages.map((s) => [s.index, s.name, s.nameRaw, s.baseRaw, s.line, s.endLine])).toEqual([
      [0, "build", "build", "alpine:latest", 4, 18],
      [1, null, null, "alpine:latest", 19, 28],
    ]);
    expect(parsed.stages[1]?.instructions.map((i) => [i.keyword, i.line])).toEqual([
      ["FROM", 19],
      ["WORKDIR", 22],
      ["COPY", 25],
      ["CMD", 28],
    ]);
    expect(parsed.stages[1]?.instructions[2]).toEqual({
      keyword: "COPY",
      keywordRaw: "COPY",
      flags: [{ name: "from", value: "build" }],
      args: "/app/build/hello .",
      line: 25,
      endLine: 25,
    });
  });

  it("FROM x AS Build lower-cases the name and keeps it as written", () => {
    const parsed = parseDockerfile("from alpine As Build\nrun echo hi\n");
    expect(parsed.stages[0]?.name).toBe("build");
    expect(parsed.stages[0]?.nameRaw).toBe("Build");
    expect(parsed.stages[0]?.instructions[1]?.keyword).toBe("RUN");
    expect(parsed.stages[0]?.instructions[1]?.keywordRaw).toBe("run");
  });

  it("continuation lines with comments and blank lines belong to the instruction that starts them", () => {
    const text = "FROM alpine\nRUN apk add \\\n# a comment\n    g++ \\\n\n    make\nCMD x\n";
    const parsed = parseDockerfile(text);
    const run = parsed.instructions[1];
    expect(run?.line).toBe(2);
    expect(run?.endLine).toBe(6);
    expect(run?.args).toBe("apk add     g++     make");
    expect(parsed.details[1]?.emptyContinuationLines).toEqual([5]);
    expect(parsed.instructions[2]?.line).toBe(7);
  });

  it("a heredoc body belongs to its RUN and can hold FROM lines", () => {
    const text = "FROM alpine\nRUN <<EOF\nFROM nothing\necho hi\nEOF\nCMD [\"sh\"]\n";
    const parsed = parseDockerfile(text);
    expect(parsed.stages).toHaveLength(1);
    expect(parsed.instructions[1]?.endLine).toBe(5);
    expect(parsed.details[1]?.heredocs).toEqual([
      { name: "EOF", expand: true, chomp: false, content: "FROM nothing\necho hi\n", endLine: 5 },
    ]);
    expect(parsed.details[2]?.json).toEqual(["sh"]);
  });

  it("<<-EOF with a tab-indented terminator and a quoted word", () => {
    const text = "FROM alpine\nCOPY <<-\"END\" /a\n\tline $X\n\tEND\nRUN x\n";
    const parsed = parseDockerfile(text);
    expect(parsed.details[1]?.heredocs[0]).toMatchObject({ name: "END", expand: false, chomp: true, endLine: 4 });
    expect(parsed.instructions[2]?.line).toBe(5);
  });

  it("an unterminated heredoc is a parse error at the instruction's line", () => {
    const parsed = parseDockerfile("FROM alpine\nRUN <<EOF\necho\n");
    expect(parsed.parseError).toEqual({ line: 2, message: "unterminated heredoc" });
  });

  it("the escape directive switches the continuation character to a backtick", () => {
    const text = "# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir c:\\ `\n  && echo done\n";
    const parsed = parseDockerfile(text);
    expect(parsed.directives).toEqual({ escape: "`" });
    expect(parsed.escapeToken).toBe("`");
    expect(parsed.instructions[1]?.args).toBe("dir c:\\   && echo done");
    expect(parsed.instructions[1]?.endLine).toBe(4);
  });

  it("a directive after an instruction or a comment is just a comment", () => {
    const parsed = parseDockerfile("# hello\n# escape=`\nFROM alpine\n");
    expect(parsed.directives).toEqual({});
  });

  it("repeating a directive is a parse error", () => {
    const parsed = parseDockerfile("# syntax=a\n# syntax=b\nFROM alpine\n");
    expect(parsed.parseError).toEqual({ line: 1, message: "only one syntax parser directive can be used" });
  });

  it("an empty file has no instructions", () => {
    expect(parseDockerfile("").parseError).toEqual({ line: 0, message: "file with no instructions" });
  });

  it("CRLF line endings and a BOM are ignored", () => {
    const parsed = parseDockerfile("\ufeffFROM alpine AS a\r\nRUN x\r\n");
    expect(parsed.stages[0]?.name).toBe("a");
    expect(parsed.stages[0]?.instructions[1]?.args).toBe("x");
  });
});

describe("splitCommand", () => {
  it("takes quoted and bare flags, and stops at the first word without --", () => {
    expect(splitCommand(`COPY --from="my stage" --link src dst`)).toEqual({
      cmd: "COPY",
      flags: ["--from=my stage", "--link"],
      args: "src dst",
    });
  });
  it("a lone -- ends the flags", () => {
    expect(splitCommand("RUN --network=none -- --not-a-flag")).toEqual({
      cmd: "RUN",
      flags: ["--network=none"],
      args: "--not-a-flag",
    });
  });
});
