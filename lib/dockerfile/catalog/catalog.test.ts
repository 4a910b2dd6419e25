import { describe, expect, it } from "vitest";
import { BUILD_OUTPUTS, COURSE_ALPINE, COURSE_FIGURES, IMAGES_DATA, baseImageFacts, lookupPackages, parseImageRef, qualifyImage, resolveImage, sizeApkAdd, sizeAptInstall, sizeNpmLock, lockedPackages, type SystemPackages } from "./index";
import { parseTag } from "./tags";

const HAND_MADE = [COURSE_ALPINE, ...lookupPackages("apk", ["g++", "make", "cmake"]).entries, ...BUILD_OUTPUTS];

describe("the hand-made entries: the course's own figures", () => {
  it("every entry has a size in whole bytes, a kind, a version and a source with a document; ids are unique", () => {
    for (const e of HAND_MADE) {
      expect(Number.isInteger(e.bytes), e.id).toBe(true);
      expect(e.bytes, e.id).toBeGreaterThan(0);
      expect(e.version.length, e.id).toBeGreaterThan(0);
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) if (s.date !== null) expect(s.date, e.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (!e.sources.some((s) => s.firstHand)) expect(e.derivation, e.id).not.toBeNull();
    }
    expect(new Set(HAND_MADE.map((e) => e.id)).size).toBe(HAND_MADE.length);
  });

  it("the course-derived figures add up: alpine:latest + hello = 8.34MB, alpine + toolchain + project + build dir = 303MB", () => {
    const f = COURSE_FIGURES;
    expect(f.COURSE_ALPINE_LATEST_BYTES + f.COURSE_HELLO_BINARY_BYTES).toBe(8_340_000);
    expect(f.COURSE_ALPINE_LATEST_BYTES + f.COURSE_TOOLCHAIN_BYTES + f.COURSE_PROJECT_FILES_BYTES + f.COURSE_BUILD_DIR_BYTES).toBe(303_000_000);
    expect(f.COURSE_TOOLCHAIN_BYTES).toBe(294_534_513);
    expect(f.COURSE_BUILD_DIR_BYTES).toBe(141_137);
  });

  it("apk add g++ make cmake is the course's derived layer; g++ alone is not a course figure", () => {
    const course = lookupPackages("apk", ["g++", "make", "cmake"]);
    expect(course.unknown).toEqual([]);
    expect(course.bytes).toBe(294_534_513);
    expect(lookupPackages("apk", ["g++"]).unknown).toEqual(["g++"]);
    expect(lookupPackages("apk", ["g++", "make", "cmake", "libstdc++"]).covered).toContain("libstdc++");
  });
});

