import { describe, expect, it } from "vitest";
import { loadLessonBuild } from "../course/build-context";
import { loadLesson } from "../course/load";
import { lessonContextUrl, parseLessonBuild } from "./lesson-context";

describe("a lesson's build context for the playground", () => {
  it("what the build writes for lesson 1 reads back as the lesson page's build", () => {
    const build = loadLessonBuild(loadLesson("why-multi-stage"));
    expect(parseLessonBuild(JSON.parse(JSON.stringify(build)))).toEqual(build);
    expect(build.calibration).toBe("course");
    expect(lessonContextUrl("why-multi-stage")).toBe("/playground/context/why-multi-stage.json");
  });

  it("anything else is refused, not half-read", () => {
    expect(parseLessonBuild(null)).toBeNull();
    expect(parseLessonBuild([])).toBeNull();
    expect(parseLessonBuild({ contextFiles: "x" })).toBeNull();
    expect(parseLessonBuild({ contextFiles: [{ path: "a", size: -1 }] })).toBeNull();
    expect(parseLessonBuild({ contextFiles: [{ path: "a", size: 1, content: 3 }] })).toBeNull();
    expect(parseLessonBuild({ calibration: "other", measured: { size: 1 } })).toEqual({ measured: null });
  });
});
