import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkLessons, loadLesson } from "./load";

const REAL_ROOT = path.join(process.cwd(), "lessons");
let root: string;
const dir = () => path.join(root, "why-multi-stage");

const NAMED = `FROM alpine:latest AS build
RUN apk add --no-cache g++ make cmake
WORKDIR /app
COPY . .
RUN mkdir -p build && cd build && cmake .. && make
WORKDIR /app/build
CMD ["./hello"]
`;

const STEPS = `- id: one-image
  title: One image, two jobs
  text: |
    The single-stage file builds and runs in one image.
  file: single.Dockerfile
  tab: image
- id: name-the-build-stage
  title: Name the build stage
  text: |
    \`AS build\` names the stage.
  file: named.Dockerfile
  apply: "Add \`AS build\`"
  predict:
    question: "Which stages does \`--target build\` run?"
    ask: targetBuilds
    target: build
- id: add-the-runtime-stage
  title: Add the runtime stage
  text: |
    A second stage:

    \`\`\`dockerfile fragment
    COPY --from=build /app/build/hello .
    \`\`\`
  file: multi.Dockerfile
  apply: Add the runtime stage
  tab: image
  predict:
    question: Which files end up in the final image?
    ask: finalImageFiles
- id: practice
  title: Do it yourself
  text: Split it.
  exercise: split-the-build-into-two-stages
`;

const BODY = "\n## Recap\n\n- Stages.\n\n## Details: sources\n\nMore.\n";

/** Writes lesson 1 in the walkthrough format into the temporary course. */
function convert(steps = STEPS, body = BODY) {
  writeFileSync(path.join(dir(), "named.Dockerfile"), NAMED);
  writeFileSync(path.join(dir(), "steps.yaml"), steps);
  const md = readFileSync(path.join(dir(), "lesson.md"), "utf8");
  // Lesson 1 is already converted: replace its hook, steps and body with this test's.
  const front = md.slice(0, md.indexOf("\n---\n") + 5).replace(/^hook:\n(?: {2}.*\n)+/m, "").replace(/^steps: .*\n/m, "");
  const hooked = front.replace(
    "dockerfile: multi.Dockerfile",
    'dockerfile: multi.Dockerfile\nhook:\n  file: single.Dockerfile\n  size: 303MB\n  text: "This works. It ships a compiler."\nsteps: steps.yaml',
  );
  writeFileSync(path.join(dir(), "lesson.md"), hooked + body);
}

const problems = () => checkLessons(root, ["why-multi-stage"]).errors.map((e) => e.message);
const editSteps = (change: (t: string) => string) => convert(change(STEPS));

// Each test copies the course and loads lesson 1 (simulating its predict answers): slow on a
// shared 2-core machine, so these tests get more than the default 5 s.
beforeEach(() => {
  root = path.join(mkdtempSync(path.join(tmpdir(), "stagecraft-steps-")), "lessons");
  cpSync(REAL_ROOT, root, { recursive: true });
}, 30_000);
afterEach(() => rmSync(path.dirname(root), { recursive: true, force: true }));

describe("lesson 1, the exemplar", { timeout: 30_000 }, () => {
  it("walks from the single-stage file to the lesson's Dockerfile, ending on its exercise", () => {
    const lesson = loadLesson("why-multi-stage", REAL_ROOT);
    expect(lesson.hook).toMatchObject({ file: "single.Dockerfile", size: "303MB" });
    expect(lesson.steps.map((s) => [s.id, s.file, s.tab])).toEqual([
      ["one-image-two-jobs", "single.Dockerfile", "image"],
      ["name-the-build-stage", "named.Dockerfile", "stages"],
      ["add-the-runtime-stage", "two-stages.Dockerfile", "image"],
      ["copy-only-the-binary", "multi.Dockerfile", "image"],
      ["split-it-yourself", "multi.Dockerfile", "problems"],
    ]);
    expect(lesson.steps.at(-1)?.text).toBe(lesson.dockerfile.text);
    expect(lesson.steps.at(-1)?.exerciseId).toBe("why-multi-stage/split-the-build-into-two-stages");
  });

  it("the runtime stage alone holds none of the build stage's files; with --target build only build runs", () => {
    const [, , runtime, copy] = loadLesson("why-multi-stage", REAL_ROOT).steps;
    expect(runtime?.predict).toEqual(expect.objectContaining({ ask: "finalImageFiles", choices: ["/app/CMakeLists.txt", "/app/build/hello", "/app/hello", "/app/hello.cpp"], answer: [] }));
    expect(copy?.predict).toEqual(expect.objectContaining({ ask: "targetBuilds", target: "build", choices: ["build", "stage-1"], answer: ["build"] }));
  });
});

