import { describe, expect, it } from "vitest";
import { loadCourse, loadLesson } from "./load";
import { presenterSlides } from "./presenter-slides";

describe("presenterSlides", () => {
  it("lesson 1: title, the measured sizes, the walkthrough's five steps, six annotations, the comparison in two pages, the graph", () => {
    const slides = presenterSlides(loadLesson("why-multi-stage"));
    expect(slides.map((s) => s.id)).toEqual([
      "title",
      "sizes",
      "one-image-two-jobs",
      "name-the-build-stage",
      "add-the-runtime-stage",
      "copy-only-the-binary",
      "split-it-yourself",
      "annotation-1",
      "annotation-2",
      "annotation-3",
      "annotation-4",
      "annotation-5",
      "annotation-6",
      "diff",
      "diff-2",
      "graph",
    ]);
    const sizes = slides[1];
    expect(sizes?.kind === "sizes" && [sizes.before.label, sizes.before.size, sizes.before.bytes, sizes.after.label, sizes.after.size, sizes.after.bytes]).toEqual([
      "Single-stage",
      "303MB",
      303_000_000,
      "Multi-stage",
      "8.34MB",
      8_340_000,
    ]);
    expect(sizes?.kind === "sizes" && sizes.source.map((n) => ("text" in n ? n.text : "")).join("")).toContain("Measured by the course");
  });

  it("a step slide: the step's title, prose and Dockerfile, with the lines its edit changed", () => {
    const lesson = loadLesson("why-multi-stage");
    const steps = presenterSlides(lesson).flatMap((s) => (s.kind === "step" ? [s] : []));
    expect(steps.map((s) => [s.number, s.count, s.title])).toEqual([
      [1, 5, "One image, two jobs"],
      [2, 5, "Name the build stage"],
      [3, 5, "Add a runtime stage"],
      [4, 5, "Copy only the binary"],
      [5, 5, "Now you: split the build"],
    ]);
    const [first, named, runtime, copy, exercise] = steps;
    // The problem: the single-stage file, nothing changed yet, no edit to name.
    expect(first?.text).toBe(lesson.hook?.text);
    expect([first?.changed, first?.apply]).toEqual([[], undefined]);
    // Each later step emphasises exactly the lines its edit added or changed.
    const lines = (slide: typeof named) => (slide ? slide.changed.map((n) => slide.text.split("\n")[n - 1]) : []);
    expect(lines(named)).toEqual(["# Build Stage -------------------------------------------------------", "# Compile the application using Alpine with build tools", "FROM alpine:latest AS build"]);
    expect(lines(copy)).toContain("COPY --from=build /app/build/hello .");
    expect(lines(runtime)).toContain("FROM alpine:latest");
    expect(named?.apply?.map((n) => ("text" in n ? n.text : "")).join("")).toBe("Add AS build");
    expect(copy?.question?.map((n) => ("text" in n ? n.text : "")).join("")).toContain("docker build --target build");
    expect(copy?.body.length).toBeGreaterThan(0);
    // The exercise step changes nothing: the finished Dockerfile, no emphasis.
    expect([exercise?.text, exercise?.changed]).toEqual([lesson.dockerfile.text, []]);
  });

  it("a lesson without steps has no step slide, one slide per annotation", () => {
    const lesson = loadLesson("naming-stages");
    const slides = presenterSlides({ ...lesson, steps: [] });
    expect(slides.filter((s) => s.kind === "annotation").map((s) => s.id)).toEqual(lesson.annotations.map((a) => a.id));
    expect(slides.some((s) => s.kind === "step")).toBe(false);
  });

  it("a step named like one of the presenter's own slides gets a distinct id", () => {
    const lesson = loadLesson("why-multi-stage");
    const steps = lesson.steps.map((step, i) => ({ ...step, id: ["graph", "diff-2", "title", "sizes", "diff"][i] ?? step.id }));
    const ids = presenterSlides({ ...lesson, steps }).map((s) => s.id);
    expect(ids.slice(2, 7)).toEqual(["step-graph", "step-diff-2", "step-title", "step-sizes", "step-diff"]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("the second diff page holds the runtime stage: its FROM and the COPY --from", () => {
    const page = presenterSlides(loadLesson("why-multi-stage")).find((s) => s.id === "diff-2");
    const added = page?.kind === "diff" ? page.rows.flatMap((r) => (r.kind === "added" ? [r.text] : [])) : [];
    expect(added).toContain("FROM alpine:latest");
    expect(added).toContain("COPY --from=build /app/build/hello .");
  });

  it("only lesson 1 measured both sizes: no other lesson gets a size slide, and every slide id is unique", () => {
    for (const { slug } of loadCourse().lessons) {
      const slides = presenterSlides(loadLesson(slug));
      expect(slides.some((s) => s.kind === "sizes"), slug).toBe(slug === "why-multi-stage");
      expect(new Set(slides.map((s) => s.id)).size, slug).toBe(slides.length);
    }
  }, 30_000);

  it("a lesson without a comparison compares the edits live", () => {
    const slides = presenterSlides({ annotations: [], compare: null });
    expect(slides.map((s) => [s.kind, s.id])).toEqual([
      ["title", "title"],
      ["edits", "diff"],
      ["graph", "graph"],
    ]);
  });
});
