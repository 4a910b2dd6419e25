import { describe, expect, it } from "vitest";
import { cn } from "./cn";

describe("cn", () => {
  it("a later utility of the same kind replaces the earlier one", () => {
    expect(cn("inline-flex min-h-10 px-3 text-sm", "min-h-8 py-0")).toBe("inline-flex px-3 text-sm min-h-8 py-0");
  });
  it("keeps variants apart: hover:bg-x does not replace bg-y", () => {
    expect(cn("bg-surface hover:bg-surface-2", "bg-accent")).toBe("hover:bg-surface-2 bg-accent");
  });
  it("a text colour does not replace a font size", () => {
    expect(cn("text-sm text-muted", "text-danger")).toBe("text-sm text-danger");
  });
  it("p-2 replaces px-3 and py-1 written before it", () => {
    expect(cn("px-3 py-1", "p-2")).toBe("p-2");
  });
  it("drops falsy parts and duplicates", () => {
    expect(cn("a", false, null, undefined, "a b")).toBe("a b");
  });
});
