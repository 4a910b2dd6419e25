import { describe, expect, it } from "vitest";
import { addNode, baseName, cloneState, emptyState, isUnder, joinPath, normPath, parentPath, resolvePath } from "./fs-model";

describe("the file-system model", () => {
  it("paths", () => {
    expect(normPath("a//b/./c/../d/")).toBe("/a/b/d");
    expect(normPath("../..")).toBe("/");
    expect(resolvePath("/app", "build/hello")).toBe("/app/build/hello");
    expect(resolvePath("/app", "/etc")).toBe("/etc");
    expect(joinPath("/app", "")).toBe("/app");
    expect(baseName("/app/build/hello")).toBe("hello");
    expect(parentPath("/app")).toBe("/");
    expect(parentPath("/app/build")).toBe("/app");
    expect(isUnder("/app/x", "/app")).toBe(true);
    expect(isUnder("/apple", "/app")).toBe(false);
    expect(isUnder("/", "/")).toBe(false);
  });

  it("a new path brings its missing parents with the same origin; a directory keeps its first origin", () => {
    const state = emptyState({ ref: "alpine", imageId: null, folders: [], foldersSource: null });
    addNode(state, "/app/build/hello", { type: "file", bytes: 10, origin: "run", stage: "build", from: null, note: null, opaque: false });
    expect(state.tree.get("/app")).toMatchObject({ type: "dir", origin: "run", stage: "build", bytes: null });
    addNode(state, "/app", { type: "dir", bytes: null, origin: "context", stage: "x", from: null, note: { kind: "dependencies" }, opaque: true });
    expect(state.tree.get("/app")).toMatchObject({ origin: "run", opaque: true, note: { kind: "dependencies" } });
    addNode(state, "/", { type: "dir", bytes: null, origin: "run", stage: null, from: null, note: null, opaque: false });
    expect(state.tree.has("/")).toBe(false);
  });

  it("a clone is independent of its original", () => {
    const state = emptyState({ ref: "alpine", imageId: null, folders: ["etc"], foldersSource: null });
    addNode(state, "/a", { type: "file", bytes: 1, origin: "run", stage: "s", from: null, note: null, opaque: false });
    const copy = cloneState(state);
    (copy.tree.get("/a") as { bytes: number | null }).bytes = 2;
    copy.env.set("X", "1");
    expect(state.tree.get("/a")?.bytes).toBe(1);
    expect(state.env.has("X")).toBe(false);
  });
});
