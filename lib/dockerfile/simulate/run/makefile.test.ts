import { describe, expect, it } from "vitest";
import { emptyState } from "../fs-model";
import { simulateRun } from ".";
import { expandMake, makeRecipe, parseMakefile } from "./makefile";

// traefik/whoami's Makefile at 8951300b46f13ce678dbed8a692ef2ccecf0eec4 (the corpus commit), verbatim.
const WHOAMI = `.PHONY: default check test build image

IMAGE_NAME := traefik/whoami

default: check test build

build:
\tCGO_ENABLED=0 go build -a --trimpath --installsuffix cgo --ldflags="-s" -o whoami

test:
\tgo test -v -cover ./...

check:
\tgolangci-lint run

image:
\tdocker build -t $(IMAGE_NAME) .

protoc:
\t protoc --proto_path . ./grpc.proto --go-grpc_out=./ --go_out=./
`;

describe("reading a Makefile", () => {
  it("gives a target's recipe, prerequisites first, with the Makefile's variables expanded", () => {
    const mk = parseMakefile(WHOAMI)!;
    expect(mk.defaultTarget).toBe("default");
    expect(makeRecipe(mk, ["build"])).toEqual(['CGO_ENABLED=0 go build -a --trimpath --installsuffix cgo --ldflags="-s" -o whoami']);
    expect(makeRecipe(mk, [])).toEqual(["golangci-lint run", "go test -v -cover ./...", 'CGO_ENABLED=0 go build -a --trimpath --installsuffix cgo --ldflags="-s" -o whoami']);
    expect(makeRecipe(mk, ["image"])).toEqual(["docker build -t traefik/whoami ."]);
    expect(makeRecipe(mk, ["no-such-target"])).toBeNull();
  });

  it("leaves unknown what it does not follow: undefined variables, functions, conditionals, includes, pattern rules", () => {
    expect(expandMake("$(CC) -o $@ $$HOME", new Map([["CC", "gcc"]]))).toBeNull();
    expect(expandMake("$(CC) -o out $$HOME ${X}", new Map([["CC", "$(REAL)"], ["REAL", "gcc"], ["X", "x"]]))).toBe("gcc -o out $HOME x");
    expect(makeRecipe(parseMakefile("all:\n\t$(shell ls) > x\n")!, [])).toEqual([null]);
    expect(parseMakefile("include common.mk\nall:\n\ttrue\n")).toBeNull();
    expect(parseMakefile("ifeq ($(X),1)\nall:\n\ttrue\nendif\n")).toBeNull();
    expect(parseMakefile("%.o: %.c\n\tgcc -c $<\n")).toBeNull();
  });
});

describe("RUN make", () => {
  const stage = { label: "builder", named: true };
  const withMakefile = (makefile: string | null) => {
    const state = emptyState({ ref: "golang:1-alpine", imageId: null, folders: [], foldersSource: null });
    state.workdir = "/go/whoami";
    state.contents.set("/go/whoami/go.mod", "module github.com/traefik/whoami\n\ngo 1.24\n");
    if (makefile !== null) state.contents.set("/go/whoami/Makefile", makefile);
    return state;
  };

  it("runs the target's recipe: whoami's `make build` is a go build -o whoami, sized by the labelled Go rule of thumb", () => {
    const state = withMakefile(WHOAMI);
    const result = simulateRun({ state, script: "make build", stage });
    expect(result.reasons).toEqual([]);
    expect(result.known).toBe(6_469_790);
    expect(result.approximations).toEqual([{ kind: "go-rule-of-thumb" }]);
    expect(result.what).toEqual([{ kind: "command", text: "make build" }, { kind: "command", text: "go build" }]);
    expect(state.tree.get("/go/whoami/whoami")).toMatchObject({ type: "file", bytes: 6_469_790, approximate: true });
  });

  it("is unknown without a Makefile it can read, or for a recipe line it cannot expand", () => {
    const none = simulateRun({ state: withMakefile(null), script: "make build", stage });
    expect(none.reasons).toEqual([{ kind: "project-output", by: null }]);
    expect(none.known).toBe(0);
    const unread = simulateRun({ state: withMakefile("build:\n\tgo build -o $(OUT)\n"), script: "make -C /go/whoami build", stage });
    expect(unread.reasons).toEqual([{ kind: "project-output", by: null }]);
    expect(unread.known).toBe(0);
    // A recipe that runs make again is not read again (no endless recursion): unknown.
    const recursive = simulateRun({ state: withMakefile("all:\n\tmake all\n"), script: "make", stage });
    expect(recursive.reasons).toEqual([{ kind: "project-output", by: null }]);
    expect(recursive.what).toEqual([{ kind: "command", text: "make" }, { kind: "command", text: "make" }]);
  });
});
