import { describe, expect, it } from "vitest";
import { loadCourse, loadLesson } from "./load";
import { presenterSlides } from "./presenter-slides";

describe("presenterSlides", () => {
  it("lesson 1: title, the measured sizes, six annotations, the comparison in two pages, the graph", () => {
    const slides = presenterSlides(loadLesson("why-multi-stage"));
    expect(slides.map((s) => s.id)).toEqual(["title", "sizes", "annotation-1", "annotation-2", "annotation-3", "annotation-4", "annotation-5", "annotation-6", "diff", "diff-2", "graph"]);
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
  });

  it("a lesson without a comparison compares the edits live", () => {
    const slides = presenterSlides({ annotations: [], compare: null });
    expect(slides.map((s) => [s.kind, s.id])).toEqual([
      ["title", "title"],
      ["edits", "diff"],
      ["graph", "graph"],
    ]);
  });
});