describe("a lesson in the walkthrough format", { timeout: 30_000 }, () => {
  it("loads its hook, its steps and the analyser's answers", () => {
    convert();
    expect(problems()).toEqual([]);
    const lesson = loadLesson("why-multi-stage", root);
    expect(lesson.hook?.file).toBe("single.Dockerfile");
    expect(lesson.hook?.size).toBe("303MB");
    expect(lesson.hook?.sentence).toEqual([{ type: "text", text: "This works. It ships a compiler." }]);
    expect(lesson.hook?.source?.length).toBeGreaterThan(0);
    expect(lesson.steps.map((s) => [s.id, s.file, s.tab, s.apply !== undefined])).toEqual([
      ["one-image", "single.Dockerfile", "image", false],
      ["name-the-build-stage", "named.Dockerfile", "stages", true],
      ["add-the-runtime-stage", "multi.Dockerfile", "image", true],
      ["practice", "multi.Dockerfile", "stages", false],
    ]);
    expect(lesson.steps[1]?.text).toBe(NAMED);
    expect(lesson.steps[3]?.text).toBe(lesson.dockerfile.text);
    expect(lesson.steps[1]?.predict).toMatchObject({ ask: "targetBuilds", target: "build", choices: ["build"], answer: ["build"] });
    expect(lesson.steps[3]?.exerciseId).toBe("why-multi-stage/split-the-build-into-two-stages");
  });

  it("the final image's files are the simulator's: only the binary, a few of the build stage's files offered beside it", () => {
    convert();
    const predict = loadLesson("why-multi-stage", root).steps[2]?.predict;
    expect(predict?.ask).toBe("finalImageFiles");
    if (predict?.ask !== "finalImageFiles") return;
    expect(predict.answer).toEqual(["/app/hello"]);
    expect(predict.choices).toContain("/app/hello.cpp");
    expect(predict.choices).toContain("/app/hello");
    expect(predict.choices.length).toBeLessThanOrEqual(6);
  });

  it("a fence marked fragment is accepted; the same fence unmarked fails the build", () => {
    editSteps((t) => t.replace("```dockerfile fragment", "```dockerfile"));
    expect(problems()[0]).toContain(
      'lessons/why-multi-stage/steps.yaml (step 3 ("add-the-runtime-stage")): the ```dockerfile block starting "COPY --from=build /app/build/hello .": BuildKit would fail',
    );
  });
});

