import { describe, expect, it } from "vitest";
import { CATALOG, COURSE_FIGURES, IMAGES, findImage, lookupPackages, parseImageRef, qualifyImage } from "./index";

describe("catalog", () => {
  it("every entry has a size in whole bytes, a kind, a version and a source with a document", () => {
    for (const e of CATALOG) {
      expect(Number.isInteger(e.bytes), e.id).toBe(true);
      expect(e.bytes, e.id).toBeGreaterThanOrEqual(0);
      expect(["on-disk", "compressed", "unstated"], e.id).toContain(e.kind);
      expect(e.version.length, e.id).toBeGreaterThan(0);
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) {
        expect(s.document.length, e.id).toBeGreaterThan(0);
        // A dated figure uses ISO dates; an undated one says so with null.
        if (s.date !== null) expect(s.date, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it("ids are unique", () => {
    expect(new Set(CATALOG.map((e) => e.id)).size).toBe(CATALOG.length);
  });

  it("an entry copied from a fact sheet without a first-hand source or date explains itself in its derivation", () => {
    for (const e of CATALOG) {
      const firstHand = e.sources.some((s) => s.firstHand);
      if (!firstHand) expect(e.derivation, e.id).not.toBeNull();
    }
  });

  it("the course-derived figures add up: alpine:latest + hello = 8.34MB, alpine + toolchain + project + build dir = 303MB", () => {
    const f = COURSE_FIGURES;
    expect(f.COURSE_ALPINE_LATEST_BYTES + f.COURSE_HELLO_BINARY_BYTES).toBe(8_340_000);
    expect(f.COURSE_ALPINE_LATEST_BYTES + f.COURSE_TOOLCHAIN_BYTES + f.COURSE_PROJECT_FILES_BYTES + f.COURSE_BUILD_DIR_BYTES).toBe(303_000_000);
    expect(f.COURSE_TOOLCHAIN_BYTES).toBe(294_534_513);
    expect(f.COURSE_BUILD_DIR_BYTES).toBe(141_137);
  });

  it("the derived alpine:latest is within 2% of repo-info's alpine:3.23.6, an independent figure", () => {
    const derived = findImage("alpine:latest")?.bytes ?? 0;
    const ri = findImage("alpine:3.23")?.bytes ?? 0;
    expect(ri).toBe(8_420_000);
    expect(Math.abs(derived - ri) / ri).toBeLessThan(0.02);
  });

  it("scratch is 0 bytes, distroless static is around 2 MiB with an unstated kind", () => {
    expect(findImage("scratch")?.bytes).toBe(0);
    const d = findImage("gcr.io/distroless/static-debian13");
    expect(d?.bytes).toBe(2 * 1024 * 1024);
    expect(d?.kind).toBe("unstated");
    expect(d?.approximate).toBe(true);
  });

  it("lookups prefer on-disk figures and normalise docker.io/library/", () => {
    expect(findImage("docker.io/library/alpine:3.23")?.kind).toBe("on-disk");
    expect(findImage("alpine")?.id).toBe("image:alpine:latest:course");
    expect(findImage("python:3.12-slim")).toBeNull();
    expect(parseImageRef("docker.io/library/node:24-alpine@sha256:abc")).toEqual({ repository: "node", tag: "24-alpine", digest: "sha256:abc" });
    expect(qualifyImage("ubuntu", false)).toBe("docker.io/library/ubuntu");
    expect(qualifyImage("ubuntu", true)).toBe("docker.io/library/ubuntu:latest");
    expect(qualifyImage("gcr.io/distroless/static-debian13", true)).toBe("gcr.io/distroless/static-debian13:latest");
    expect(IMAGES.filter((i) => i.kind === "compressed").every((i) => findImage(`${i.repository}:${i.tags[0]}`)?.kind === "on-disk")).toBe(true);
  });

  it("apk add g++ make cmake is the course's derived layer; g++ alone is unknown; libstdc++ adds nothing after g++", () => {
    const course = lookupPackages("apk", ["g++", "make", "cmake"]);
    expect(course.unknown).toEqual([]);
    expect(course.bytes).toBe(294_534_513);
    expect(lookupPackages("apk", ["g++"]).unknown).toEqual(["g++"]);
    expect(lookupPackages("apk", ["g++", "make", "cmake", "libstdc++"]).bytes).toBe(294_534_513);
    expect(lookupPackages("apk", ["libstdc++"]).bytes).toBe(2907 * 1024);
    expect(lookupPackages("apt", ["build-essential"]).unknown).toEqual(["build-essential"]);
  });
});
