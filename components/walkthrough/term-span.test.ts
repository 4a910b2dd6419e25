import { describe, expect, it } from "vitest";
import { termSpan } from "./term-span";

const FILE = "# Copy with COPY --from\nFROM alpine:latest AS build\nRUN make\nFROM alpine:latest\ncopy --from=build /app/build/hello .\n";

describe("termSpan", () => {
  it("COPY --from finds the instruction, not the comment, whatever its case", () => {
    expect(termSpan(FILE, "COPY --from")).toEqual({ line: 5, endLine: 5 });
  });
  it("AS build finds the first FROM", () => {
    expect(termSpan(FILE, "AS build")).toEqual({ line: 2, endLine: 2 });
  });
  it("a term the file does not have finds nothing", () => {
    expect(termSpan(FILE, "WORKDIR /app")).toBeNull();
  });
});