describe("a malformed steps.yaml names the file and the fix", { timeout: 30_000 }, () => {
  it("an unknown field", () => {
    editSteps((t) => t.replace("  tab: image\n- id: name", "  tab: image\n  colour: blue\n- id: name"));
    expect(problems()).toEqual(['lessons/why-multi-stage/steps.yaml: step 1 ("one-image") is invalid: (top level): Unrecognized key: "colour"']);
  });

  it("a duplicate id", () => {
    editSteps((t) => t.replace("id: practice", "id: one-image"));
    expect(problems()).toEqual(['lessons/why-multi-stage/steps.yaml: step 4 ("one-image") has the id of an earlier step; give each step an id of its own']);
  });

  it("a first step without file", () => {
    editSteps((t) => t.replace("  file: single.Dockerfile\n", ""));
    expect(problems()).toEqual(['lessons/why-multi-stage/steps.yaml: step 1 ("one-image") has no file:; the first step must name the Dockerfile the workbench starts from']);
  });

  it("an edit without apply", () => {
    editSteps((t) => t.replace("  apply: Add the runtime stage\n", ""));
    expect(problems()[0]).toMatch(/^lessons\/why-multi-stage\/steps\.yaml: step 3 \("add-the-runtime-stage"\) changes the Dockerfile \(named\.Dockerfile → multi\.Dockerfile\) but has no apply:; add apply:/);
  });

  it("an apply with no edit", () => {
    editSteps((t) => t.replace("  exercise: split", "  apply: Again\n  exercise: split"));
    expect(problems()).toEqual(['lessons/why-multi-stage/steps.yaml: step 4 ("practice") has apply: but does not change the Dockerfile; remove apply: or give the step a file: with the edit']);
  });

  it("a file that is not a lesson file", () => {
    editSteps((t) => t.replace("file: named.Dockerfile", "file: project/hello.cpp"));
    expect(problems()).toEqual(['lessons/why-multi-stage/steps.yaml: step 2 ("name-the-build-stage"): file "project/hello.cpp" is not a lesson Dockerfile; name a .Dockerfile of the lesson folder']);
    editSteps((t) => t.replace("file: named.Dockerfile", "file: nope.Dockerfile"));
    expect(problems()).toEqual(['lessons/why-multi-stage/steps.yaml: step 2 ("name-the-build-stage"): file "nope.Dockerfile" is not a file of lessons/why-multi-stage/; add it or fix the name']);
  });

  it("a last step that is not the lesson's dockerfile", () => {
    editSteps((t) => t.replace("  exercise: split-the-build-into-two-stages\n", "  exercise: split-the-build-into-two-stages\n  file: named.Dockerfile\n  apply: Undo it\n"));
    expect(problems()).toEqual([
      'lessons/why-multi-stage/steps.yaml: the last step ("practice") ends on named.Dockerfile, but the lesson\'s dockerfile: is multi.Dockerfile; the walkthrough must end on the finished Dockerfile',
    ]);
  });

  it("a predict target the step's file does not have", () => {
    editSteps((t) => t.replace("    target: build", "    target: runtime"));
    expect(problems()).toEqual(['lessons/why-multi-stage/steps.yaml: step 2 ("name-the-build-stage"): predict.target "runtime" is not a stage of named.Dockerfile (its named stages are "build"); fix the target or the file']);
  });

  it("a step target on the single-stage file", () => {
    editSteps((t) => t.replace("  tab: image\n- id: name", "  tab: image\n  target: build\n- id: name"));
    expect(problems()).toEqual(['lessons/why-multi-stage/steps.yaml: step 1 ("one-image"): target "build" is not a stage of single.Dockerfile (it has no named stage); fix the target or the file']);
  });

  it("targetBuilds without a target", () => {
    editSteps((t) => t.replace("    target: build\n", ""));
    expect(problems()).toEqual(['lessons/why-multi-stage/steps.yaml: step 2 ("name-the-build-stage"): predict.ask targetBuilds needs predict.target, the stage passed to --target']);
  });

  it("an unknown exercise id", () => {
    editSteps((t) => t.replace("exercise: split-the-build-into-two-stages", "exercise: split-it"));
    expect(problems()).toEqual([
      'lessons/why-multi-stage/steps.yaml: step 4 ("practice"): exercise "split-it" is not an exercise id of exercises.yaml (its ids: "split-the-build-into-two-stages"); fix the id',
    ]);
  });

  it("an unknown tab", () => {
    editSteps((t) => t.replace("tab: image\n- id: name", "tab: graph\n- id: name"));
    expect(problems()[0]).toMatch(/^lessons\/why-multi-stage\/steps\.yaml: step 1 \("one-image"\) is invalid: tab: /);
  });

  it("one step only", () => {
    convert(STEPS.slice(0, STEPS.indexOf("- id: name")));
    expect(problems()).toEqual(["lessons/why-multi-stage/steps.yaml: has 1 step; a walkthrough needs at least 2 (the problem, then the change that solves it)"]);
  });

  it("a body that does not start with the recap", () => {
    convert(STEPS, "\n## Background\n\nText.\n");
    expect(problems()).toEqual([
      'lessons/why-multi-stage/lesson.md: the text after the front matter must start with "## Recap" (a short list of what the lesson taught); the explanations go into the steps',
    ]);
  });

  it("a fence marked error that builds", () => {
    convert(STEPS, `${BODY}\n\`\`\`dockerfile error\nFROM alpine\n\`\`\`\n`);
    expect(problems()).toEqual(['lessons/why-multi-stage/lesson.md: the ```dockerfile error block starting "FROM alpine" is marked error but builds without a BuildKit error; show the mistake, or remove the marker']);
  });

  it("a fragment line that is no instruction", () => {
    editSteps((t) => t.replace("    COPY --from=build /app/build/hello .\n", "    COPY --from=build /app/build/hello .\n    COPYY x y\n"));
    expect(problems()[0]).toContain('line 2 ("COPYY") is not a Dockerfile instruction');
  });

  it("a hook size without a source", () => {
    convert();
    const md = path.join(dir(), "lesson.md");
    writeFileSync(md, readFileSync(md, "utf8").replace(/^compare:[\s\S]*?(?=^project:)/m, ""));
    expect(problems()).toEqual(['lessons/why-multi-stage/lesson.md: hook.size "303MB" has no source; add hook.source (or compare.source) saying where the size was measured']);
  });

  it("an unknown info string on a code block", () => {
    convert(STEPS, `${BODY}\n\`\`\`dockerfile snippet\nFROM alpine\n\`\`\`\n`);
    expect(problems()[0]).toContain('code block info string "dockerfile snippet" is not allowed');
  });
});