describe("resolveImage: which image a FROM names, as the data knows it", () => {
  it("FROM <official image:tag> alone: every tag in the data gives its own on-disk figure, and every alias its canonical tag's", () => {
    let checked = 0;
    for (const e of IMAGES_DATA.images) {
      if (!e.onDisk) continue;
      const r = resolveImage(e.ref);
      expect([r.by, r.bytes, r.confidence], e.ref).toEqual(["exact", e.onDisk.bytes, "sourced"]);
      checked++;
    }
    for (const [alias, a] of Object.entries(IMAGES_DATA.aliases)) {
      const canonical = IMAGES_DATA.images.find((e) => e.ref === a.canonical);
      if (!canonical?.onDisk) continue;
      const r = resolveImage(alias);
      expect([r.by, r.entry?.ref, r.bytes, r.confidence], alias).toEqual(["alias", a.canonical, canonical.onDisk.bytes, "sourced"]);
      checked++;
    }
    expect(checked).toBeGreaterThan(250);
  });

  it("the implicit tag is latest, docker.io/library/ is dropped, and the course's alpine:latest is used only with its calibration", () => {
    expect(resolveImage("alpine").name).toBe("alpine:latest");
    expect(resolveImage("docker.io/library/alpine:latest").bytes).toBe(resolveImage("alpine:latest").bytes);
    expect(resolveImage("alpine").entry?.ref).toBe("alpine:3.24.2");
    expect(resolveImage("alpine").bytes).toBe(8_420_000);
    const course = resolveImage("alpine:latest", { calibration: "course" });
    expect([course.by, course.bytes, course.confidence]).toEqual(["course", 8_324_040, "sourced"]);
    expect(resolveImage("alpine:3.23", { calibration: "course" }).bytes).toBe(8_420_000);
  });

  it("a digest resolves through the data when it is there, else the tag, said to be approximate", () => {
    const alpine = IMAGES_DATA.images.find((e) => e.ref === "alpine:3.24.2");
    expect(alpine?.indexDigest).toMatch(/^sha256:/);
    const pinned = resolveImage(`alpine@${alpine?.indexDigest}`);
    expect([pinned.by, pinned.entry?.ref, pinned.confidence]).toEqual(["digest", "alpine:3.24.2", "sourced"]);
    const unknown = resolveImage(`alpine:3.23@sha256:${"0".repeat(64)}`);
    expect([unknown.confidence, unknown.entry?.ref, unknown.note?.kind]).toEqual(["approximate", "alpine:3.23.6", "digest-unknown"]);
  });

  it("a tag not in the data: the nearest tag of the same image, major version and flavour, approximate", () => {
    const near = (ref: string) => {
      const r = resolveImage(ref);
      return [r.by, r.entry?.ref ?? null, r.confidence];
    };
    expect(near("python:3.10-alpine")).toEqual(["nearest", "python:3.12-alpine3.23", "approximate"]);
    expect(near("python:3.11-slim")).toEqual(["nearest", "python:3.12-slim", "approximate"]);
    expect(near("node:lts-buster-slim")).toEqual(["nearest", "node:24.19-bookworm-slim", "approximate"]);
    expect(near("golang:1-alpine")?.[2]).toBe("approximate");
    expect(near("eclipse-temurin:21.0.8_9-jre-jammy")).toEqual(["nearest", "eclipse-temurin:21-jre-jammy", "approximate"]);
    // No same major version: unknown, with the tags the data has.
    const old = resolveImage("node:12.22.1-alpine");
    expect([old.by, old.bytes]).toEqual(["unknown", null]);
    expect(old.note?.kind).toBe("no-same-variant");
    // A slim tag never stands for a full one, nor alpine for Debian.
    expect(resolveImage("python:3.12-slim-bookworm").entry?.ref).toBe("python:3.12-slim-bookworm");
    expect(near("python:3.9-slim-buster")[1]).toMatch(/^python:3\.1\d-slim/);
  });

  it("the report title is an alias: python:3.12.14-slim-trixie is repo-info's python:3.12-slim-trixie", () => {
    const r = resolveImage("python:3.12.14-slim-trixie");
    expect([r.by, r.aliasBy, r.entry?.ref, r.bytes]).toEqual(["alias", "reportTitle", "python:3.12-slim-trixie", 119_420_000]);
  });

  it("scratch is 0 B; publishers' images keep their own (loose) figure, else a package estimate; an image not in the data is unknown", () => {
    expect([resolveImage("scratch").bytes, resolveImage("scratch").confidence]).toEqual([0, "sourced"]);
    const d = resolveImage("gcr.io/distroless/static-debian13");
    expect([d.bytes, d.confidence, d.note?.kind]).toEqual([2 * 1024 * 1024, "approximate", "stated-loosely"]);
    const node = resolveImage("gcr.io/distroless/nodejs22-debian13");
    // No stated size: estimated from its Debian packages (estimates.json), Node.js itself missing.
    expect([node.bytes, node.confidence, node.entry?.ref, node.note?.kind]).toEqual([resolveImage("gcr.io/distroless/cc-debian13").bytes, "approximate", "gcr.io/distroless/nodejs22-debian13:latest", "estimated-from-packages"]);
    expect(resolveImage("tonistiigi/xx:1.9.0").by).toBe("unknown");
    // The same distroless image under another tag or Debian release stands for one the publisher gives no size (not :debug, which adds busybox).
    const d12 = resolveImage("gcr.io/distroless/static-debian12");
    expect([d12.by, d12.bytes, d12.confidence, d12.note]).toEqual(["nearest", 2 * 1024 * 1024, "approximate", { kind: "nearest", from: "gcr.io/distroless/static-debian13:latest", reportedAs: null, differs: ["release"] }]);
    expect(resolveImage("gcr.io/distroless/static-debian13:nonroot").note).toMatchObject({ differs: ["tag"] });
    expect(resolveImage("gcr.io/distroless/static-debian13:debug").bytes).toBeNull();
  });

  it("parseImageRef and qualifyImage normalise as BuildKit prints", () => {
    expect(parseImageRef("docker.io/library/node:24-alpine@sha256:abc")).toEqual({ repository: "node", tag: "24-alpine", digest: "sha256:abc" });
    expect(qualifyImage("ubuntu", false)).toBe("docker.io/library/ubuntu");
    expect(qualifyImage("ubuntu", true)).toBe("docker.io/library/ubuntu:latest");
    expect(qualifyImage("gcr.io/distroless/static-debian13", true)).toBe("gcr.io/distroless/static-debian13:latest");
  });

  it("parseTag reads version, flavour and release", () => {
    expect(parseTag("3.12-slim-trixie")).toEqual({ version: [3, 12], channel: null, flavour: ["slim"], release: "trixie", alpine: false });
    expect(parseTag("lts-buster-slim")).toMatchObject({ version: [], channel: "lts", flavour: ["slim"], release: "buster" });
    expect(parseTag("21.0.8_9-jre-jammy")).toMatchObject({ version: [21, 0, 8], flavour: ["jre"], release: "jammy" });
    expect(parseTag("3.8.5-eclipse-temurin-17")).toMatchObject({ version: [3, 8, 5], flavour: ["eclipse-temurin-17"] });
    expect(parseTag("25-jre-alpine-3.24")).toMatchObject({ version: [25], flavour: ["jre"], release: "alpine3.24", alpine: true });
  });
});

