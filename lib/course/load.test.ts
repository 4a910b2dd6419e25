import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkLessons, loadCourse, loadLesson, loadProjectFiles } from "./load";

const REAL_ROOT = path.join(process.cwd(), "lessons");
let root: string;

beforeEach(() => {
  root = path.join(mkdtempSync(path.join(tmpdir(), "stagecraft-")), "lessons");
  cpSync(REAL_ROOT, root, { recursive: true });
});
afterEach(() => rmSync(path.dirname(root), { recursive: true, force: true }));

const edit = (rel: string, change: (text: string) => string) => {
  const file = path.join(root, rel);
  writeFileSync(file, change(readFileSync(file, "utf8")));
};
const problems = () => checkLessons(root).errors.map((e) => e.message);

describe("the real course", () => {
  it("validates with no problems", () => {
    expect(checkLessons(REAL_ROOT).errors).toEqual([]);
  });

  it("lesson 1 anchors its annotations to the seed's lines", () => {
    const lesson = loadLesson("why-multi-stage", REAL_ROOT);
    expect(lesson.annotations.map((a) => [a.title, a.span.line])).toEqual([
      ["The build stage", 4],
      ["The build tools", 7],
      ["Compiling", 14],
      ["A fresh runtime stage", 19],
      ["Copying the binary across", 25],
      ["Running it", 28],
    ]);
  });

  it("lesson 1 ships hello.cpp, CMakeLists.txt and both Dockerfiles", () => {
    expect(loadProjectFiles("why-multi-stage", REAL_ROOT).map((f) => f.path)).toEqual([
      ".dockerignore",
      "CMakeLists.txt",
      "Dockerfile",
      "hello.cpp",
      "single-stage.Dockerfile",
    ]);
  });

  it("the course lists lesson 1 first", () => {
    expect(loadCourse(REAL_ROOT).lessons[0]?.title).toBe("Why multi-stage builds?");
  });
});

describe("a broken lesson names the file and the fix", () => {
  it("an anchor that matches nothing", () => {
    edit("why-multi-stage/annotations.yaml", (t) => t.replace("contains: --from=build", "contains: --from=builder"));
    expect(problems()).toEqual([
      'lessons/why-multi-stage/annotations.yaml: annotation 5 ("Copying the binary across") matches no instruction COPY containing "--from=builder" in stage "last" of multi.Dockerfile; fix the anchor or the Dockerfile',
    ]);
  });

  it("an ambiguous anchor", () => {
    edit("why-multi-stage/annotations.yaml", (t) => t.replace('contains: "cmake .."', "contains: make"));
    expect(problems()[0]).toContain('annotation 3 ("Compiling") matches 2 instructions RUN containing "make" in stage "build" (lines 7, 14)');
  });

  it("a missing Dockerfile", () => {
    edit("why-multi-stage/lesson.md", (t) => t.replace("dockerfile: multi.Dockerfile", "dockerfile: mutli.Dockerfile"));
    expect(problems()).toEqual([
      "lessons/why-multi-stage/lesson.md: refers to lessons/why-multi-stage/mutli.Dockerfile, which does not exist; add the file or fix the name",
    ]);
  });

  it("a front matter field of the wrong type", () => {
    edit("why-multi-stage/lesson.md", (t) => t.replace("    size: 303MB", "    size: 303 megabytes"));
    expect(problems()[0]).toBe(
      'lessons/why-multi-stage/lesson.md: front matter is invalid: compare.before.size: must look like docker image ls prints it, e.g. "8.34MB"',
    );
  });

  it("raw HTML in the lesson text, with its line", () => {
    edit("why-multi-stage/lesson.md", (t) => t.replace("## Recap", "## Recap\n\n<script>alert(1)</script>"));
    const headingLine = readFileSync(path.join(REAL_ROOT, "why-multi-stage/lesson.md"), "utf8").split("\n").indexOf("## Recap") + 1;
    expect(problems()[0]).toMatch(new RegExp(`^lessons/why-multi-stage/lesson\\.md:${headingLine + 2}: unsupported Markdown block \\(html\\)`));
  });

  it("a lesson folder the course does not list", () => {
    cpSync(path.join(root, "why-multi-stage"), path.join(root, "extra-lesson"), { recursive: true });
    expect(problems()).toEqual([
      'lessons/course.yaml: does not list the lesson folder "extra-lesson"; add it to lessons: in the order students should take it',
    ]);
  });

  it("two exercises with the same id", () => {
    edit("why-multi-stage/exercises.yaml", (t) => `${t}\n${t.replace(/^#.*\n/gm, "")}`);
    expect(problems()).toEqual([
      'lessons/why-multi-stage/exercises.yaml: exercise 2 ("Split the build into two stages") has the id "split-the-build-into-two-stages" of an earlier exercise; give it an id: of its own',
    ]);
  });

  it("an exercise title that numbers itself", () => {
    edit("why-multi-stage/exercises.yaml", (t) => t.replace("- title: Split the build into two stages", '- title: "1. Split the build into two stages"'));
    expect(problems()[0]).toContain('0.title: must not start with a number ("2. …"): the page numbers exercises itself');
  });

  it("a link that is not https", () => {
    edit("why-multi-stage/lesson.md", (t) => t.replace("## Recap", "## Recap\n\nSee [this](javascript:alert(1))."));
    expect(problems()[0]).toContain('link "javascript:alert(1)" must start with https://, / or #');
  });
});
