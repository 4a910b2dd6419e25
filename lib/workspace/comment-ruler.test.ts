import { describe, expect, it } from "vitest";
import { isCommentRuler } from "./comment-ruler";

describe("isCommentRuler", () => {
  it("the lessons' stage headings are rulers", () => {
    expect(isCommentRuler("# Runtime Stage -----------------------------------------------------")).toBe(true);
    expect(isCommentRuler("# Test Stage: starts from the build stage and runs the program once --")).toBe(false);
    expect(isCommentRuler("# ==========")).toBe(true);
  });

  it("a comment or code with a flag is not", () => {
    expect(isCommentRuler("# Install compiler, make and cmake (no cache to keep image small)")).toBe(false);
    expect(isCommentRuler("COPY --from=build /app/build/hello .")).toBe(false);
    expect(isCommentRuler("RUN echo ----")).toBe(false);
  });
});
