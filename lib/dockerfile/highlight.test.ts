import { describe, expect, it } from "vitest";
import { highlightDockerfile } from "./highlight";

describe("highlightDockerfile", () => {
  it("FROM alpine:latest AS build colours FROM and AS as keywords", () => {
    expect(highlightDockerfile("FROM alpine:latest AS build")).toEqual([
      [
        { text: "FROM", kind: "keyword" },
        { text: " alpine:latest ", kind: "plain" },
        { text: "AS", kind: "keyword" },
        { text: " build", kind: "plain" },
      ],
    ]);
  });

  it("COPY --from=build marks the flag", () => {
    const [line] = highlightDockerfile("COPY --from=build /app/build/hello .");
    expect(line?.map((t) => t.kind)).toEqual(["keyword", "plain", "flag", "plain"]);
    expect(line?.[2]?.text).toBe("--from");
  });

  it("a comment line is one comment token, keeping its indentation", () => {
    expect(highlightDockerfile("  # Build Stage")).toEqual([
      [
        { text: "  ", kind: "plain" },
        { text: "# Build Stage", kind: "comment" },
      ],
    ]);
  });

  it("CMD [\"./hello\"] colours the string", () => {
    const [line] = highlightDockerfile('CMD ["./hello"]');
    expect(line).toContainEqual({ text: '"./hello"', kind: "string" });
  });

  it("a continuation line is not read as a new instruction", () => {
    const lines = highlightDockerfile("RUN apk add \\\n  run make");
    expect(lines[1]).toEqual([{ text: "  run make", kind: "plain" }]);
  });

  it("variables are coloured in both forms", () => {
    const [line] = highlightDockerfile("FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}");
    expect(line?.filter((t) => t.kind === "variable").map((t) => t.text)).toEqual(["$BUILDPLATFORM", "${GO_VERSION}"]);
  });

  it("keeps every character of the input", () => {
    const text = 'FROM a AS b\n# c\nRUN echo "x" \\\n  && y $Z\n\n';
    const joined = highlightDockerfile(text)
      .map((l) => l.map((t) => t.text).join(""))
      .join("\n");
    expect(joined).toBe(text);
  });
});
