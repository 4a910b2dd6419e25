import { describe, expect, it } from "vitest";
import type { LessonPredict } from "@/lib/course/types";
import { predictVeil } from "./predict-veil";

const TEXT = "FROM alpine AS build\nRUN make\nFROM alpine AS test\nFROM alpine AS runtime\nCOPY --from=build /a /a\n";
const builds = (target: string): LessonPredict => ({ ask: "targetBuilds", question: [], target, choices: ["build", "test", "runtime"], answer: ["build", "runtime"] });

describe("predictVeil", () => {
  it("hides the graph and the log while they show the asked target's stages for the step's text", () => {
    expect(predictVeil({ text: TEXT, predict: builds("runtime") }, TEXT, null)).toEqual(["stages", "log"]);
    expect(predictVeil({ text: TEXT, predict: builds("test") }, TEXT, "test")).toEqual(["stages", "log"]);
  });
  it("hides nothing when the workbench builds another target than the question's", () => {
    expect(predictVeil({ text: TEXT, predict: builds("build") }, TEXT, null)).toEqual([]);
    expect(predictVeil({ text: TEXT, predict: builds("runtime") }, TEXT, "test")).toEqual([]);
  });
  it("hides nothing once the student's text differs from the step's", () => {
    expect(predictVeil({ text: TEXT, predict: builds("runtime") }, `${TEXT}USER nobody\n`, null)).toEqual([]);
  });
  it("a stage count hides the graph; final-image files hide the Image tab; no question hides nothing", () => {
    expect(predictVeil({ text: TEXT, predict: { ask: "stageCount", question: [], answer: 3 } }, TEXT, "test")).toEqual(["stages"]);
    expect(predictVeil({ text: TEXT, predict: { ask: "finalImageFiles", question: [], choices: ["/a"], answer: ["/a"] } }, TEXT, null)).toEqual(["image"]);
    expect(predictVeil({ text: TEXT }, TEXT, null)).toEqual([]);
  });
});
