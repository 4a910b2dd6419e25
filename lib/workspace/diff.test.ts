import { describe, expect, it } from "vitest";
import { diffLines } from "./diff";

describe("diffLines", () => {
  it("identical texts are all same", () => {
    expect(diffLines("a\nb\n", "a\nb\n").map((l) => l.kind)).toEqual(["same", "same"]);
  });

  it("an inserted stage shows as added lines with new line numbers", () => {
    expect(diffLines("FROM alpine\nCMD x", "FROM alpine AS build\nRUN make\nFROM alpine\nCMD x")).toEqual([
      { kind: "added", text: "FROM alpine AS build", oldLine: null, newLine: 1 },
      { kind: "added", text: "RUN make", oldLine: null, newLine: 2 },
      { kind: "same", text: "FROM alpine", oldLine: 1, newLine: 3 },
      { kind: "same", text: "CMD x", oldLine: 2, newLine: 4 },
    ]);
  });

  it("a changed line is removed then added", () => {
    expect(diffLines("WORKDIR /app/build\n", "WORKDIR /app\n")).toEqual([
      { kind: "removed", text: "WORKDIR /app/build", oldLine: 1, newLine: null },
      { kind: "added", text: "WORKDIR /app", oldLine: null, newLine: 1 },
    ]);
  });
});
