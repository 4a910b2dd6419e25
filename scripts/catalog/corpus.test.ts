import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkCorpus, contextPath, sha256, type CorpusManifest } from "./corpus";

const DOCKERFILE = "FROM golang:1-alpine AS builder\nCOPY . .\nRUN make build\nFROM scratch\nCOPY --from=builder /go/whoami/whoami .\n";
const MAKEFILE = "build:\n\tgo build -o whoami\n";

function manifest(): CorpusManifest {
  return {
    description: "",
    selection: "",
    excluded: {},
    repositories: [{ repo: "o/r", commit: "c".repeat(40), date: "2026-07-01" }],
    files: [{ repo: "o/r", path: "app/Dockerfile", commit: "c".repeat(40), sha256: sha256(DOCKERFILE), froms: 2 }],
    contexts: [{ repo: "o/r", dockerfile: "app/Dockerfile", commit: "c".repeat(40), files: [{ path: "Dockerfile", sha256: sha256(DOCKERFILE) }, { path: "Makefile", sha256: sha256(Buffer.from(MAKEFILE)) }] }],
  };
}

describe("a corpus with a build context", () => {
  it("checks the context's files next to the Dockerfile, by the sha256 of their bytes; they are not extra", () => {
    const dir = mkdtempSync(join(tmpdir(), "corpus-"));
    mkdirSync(join(dir, "o", "r", "app"), { recursive: true });
    writeFileSync(join(dir, "o", "r", "app", "Dockerfile"), DOCKERFILE);
    const m = manifest();
    expect(contextPath(dir, m.contexts![0]!, "Makefile")).toBe(join(dir, "o", "r", "app", "Makefile"));
    expect(checkCorpus(dir, m)).toEqual({ ok: false, missing: ["o/r/app/Makefile"], changed: [], extra: [] });
    writeFileSync(join(dir, "o", "r", "app", "Makefile"), "build:\n\ttrue\n");
    expect(checkCorpus(dir, m)).toEqual({ ok: false, missing: [], changed: ["o/r/app/Makefile"], extra: [] });
    writeFileSync(join(dir, "o", "r", "app", "Makefile"), MAKEFILE);
    expect(checkCorpus(dir, m)).toEqual({ ok: true, missing: [], changed: [], extra: [] });
    writeFileSync(join(dir, "o", "r", "app", "go.mod"), "module x\n");
    expect(checkCorpus(dir, m)).toEqual({ ok: false, missing: [], changed: [], extra: ["o/r/app/go.mod"] });
  });
});
