import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkLessons, loadCourse, loadLesson } from "../course/load";
import { evaluateExercise } from "./evaluate";
import type { ExerciseCheck } from "./types";

const single = readFileSync("lessons/why-multi-stage/single.Dockerfile", "utf8");
const multi = readFileSync("lessons/why-multi-stage/multi.Dockerfile", "utf8");

describe("evaluateExercise", () => {
  it("the single-stage Dockerfile fails the split-the-build checks, saying why", () => {
    const results = evaluateExercise(single, [
      { type: "stages", min: 2 },
      { type: "stageNamed", name: "build" },
      { type: "needs", stage: "last", from: "build", kind: "copy" },
      { type: "finalBase", oneOf: ["alpine:latest"] },
      { type: "noBuildTools" },
    ]);
    expect(results.map((r) => [r.label, r.pass, r.detail])).toEqual([
      ["The Dockerfile has at least 2 stages", false, "It has 1."],
      ["A stage is named `build`", false, "The stage names are: none."],
      ["The final stage copies from stage `build`", false, "There is no stage named `build`."],
      ["The final stage starts from `alpine:latest`", true, null],
      ["No compiler or build tool is installed in the final stage", false, expect.stringContaining("line 7")],
    ]);
  });

  it("the multi-stage Dockerfile passes them", () => {
    const results = evaluateExercise(multi, [
      { type: "stages", min: 2 },
      { type: "needs", stage: "last", from: "build", kind: "copy" },
      { type: "noBuildTools" },
      { type: "noError" },
      { type: "noBuildCheckWarnings" },
    ]);
    expect(results.every((r) => r.pass)).toBe(true);
  });

  it("targetBuilds names the stages BuildKit builds for --target", () => {
    const text = "FROM alpine AS base\nFROM base AS test\nRUN true\nFROM alpine AS other\nFROM base AS final\n";
    expect(evaluateExercise(text, [{ type: "targetBuilds", target: "test", stages: ["base", "test"] }])[0]).toEqual({
      label: "`docker build --target test` builds exactly `base`, `test`",
      pass: true,
      detail: null,
    });
    expect(evaluateExercise(text, [{ type: "targetBuilds", target: "final", stages: ["final"] }])[0]?.detail).toBe("It builds `base`, `final`.");
  });

  it("declaresArg counts the ARGs a stage inherits through FROM <stage> (dispatchState.init appends the base's buildArgs)", () => {
    const text = "FROM alpine AS base\nARG VERSION=1\nFROM base AS build\nRUN echo $VERSION\nFROM alpine AS other\nRUN echo $VERSION\n";
    const results = evaluateExercise(text, [
      { type: "declaresArg", stage: "build", name: "VERSION" },
      { type: "declaresArg", stage: "other", name: "VERSION" },
    ]);
    expect(results.map((r) => [r.label, r.pass, r.detail])).toEqual([
      ["Stage `build` declares `ARG VERSION`", true, null],
      ["Stage `other` declares `ARG VERSION`", false, "Without it, `$VERSION` is empty inside the stage."],
    ]);
  });

  it("copies … only expands a wildcard against the exercise's build context, as BuildKit's COPY does", () => {
    const file = (path: string, content = "") => ({ path, size: content.length, content });
    const check: ExerciseCheck = { type: "copies", stage: "build", from: "context", only: ["CMakeLists.txt", "hello.cpp"] };
    const text = "FROM alpine AS build\nWORKDIR /app\nCOPY CMakeLists.txt *.cpp ./\n";
    const label = "Stage `build` copies only `CMakeLists.txt` and `hello.cpp` from the project";
    expect(evaluateExercise(text, [check], { context: [file("CMakeLists.txt"), file("hello.cpp")] })[0]).toEqual({ label, pass: true, detail: null });
    expect(evaluateExercise(text, [check], { context: [file("CMakeLists.txt"), file("hello.cpp"), file("extra.cpp"), file("src/deep.cpp")] })[0]).toEqual({ label, pass: false, detail: "Line 3 copies `extra.cpp`." });
    // .dockerignore keeps extra.cpp out of the context: the wildcard cannot bring it.
    expect(evaluateExercise(text, [check], { context: [file("CMakeLists.txt"), file("hello.cpp"), file("extra.cpp"), file(".dockerignore", "extra.cpp\n")] })[0]?.pass).toBe(true);
    // Without a context the wildcard may bring anything.
    expect(evaluateExercise(text, [check])[0]).toEqual({ label, pass: false, detail: "Line 3 copies `*.cpp`." });
  });

  it("a build error is reported word for word", () => {
    const [result] = evaluateExercise("FROM alpine\nCOPY --from=5 /a /b\n", [{ type: "noError" }]);
    expect(result).toEqual({ label: "BuildKit would build it without an error", pass: false, detail: "BuildKit stops with: invalid stage index 5" });
  });

  it("instruction checks look inside the named stage only", () => {
    const text = "FROM alpine AS build\nUSER nobody\nFROM alpine\nCMD [\"x\"]\n";
    const [inFinal, inBuild] = evaluateExercise(text, [
      { type: "instruction", stage: "last", instruction: "USER" },
      { type: "instruction", stage: "build", instruction: "user", contains: "nobody" },
    ]);
    expect(inFinal).toEqual({ label: "The final stage has `USER`", pass: false, detail: "It is not there yet." });
    expect(inBuild?.pass).toBe(true);
  });
});

describe("the course's exercises", () => {
  it("every lesson loads, so every exercise was proved solvable by the loader", () => {
    // The loader throws when a solution fails a check or a start file passes them all
    // (lib/course/load.ts; its failure messages are tested in load.test.ts).
    expect(checkLessons().errors).toEqual([]);
    expect(loadCourse().lessons.flatMap((l) => loadLesson(l.slug).exercises).length).toBeGreaterThan(0);
    // Loads and checks every lesson: seconds on a loaded machine, past the 5 s default.
  }, 60_000);
});
