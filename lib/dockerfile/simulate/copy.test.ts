import { describe, expect, it } from "vitest";
import { copyFromContext, copyFromStage } from "./copy";
import { addNode, emptyState, type StageState } from "./fs-model";
import type { ContextFile } from "./types";

const stage = { label: "stage-1", named: false };
const fresh = (workdir = "/app"): StageState => ({ ...emptyState({ ref: "alpine", imageId: null, folders: ["usr", "etc"], foldersSource: "test" }), workdir });
const files: ContextFile[] = [
  { path: "a.cpp", size: 10 },
  { path: "b.txt", size: 3 },
  { path: "src/main.cpp", size: 20 },
  { path: "src/sub/util.h", size: 5 },
  { path: "build/old.o", size: 99 },
];
const fromContext = (sources: string[], destRaw: string, over: { dockerignore?: string; files?: ContextFile[] | undefined } = {}) => {
  const state = fresh();
  const r = copyFromContext({ state, sources, destRaw, stage, files: "files" in over ? over.files : files, dockerignore: over.dockerignore ?? "", heredocs: [] });
  return { r, paths: [...state.tree.entries()].filter(([, n]) => n.type === "file").map(([p]) => p).sort() };
};

describe("COPY from the build context", () => {
  it("a wildcard matches within one segment; a matched directory arrives by its contents", () => {
    const { r, paths } = fromContext(["*.cpp", "s*"], "/out/");
    expect(paths).toEqual(["/out/a.cpp", "/out/main.cpp", "/out/sub/util.h"]);
    expect(r.known).toBe(35);
    expect(r.what).toEqual({ kind: "context-files", count: 3 });
    expect(r.reasons).toEqual([]);
  });

  it("a wildcard after a literal directory, and character classes", () => {
    expect(fromContext(["src/*.cpp"], "/out/").paths).toEqual(["/out/main.cpp"]);
    expect(fromContext(["[ab].*"], "/out/").paths).toEqual(["/out/a.cpp", "/out/b.txt"]);
    expect(fromContext(["[^a]*.txt"], "/out/").paths).toEqual(["/out/b.txt"]);
  });

  it("a wildcard that matches nothing copies nothing, and the build goes on (BuildKit's AllowEmptyWildcard)", () => {
    const { r, paths } = fromContext(["nomatch*"], "/out/");
    expect(paths).toEqual([]);
    expect(r).toMatchObject({ known: 0, reasons: [] });
  });

  it("a plain path that is not there fails the build", () => {
    expect(fromContext(["missing.txt"], "/out/").r.reasons).toEqual([{ kind: "not-in-context", path: "missing.txt" }]);
  });

  it("`.` copies every file .dockerignore leaves in, keeping paths", () => {
    const { paths } = fromContext(["."], ".", { dockerignore: "build/\n*.txt\n" });
    expect(paths).toEqual(["/app/a.cpp", "/app/src/main.cpp", "/app/src/sub/util.h"]);
  });

  it("without a context: unknown, it depends on the project", () => {
    const { r } = fromContext(["."], ".", { files: undefined });
    expect(r.reasons).toEqual([{ kind: "context-not-given" }]);
    expect(r.what).toEqual({ kind: "context-files", count: null });
  });
});

describe("COPY --from a stage", () => {
  const build = { label: "build", named: true };
  const source = () => {
    const state = fresh("/src");
    addNode(state, "/src/out/hello", { type: "file", bytes: 100, origin: "run", stage: "build", from: null, note: null, opaque: false });
    addNode(state, "/src/cache", { type: "dir", bytes: null, origin: "run", stage: "build", from: null, note: null, opaque: true });
    return state;
  };

  it("a file keeps its size; a directory brings its contents", () => {
    const state = fresh();
    const r = copyFromStage({ state, source: { state: source(), name: build }, sources: ["/src/out/hello", "/src/out"], destRaw: "/bin/", stage: "stage-1" });
    expect(state.tree.get("/bin/hello")).toMatchObject({ origin: "stage", stage: "stage-1", from: "build", bytes: 100 });
    expect(r.known).toBe(200);
    expect(r.what).toEqual({ kind: "stage-files", paths: ["/src/out/hello", "/src/out"], stage: build });
  });

  it("says why a path it cannot size is unknown: inside an opaque directory, in the base image, or not known at all", () => {
    const state = fresh();
    const r = copyFromStage({ state, source: { state: source(), name: build }, sources: ["/src/cache/x", "/usr/bin/curl", "/nope"], destRaw: "/d/", stage: "stage-1" });
    expect(r.reasons).toEqual([
      { kind: "made-by-unsized-step", stage: build, path: "/src/cache/x" },
      { kind: "base-image-file", stage: build, path: "/usr/bin/curl", image: "alpine" },
      { kind: "maybe-missing-in-stage", stage: build, path: "/nope" },
    ]);
    expect(state.tree.get("/d/curl")?.note).toEqual({ kind: "stage-base-image-file", stage: build, image: "alpine" });
  });
});