describe("baseImageFacts: what a base image holds and how it starts (null is unknown)", () => {
  it("python:3.12-slim-trixie: glibc, dash, CA certificates, tzdata, python3, root", () => {
    const f = baseImageFacts("python:3.12-slim-trixie");
    expect(f).toMatchObject({ resolvedTag: "python:3.12-slim-trixie", confidence: "sourced", libc: "glibc", shell: "dash", caCertificates: true, tzdata: true, cmd: ["python3"], entrypoint: [], packageManager: "apt", release: "trixie", packagesComplete: true });
    expect(f.packages).toContain("libc6");
  });

  it("alpine: musl and busybox's sh; scratch: nothing at all; an unknown image: every fact unknown", () => {
    expect(baseImageFacts("alpine:3.24")).toMatchObject({ libc: "musl", shell: "busybox-binsh", caCertificates: true, tzdata: false, libstdcxx: false, cmd: ["/bin/sh"], user: "", release: "alpine3.24" });
    expect(baseImageFacts("scratch")).toMatchObject({ libc: "none", shell: "none", caCertificates: false, packages: [], entrypoint: [], cmd: [] });
    expect(baseImageFacts("nope/nothing:1")).toMatchObject({ resolvedTag: null, confidence: "unknown", libc: null, shell: null, packages: null, cmd: null });
  });

  it("a nearest tag's facts are approximate; a distroless image's come from its publisher", () => {
    expect(baseImageFacts("python:3.10-alpine")).toMatchObject({ confidence: "approximate", libc: "musl" });
    expect(baseImageFacts("gcr.io/distroless/static-debian13:nonroot")).toMatchObject({ confidence: "sourced", libc: "none", shell: "none", user: "65532", caCertificates: true });
  });
});

