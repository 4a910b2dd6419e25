import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeDockerfile } from "../dockerfile/analysis/analyze";
import { parseDockerfile } from "../dockerfile/parser/parse";
import { groupProblems, primaryOf, problemSource, PROBLEM_SOURCE_LABEL, SEVERITY_LABEL } from "./problems";

/** The groups of a text as `rule@line` strings: primary first, then `+ related`. */
function groups(text: string, target?: string) {
  const document = parseDockerfile(text);
  const analysis = analyzeDockerfile(document, target ? { target } : {});
  const name = (i: number) => `${analysis.diagnostics[i]?.rule}@${analysis.diagnostics[i]?.line}`;
  return groupProblems(analysis, document).map((g) => [name(g.primary), ...g.related.map(name)]);
}

const lesson = (path: string) => readFileSync(`lessons/${path}`, "utf8");
const fromStart = lesson("naming-stages/from-start.Dockerfile");
const multi = lesson("why-multi-stage/multi.Dockerfile");

describe("groupProblems", () => {
  it("FROM Builder with --target test: five findings, three problems; the build error leads, the finding that explains it first among its echoes", () => {
    expect(groups(fromStart, "test")).toEqual([
      ["BuildError@9", "FromNameCasing@9", "InvalidDefaultArgInFrom@9", "UnusedStage@2"],
      ["UnusedStage@13"],
    ]);
  });

  it("FROM Builder for the last stage: BuildKit fails every build on it (failed to parse stage name), so the error leads; FromNameCasing explains it, InvalidDefaultArgInFrom echoes it; the unneeded stage stays a problem of its own", () => {
    expect(groups(fromStart)).toEqual([["BuildError@9", "FromNameCasing@9", "InvalidDefaultArgInFrom@9"], ["UnusedStage@9"]]);
  });

  it("a --from typo: the stage it meant is unused, an echo of the typo", () => {
    expect(groups(multi.replace("--from=build", "--from=biuld"))).toEqual([["StageNameTypo@25", "UnusedStage@4"]]);
  });

  it("a renamed stage that --from still names the old way: the typo hint leads, the renamed stage's UnusedStage folds under it", () => {
    expect(groups(multi.replace("AS build", "AS builder"))).toEqual([["StageNameTypo@25", "UnusedStage@4"]]);
  });

  it("an undeclared ARG in FROM: the build error leads the two checks on that line", () => {
    expect(groups("FROM $BASE AS b\nRUN x\nFROM alpine\nCOPY --from=b / /\n")).toEqual([["BuildError@1", "UndefinedArgInFrom@1", "InvalidDefaultArgInFrom@1"]]);
  });

  it("a duplicate stage name: the first stage of that name is unused because of it", () => {
    expect(groups("FROM alpine AS b\nFROM alpine AS b\nFROM alpine\nCOPY --from=b / /\n")).toEqual([["DuplicateStageName@2", "UnusedStage@1"]]);
  });

  it("an unknown instruction (FRM): the stages this site still sees follow from it", () => {
    expect(groups(multi.replace("FROM alpine:latest\n", "FRM alpine:latest\n"))).toEqual([["BuildError@19", "BuildToolsInFinalStage@7"]]);
  });

  it("a variable in COPY --from: the build error (convert.go's toCommand, no line of BuildKit's own) sits on the COPY, the stages it leaves unused are its echoes", () => {
    const text = "ARG VARIANT=alpine\nFROM alpine:3.20 AS build-alpine\nRUN echo hi > /a\nFROM debian:12 AS build-debian\nRUN echo hi > /a\nFROM alpine:3.20\nCOPY --from=build-${VARIANT} /a /a\n";
    expect(groups(text)).toEqual([["BuildError@7", "UnusedStage@2", "UnusedStage@4"]]);
    const analysis = analyzeDockerfile(parseDockerfile(text));
    expect(analysis.diagnostics.find((d) => d.rule === "BuildError")).toMatchObject({
      severity: "error",
      line: 7,
      message: "variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround",
    });
  });

  it("different mistakes on one line stay apart", () => {
    expect(groups("FROM alpine as Build\nRUN x\nFROM alpine\nCOPY --from=build / /\n")).toEqual([["StageNameCasing@1"], ["FromAsCasing@1"]]);
    expect(groups("FROM alpine\nCMD ./x\nCMD ./y\n")).toEqual([["JSONArgsRecommended@2"], ["MultipleInstructionsDisallowed@2"], ["JSONArgsRecommended@3"]]);
  });

  it("the lesson's Dockerfile has no problems", () => {
    expect(groups(multi)).toEqual([]);
  });

  it("primaryOf points every echo at its group's primary", () => {
    const document = parseDockerfile(fromStart);
    const analysis = analyzeDockerfile(document, { target: "test" });
    const primaries = primaryOf(groupProblems(analysis, document), analysis.diagnostics.length);
    expect(primaries.map((p) => analysis.diagnostics[p]?.rule)).toEqual(["BuildError", "BuildError", "BuildError", "BuildError", "UnusedStage"]);
  });
});

describe("problem sources", () => {
  it("names BuildKit's checks, its build errors and the course's own rules apart", () => {
    const analysis = analyzeDockerfile(fromStart, { target: "test" });
    expect(analysis.diagnostics.map((d) => `${d.rule}: ${PROBLEM_SOURCE_LABEL[problemSource(d)]}`)).toEqual([
      "UnusedStage: Stagecraft tip",
      "InvalidDefaultArgInFrom: Docker build check",
      "BuildError: Docker build error",
      "FromNameCasing: Stagecraft tip",
      "UnusedStage: Stagecraft tip",
    ]);
  });

  it("the info severity reads Note, not Hint (hints are what exercises reveal)", () => {
    expect(SEVERITY_LABEL).toEqual({ error: "Error", warning: "Warning", info: "Note" });
  });
});
