import { describe, expect, it } from "vitest";
import { familyOf, goUses, nativeCProgram, staticFlag, usesCxxLibrary } from "./programs";

describe("familyOf", () => {
  it("knows the C library, the shell and whether gcc is there", () => {
    expect(familyOf("alpine:3.20")).toEqual({ libc: "musl", shell: "busybox", cCompiler: false });
    expect(familyOf("golang:1.26-alpine")).toMatchObject({ libc: "musl", cCompiler: false });
    expect(familyOf("golang:1.26-bookworm")).toEqual({ libc: "glibc", shell: "dash", cCompiler: true });
    expect(familyOf("debian:bookworm-slim")).toMatchObject({ libc: "glibc", shell: "dash", cCompiler: false });
    expect(familyOf("gcr.io/distroless/static-debian13")).toMatchObject({ libc: "none", shell: "none" });
    expect(familyOf("scratch")).toEqual({ libc: "none", shell: "none", cCompiler: false });
    expect(familyOf("example.com/unknown:1")).toEqual({ libc: null, shell: null, cCompiler: null });
  });
});

describe("C and C++ programs", () => {
  const alpine = familyOf("alpine:latest");
  it("a printf-only C++ program on Alpine's GCC (--as-needed) needs no libstdc++; std::cout does", () => {
    expect(usesCxxLibrary('#include <cstdio>\nint main() { printf("hi\\n"); }')).toBe(false);
    expect(usesCxxLibrary("#include <iostream>\nint main() { std::cout << 1; }")).toBe(true);
    const cout = nativeCProgram({ language: "c++", by: "g++", stage: "build", family: alpine, static: false, sources: ["#include <iostream>"] });
    expect(cout).toMatchObject({ libc: "musl", linkage: "dynamic", libraries: ["libstdc++.so.6", "libgcc_s.so.1"] });
    expect(nativeCProgram({ language: "c++", by: "g++", stage: "build", family: alpine, static: false, sources: ["#include <cstdio>"] })).toMatchObject({ libraries: [] });
  });

  it("unknown sources leave the libraries unknown; -static needs none; Debian's GCC always links libstdc++", () => {
    expect(nativeCProgram({ language: "c++", by: "g++", stage: "build", family: alpine, static: false, sources: [undefined] })).toMatchObject({ libraries: null });
    expect(nativeCProgram({ language: "c++", by: "g++", stage: "build", family: alpine, static: true, sources: [undefined] })).toMatchObject({ linkage: "static", libraries: [] });
    expect(nativeCProgram({ language: "c++", by: "g++", stage: "build", family: familyOf("debian:bookworm"), static: false, sources: ["#include <cstdio>"] })).toMatchObject({ libc: "glibc", libraries: ["libstdc++.so.6", "libgcc_s.so.1"] });
    expect(staticFlag("-static")).toBe(true);
    expect(staticFlag("-static-libstdc++")).toBe(false);
  });
});

describe("goUses", () => {
  it("reads imports, TLS and the time-zone lookup with how its error is handled", () => {
    const server = 'import (\n"log"\n"net/http"\n"time"\n)\nfunc main() {\nv, err := time.LoadLocation("Europe/Vienna")\nif err != nil {\nlog.Fatalf("x: %v", err)\n}\n_ = v\n}';
    expect(goUses([server])).toEqual({ net: true, uses: { tls: false, timezone: { zone: "Europe/Vienna", fatal: true }, tzEmbedded: false } });
    expect(goUses(['import (\n"fmt"\n_ "time/tzdata"\n)\nhttp.Get("https://example.com/")']).uses).toMatchObject({ tls: true, tzEmbedded: true, timezone: null });
  });
});