describe("package installs sized from the data", () => {
  const systemOf = (ref: string): SystemPackages => {
    const f = baseImageFacts(ref);
    return { manager: f.packageManager === "apt" || f.packageManager === "apk" ? f.packageManager : null, release: f.release, installed: f.packages ? new Set(f.packages) : null, complete: f.packagesComplete };
  };

  it("apt-get install on Debian trixie: the closure's Installed-Size, what the image has counted 0; recorded as installed", () => {
    const system = systemOf("python:3.12-slim-trixie");
    const r = sizeAptInstall(system, ["curl"], { recommends: false });
    expect(r.suite?.suite).toBe("trixie");
    expect(r.approximations).toEqual([]);
    expect(r.bytes).toBeGreaterThan(0);
    expect(r.bytes).toBe((r.closure?.addedKiB ?? 0) * 1024);
    expect(r.closure?.counted.map((c) => c.name)).toContain("curl");
    expect(r.closure?.counted.map((c) => c.name)).not.toContain("libc6");
    expect(system.installed?.has("curl")).toBe(true);
    expect(sizeAptInstall(system, ["curl"], { recommends: false }).bytes).toBe(0);
  });

  it("on Ubuntu the trixie figures are an approximation; on an unknown image apt-get cannot be sized", () => {
    const r = sizeAptInstall(systemOf("ubuntu:24.04"), ["git"], { recommends: true });
    expect(r.approximations[0]).toMatchObject({ kind: "other-suite", suite: "trixie" });
    expect(sizeAptInstall({ manager: null, release: null, installed: null, complete: false }, ["git"], { recommends: true }).blocked).toBe("base-unknown");
  });

  it("apk add: installed sizes from official images' lists, what the image has counted 0, the rest unknown", () => {
    const system = systemOf("alpine:3.24");
    const r = sizeApkAdd(system, ["libstdc++", "musl", "no-such-package"], new Set());
    expect(r.listed.map((p) => [p.name, p.release])).toEqual([["libstdc++", "3.24"]]);
    expect(r.listed[0]?.bytes).toBe(2738 * 1024);
    expect(r.inBase).toEqual(["musl"]);
    expect(r.unknown).toEqual(["no-such-package"]);
    expect(r.dependenciesUnknown).toEqual(["libstdc++"]);
  });

  it("npm: a lock file's packages with the registry's unpacked sizes, dev dependencies left out on request", () => {
    const lock = lockedPackages(JSON.stringify({ lockfileVersion: 3, packages: { "": { name: "x" }, "node_modules/ms": { version: "2.1.3" }, "node_modules/left-pad": { version: "1.3.0", dev: true } } }));
    expect(lock).toEqual([
      { spec: "ms@2.1.3", dev: false },
      { spec: "left-pad@1.3.0", dev: true },
    ]);
    const prod = sizeNpmLock(lock ?? [], true);
    expect([prod.bytes, prod.omitted, prod.unknown]).toEqual([6721, 1, []]);
    expect(sizeNpmLock(lock ?? [], false).unknown).toEqual(["left-pad@1.3.0"]);
    expect(lockedPackages("not json")).toBeNull();
  });
});

