import type { LessonStep, WorkbenchTab } from "@/lib/course/types";

/**
 * The workbench tabs that would show the answer to a step's prediction before the student
 * reveals it: only while the workbench holds the step's own Dockerfile and the target the
 * question is about (once the student edits or picks another target, the tabs show theirs).
 *
 * - which stages a target runs: the stage graph (built/skipped) and the build log;
 * - how many stages: the stage graph;
 * - which files are in the final image: the Image tab's file list.
 */
export function predictVeil(step: Pick<LessonStep, "text" | "predict">, text: string, target: string | null): WorkbenchTab[] {
  const predict = step.predict;
  if (!predict || text !== step.text) return [];
  switch (predict.ask) {
    case "targetBuilds":
    case "legacyBuilds": {
      // No target chosen: the default, the last stage.
      const building = target ?? predict.choices[predict.choices.length - 1];
      return building === predict.target ? ["stages", "log"] : [];
    }
    case "stageCount":
      return ["stages"];
    case "finalImageFiles":
      return ["image"];
  }
}
