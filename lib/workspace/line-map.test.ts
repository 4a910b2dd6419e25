import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapLines } from "./line-map";

describe("mapLines", () => {
  it("lines added above move the old lines down", () => {
    const map = mapLines("a\nb\nc", "x\ny\na\nb\nc");
    expect([1, 2, 3].map(map.newLineOf)).toEqual([3, 4, 5]);
    expect([1, 2, 3, 4, 5].map(map.isUnchanged)).toEqual([false, false, true, true, true]);
  });

  it("a changed line is replaced by the line written in its place", () => {
    const map = mapLines("a\nCOPY --from=build x\nc", "a\nCOPY --from=biuld x\nc");
    expect(map.newLineOf(2)).toBeNull();
    expect(map.replacedBy(2)).toEqual({ first: 2, last: 2 });
    expect(map.replacedBy(1)).toBeNull();
  });

  it("a deleted line is replaced by nothing, at the place it was", () => {
    const map = mapLines("a\nb\nc", "a\nc");
    expect(map.newLineOf(2)).toBeNull();
    const replaced = map.replacedBy(2);
    expect(replaced && replaced.last < replaced.first).toBe(true);
    expect(map.newLineOf(3)).toBe(2);
  });

  it("one changed line among repeated ones keeps the others in place", () => {
    const map = mapLines("WORKDIR /app\nRUN a\nWORKDIR /app\nRUN b", "WORKDIR /app\nRUN a\nWORKDIR /srv\nRUN b");
    expect([1, 2, 3, 4].map(map.newLineOf)).toEqual([1, 2, null, 4]);
    expect(map.replacedBy(3)).toEqual({ first: 3, last: 3 });
  });

  it("a very large replacement counts as one block", () => {
    const before = Array.from({ length: 700 }, (_, i) => `RUN a${i}`).join("\n");
    const after = Array.from({ length: 700 }, (_, i) => `RUN b${i}`).join("\n");
    const map = mapLines(before, after);
    expect(map.newLineOf(5)).toBeNull();
    expect(map.replacedBy(5)).toEqual({ first: 1, last: 700 });
  });

  it("every unchanged line maps to an equal line, in order", () => {
    const line = fc.constantFrom("FROM a", "RUN x", "", "COPY . .", "# c");
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.array(line, { maxLength: 12 }), (oldLines, newLines) => {
        const [a, b] = [oldLines.join("\n").split("\n"), newLines.join("\n").split("\n")];
        const map = mapLines(a.join("\n"), b.join("\n"));
        let last = 0;
        for (let i = 1; i <= a.length; i++) {
          const n = map.newLineOf(i);
          if (n === null) continue;
          expect(b[n - 1]).toBe(a[i - 1]);
          expect(n).toBeGreaterThan(last);
          expect(map.isUnchanged(n)).toBe(true);
          last = n;
        }
      }),
    );
  });
});