describe("publisher images sized from their packages (estimates.json)", () => {
  it("a distroless image with no stated size: the Debian packages' Installed-Size, approximate; a runtime of no figure makes it partial", () => {
    const cc = resolveImage("gcr.io/distroless/cc-debian13");
    expect(cc).toMatchObject({ name: "gcr.io/distroless/cc-debian13:latest", by: "publisher", confidence: "approximate", missing: [] });
    expect(cc.note).toMatchObject({ kind: "estimated-from-packages", publisher: "GoogleContainerTools/distroless", suite: "trixie" });
    // 13 packages: static's 5, base's 4, cc's 4.
    expect(cc.note?.kind === "estimated-from-packages" && cc.note.packages).toBe(13);
    expect(cc.bytes).toBeGreaterThan(20_000_000);
    expect(cc.sources.map((s) => s.file)).toContain("cc/config.bzl");
    const node = resolveImage("gcr.io/distroless/nodejs22-debian13:nonroot");
    expect(node.bytes).toBe(cc.bytes);
    expect(node.missing).toEqual(["Node.js 22 from nodejs.org (@nodejs22_amd64, under /nodejs)"]);
    expect(resolveImage("gcr.io/distroless/cc-debian13:debug").missing).toEqual(["busybox under /busybox (experimental/busybox), which :debug adds"]);
  });

  it("a name without the Debian suffix selects -debian13, as distroless's README says", () => {
    const r = resolveImage("gcr.io/distroless/cc");
    expect(r).toMatchObject({ by: "publisher", aliasBy: "publisherDefault", confidence: "approximate", bytes: resolveImage("gcr.io/distroless/cc-debian13").bytes });
    expect(r.entry?.ref).toBe("gcr.io/distroless/cc-debian13:latest");
    // A stated size still wins over an estimate.
    expect(resolveImage("gcr.io/distroless/static")).toMatchObject({ bytes: 2_097_152, note: { kind: "stated-loosely", printed: "around 2 MiB" } });
  });
});

describe("images built FROM another image, as their publishers' Dockerfiles say (estimates.json built)", () => {
  it("mcr.microsoft.com/dotnet/aspnet:6.0: the chain down to debian:bullseye-slim, its figure, what the Dockerfiles add missing", () => {
    const r = resolveImage("mcr.microsoft.com/dotnet/aspnet:6.0");
    const debian = resolveImage("debian:bullseye-slim");
    expect(r).toMatchObject({ by: "publisher", confidence: "approximate", bytes: debian.bytes, entry: null });
    expect(r.note).toEqual({
      kind: "built-on",
      chain: ["mcr.microsoft.com/dotnet/runtime:6.0.36-bullseye-slim-amd64", "mcr.microsoft.com/dotnet/runtime-deps:6.0.36-bullseye-slim-amd64", "debian:bullseye-slim"],
      sizedFrom: "debian:bullseye-slim",
      sizedNote: debian.note,
    });
    expect(r.missing).toHaveLength(3);
    expect(r.missing[0]).toContain("ASP.NET Core 6.0.36");
    expect(r.sources.map((s) => s.file)).toContain("src/aspnet/6.0/bullseye-slim/amd64/Dockerfile");
    // A tag with no such chain stays unknown.
    expect(resolveImage("mcr.microsoft.com/dotnet/aspnet:4.0").bytes).toBeNull();
  });
});

describe("older node releases (repo-info excerpts merged with catalog:update --merge)", () => {
  it("node:14 and node:17 tags resolve to the nearest tag of the same major version and flavour, approximate", () => {
    const n14 = resolveImage("node:14.4.0-alpine");
    expect(n14).toMatchObject({ by: "nearest", bytes: 121_020_000, confidence: "approximate", note: { kind: "nearest", from: "node:14-alpine3.16", differs: ["version"] } });
    const n17 = resolveImage("node:17.0.1-bullseye-slim");
    expect(n17).toMatchObject({ by: "nearest", bytes: 242_780_000, confidence: "approximate", note: { kind: "nearest", from: "node:17-bullseye-slim" } });
    expect(n17.sources[0]).toMatchObject({ file: "repos/node/local/17-bullseye-slim.md", commit: "16ad5ad0ad3a9d8a90bbee1083d6b8a88a0ba04a" });
    expect(n17.sources[0]!.note).toContain("thomascherickal/docker-image-repo-info");
    expect(resolveImage("node:17-bullseye-slim")).toMatchObject({ by: "exact", confidence: "sourced" });
  });
});
