import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diffLines } from "./diff";
import { diffPages, type HunkRow } from "./diff-hunks";

const lesson = (file: string) => readFileSync(`lessons/why-multi-stage/${file}`, "utf8");
const show = (rows: HunkRow[]) => rows.map((r) => (r.kind === "fold" ? `… ${r.count}` : `${r.kind === "same" ? " " : r.kind === "added" ? "+" : "-"}${r.newLine ?? r.oldLine}`));

describe("diffPages", () => {
  it("single-stage → multi-stage: the first FROM on one page, the runtime stage (second FROM, COPY --from) on the next", () => {
    const pages = diffPages(diffLines(lesson("single.Dockerfile"), lesson("multi.Dockerfile")), { context: 1, maxRows: 16 });
    expect(pages.map(show)).toEqual([
      ["-1", "+1", " 2", "-3", "-4", "+3", "+4", " 5"],
      [" 15", "-16", "-17", "+16", "+17", "+18", "+19", "+20", "+21", "+22", "+23", "+24", "+25", "+26", "+27", " 28"],
    ]);
    const second = pages[1] ?? [];
    expect(second.some((r) => r.kind === "added" && r.text === "FROM alpine:latest")).toBe(true);
    expect(second.some((r) => r.kind === "added" && r.text === "COPY --from=build /app/build/hello .")).toBe(true);
  });

  it("changes that fit share a page, with the unchanged lines between them folded", () => {
    const before = ["a", "b", "c", "d", "e", "f", "g", "h"].join("\n");
    const after = ["A", "b", "c", "d", "e", "f", "g", "H"].join("\n");
    expect(diffPages(diffLines(before, after), { context: 1, maxRows: 16 }).map(show)).toEqual([["-1", "+1", " 2", "… 4", " 7", "-8", "+8"]]);
  });

  it("changes one line apart are one part: folding a single line saves nothing", () => {
    expect(diffPages(diffLines("a\nb\nc\nd\ne", "A\nb\nc\nd\nE"), { context: 1, maxRows: 16 }).map(show)).toEqual([["-1", "+1", " 2", " 3", " 4", "-5", "+5"]]);
  });

  it("no change, no page", () => {
    expect(diffPages(diffLines("a\nb", "a\nb"), { context: 1, maxRows: 16 })).toEqual([]);
  });
});
