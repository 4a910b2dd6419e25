import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AlpineData, DebianSuiteData, ImagesData } from "../../lib/dockerfile/catalog/data-types";
import { debianClosure } from "../../lib/dockerfile/catalog/debian-closure";
import { buildImages, buildNpm, expandFamily, type ImageFamily, type NpmSize, type TagConfig } from "./generate";
import { openRepoInfo } from "./sources";

const FIX = join(__dirname, "__fixtures__");
const TAGS = JSON.parse(readFileSync(join(FIX, "tags.json"), "utf8")) as TagConfig;

describe("buildImages on the fixture repo-info directory", () => {
  const { images, alpine, report } = buildImages(openRepoInfo(join(FIX, "repo-info")), TAGS, [], "2026-12-01");
  const byRef = (ref: string) => images.images.find((i) => i.ref === ref)!;

  it("describes each chosen tag once and records the figure, its unit and its source", () => {
    expect(images.images.map((i) => i.ref)).toEqual(["example:1.0-slim", "example:1.0-alpine", "example:1.0-trixie"]);
    const slim = byRef("example:1.0-slim");
    expect(slim.onDisk).toEqual({ bytes: 119_420_000, unit: "B", printed: "~ 119.42 Mb", rounded: true, source: 0 });
    expect(slim.compressedAmd64).toEqual({ bytes: 43_188_023, unit: "B", printed: "43.2 MB (43188023 bytes)", rounded: false, source: 1 });
    expect(images.sources[0]).toEqual({ origin: "docker-library/repo-info", file: "repos/example/local/1.0-slim.md", commit: "0000000000000000000000000000000000000001", date: "2026-09-19" });
    expect(images.sources[1]).toMatchObject({ file: "repos/example/remote/1.0-slim.md", date: "2026-08-05" });
    expect(slim).toMatchObject({ reportedAs: "example:1.0.3-slim", user: "example", workingDir: "/app", entrypoint: ["docker-entrypoint.sh"], cmd: ["example"] });
  });

  it("reads the contents facts from the package list", () => {
    expect(byRef("example:1.0-slim").contents).toMatchObject({ libc: "glibc", shell: "dash", caCertificates: true, tzdata: false, libstdcxx: true, libgcc: true, packageManager: "apt" });
    expect(byRef("example:1.0-alpine").contents).toMatchObject({ libc: "musl", shell: "busybox-binsh", caCertificates: true, tzdata: false, libstdcxx: false, libgcc: false, packageManager: "apk" });
  });

  it("says unknown, not absent, for what a partly read list does not show", () => {
    const t = byRef("example:1.0-trixie");
    expect(images.packageLists[t.packageList!]!.complete).toBe(false);
    // The excerpt stops at source package bash: apt sorts before it, so apt is known absent; the rest is unknown.
    expect(t.contents).toMatchObject({ libc: null, shell: "bash", caCertificates: null, tzdata: null, packageManager: "none" });
    expect(t.onDisk?.bytes).toBe(1_110_000_000);
    expect(images.sources[t.sources[0]!]!.commit).toBe("0000000000000000000000000000000000000002");
    expect(report.partial).toEqual(["example:1.0-trixie"]);
  });

  it("resolves aliases by shared amd64 manifest digest, image ID or report title, and lists missing tags", () => {
    expect(images.aliases).toEqual({
      "example:1-slim": { canonical: "example:1.0-slim", by: "amd64Digest" },
      "example:1.0": { canonical: "example:1.0-slim", by: "imageId" },
      "example:1.0.1-trixie": { canonical: "example:1.0-trixie", by: "imageId" },
      // The local report of 1.0-slim is titled example:1.0.3-slim: the same image, at that commit.
      "example:1.0.3-slim": { canonical: "example:1.0-slim", by: "reportTitle" },
    });
    // The remote report read under the alias fills the entry that had only a local one.
    expect(byRef("example:1.0-trixie")).toMatchObject({ amd64Digest: `sha256:${"2".repeat(64)}`, compressedAmd64: { bytes: 400_100_100 }, user: "", workingDir: "" });
    expect(report.missing).toEqual(["example:9.9"]);
  });

  it("shares package names and lists, and collects Alpine installed sizes by release", () => {
    const list = images.packageLists[byRef("example:1.0-alpine").packageList!]!;
    expect(list.packages.map(([n, v, b]) => [images.names[n], v, b])).toContainEqual(["musl", "1.2.6-r2", 654 * 1024]);
    expect((alpine as AlpineData).releases["3.24"]!["musl"]).toEqual({ v: "1.2.6-r2", bytes: 654 * 1024, printed: "654 KiB", image: "example:1.0-alpine", source: 2 });
  });
});

describe("expandFamily", () => {
  const family: ImageFamily = {
    registry: "gcr.io/distroless",
    origin: "GoogleContainerTools/distroless",
    sourceCommit: "c".repeat(40),
    sourceDate: "2026-08-21",
    variants: [
      { tag: "latest", user: "0", workingDir: "/", debug: false },
      { tag: "debug-nonroot", user: "65532", workingDir: "/home/nonroot", debug: true },
    ],
    variantFiles: ["static/static.bzl"],
    variantBasis: "users",
    images: [
      { name: "static-debian13", libc: "none", caCertificates: true, tzdata: true, libstdcxx: false, libgcc: false, entrypoint: [], entrypointIsOwn: false, files: ["base/README.md"], basis: "b", statedSize: { bytes: 2097152, printed: "around 2 MiB", file: "README.md" } },
      { name: "nodejs24-debian13", libc: "glibc", caCertificates: true, tzdata: true, libstdcxx: true, libgcc: true, entrypoint: ["/nodejs/bin/node"], entrypointIsOwn: true, files: ["nodejs/README.md"], basis: "b" },
    ],
  };
  it("gives every tag its user, entrypoint and shell, and the stated size only where stated", () => {
    const out = expandFamily(family);
    expect(out.map((o) => o.ref)).toEqual([
      "gcr.io/distroless/static-debian13:latest",
      "gcr.io/distroless/static-debian13:debug-nonroot",
      "gcr.io/distroless/nodejs24-debian13:latest",
      "gcr.io/distroless/nodejs24-debian13:debug-nonroot",
    ]);
    expect(out[0]).toMatchObject({ user: "0", entrypoint: [], statedSize: { bytes: 2097152, printed: "around 2 MiB" }, contents: { shell: "none", libc: "none" } });
    expect(out[1]).toMatchObject({ user: "65532", workingDir: "/home/nonroot", entrypoint: ["/busybox/sh"], statedSize: null, contents: { shell: "/busybox/sh only" } });
    expect(out[3]!.entrypoint).toEqual(["/nodejs/bin/node"]);
    expect(out[0]!.sources[0]).toEqual({ origin: "GoogleContainerTools/distroless", file: "README.md", commit: "c".repeat(40), date: "2026-08-21" });
  });
});

describe("buildNpm", () => {
  it("records the unpacked size per name@version and how it was read, null when the registry gives none", () => {
    const sizes: Record<string, NpmSize> = { "ms@2.1.3": { bytes: 6721, via: "npm pack --dry-run" }, "a@1.0.0": { bytes: 10, via: "dist.unpackedSize" } };
    const d = buildNpm([{ path: "lessons/a/project/package-lock.json", packages: ["a@1.0.0", "ms@2.1.3", "gone@1.0.0"] }], (s) => sizes[s] ?? null, "npm registry", "2026-12-01");
    expect(d.packages).toEqual({
      "a@1.0.0": { unpackedSize: 10, unit: "B", via: "dist.unpackedSize", lockFiles: ["lessons/a/project/package-lock.json"] },
      "gone@1.0.0": { unpackedSize: null, unit: "B", via: null, lockFiles: ["lessons/a/project/package-lock.json"] },
      "ms@2.1.3": { unpackedSize: 6721, unit: "B", via: "npm pack --dry-run", lockFiles: ["lessons/a/project/package-lock.json"] },
    });
  });
});

describe("catalog-update on the fixtures", () => {
  it("writes images, alpine and Debian data that the closure function reads", () => {
    const out = mkdtempSync(join(tmpdir(), "catalog-"));
    execFileSync(
      "npx",
      ["tsx", join(__dirname, "..", "catalog-update.ts"), "--repo-info", join(FIX, "repo-info"), "--tags", join(FIX, "tags.json"), "--lessons", join(FIX, "lessons"), "--suites", "testsuite", "--apt-lists", `testsuite=${join(FIX, "debian")}`, "--no-npm", "--only", "images,debian", "--out", out, "--date", "2026-12-01"],
      { stdio: "pipe" },
    );
    const images = JSON.parse(readFileSync(join(out, "images.json"), "utf8")) as ImagesData;
    expect(images.images.filter((i) => i.repository === "example")).toHaveLength(3);
    expect(images.images.some((i) => i.ref === "gcr.io/distroless/static-debian13:nonroot")).toBe(true);
    const deb = JSON.parse(readFileSync(join(out, "debian-testsuite.json"), "utf8")) as DebianSuiteData;
    expect(deb.archives).toEqual([
      { name: "testsuite", mirror: "debian", version: "13.8", date: "2026-11-21" },
      { name: "testsuite-security", mirror: "debian-security", version: "13", date: "2026-11-30" },
    ]);
    expect(deb.seeds).toContain("curl");
    expect(deb.packages["curl"]).toEqual({ v: "8.14.1-2", kib: 500, dep: "libc6 (>= 2.34), libcurl4t64 (= 8.14.1-2), zlib1g (>= 1:1.1.4)", pre: "", rec: "ca-certificates", prov: "", from: 0 });
    expect(deb.packages["unrelated"]).toBeUndefined();
    const base = images.packageLists[images.images.find((i) => i.ref === "example:1.0-slim")!.packageList!]!.packages.map(([n]) => images.names[n]!);
    const r = debianClosure(deb, ["curl"], base, { recommends: false });
    expect(r.counted.map((c) => c.name)).toEqual(["curl", "libcurl4t64", "zlib1g", "libssl3t64"]);
    expect(r.addedKiB).toBe(500 + 900 + 7010 + 160);
  }, 60_000);
});

describe("mergeImagesData: new tags added to the data already generated", () => {
  it("appends entries, re-indexes their sources, names and package lists, and replaces an entry of the same ref", async () => {
    const { mergeImagesData } = await import("./merge-images");
    const first = buildImages(openRepoInfo(join(FIX, "repo-info")), { repositories: { example: ["1.0-slim"] } }, [], "2026-12-01");
    const second = buildImages(openRepoInfo(join(FIX, "repo-info")), { repositories: { example: ["1.0-alpine", "1.0-slim"] } }, [], "2026-12-02");
    const { images, alpine } = mergeImagesData(first.images, first.alpine, second.images, second.alpine, "2026-12-02");
    expect(images.images.map((i) => i.ref).sort()).toEqual(["example:1.0-alpine", "example:1.0-slim"]);
    for (const e of images.images) {
      for (const s of e.sources) expect(images.sources[s]!.file).toMatch(new RegExp(`repos/example/(local|remote)/${e.tag}\\.md`));
      expect(images.sources[e.onDisk!.source]!.file).toBe(`repos/example/local/${e.tag}.md`);
      const list = images.packageLists[e.packageList!]!;
      const own = second.images.packageLists[second.images.images.find((x) => x.ref === e.ref)!.packageList!]!;
      expect(list.packages.map(([n]) => images.names[n])).toEqual(own.packages.map(([n]) => second.images.names[n]));
    }
    expect(new Set(images.sources.map((s) => `${s.file}@${s.commit}`)).size).toBe(images.sources.length);
    expect(alpine.sources).toBe(images.sources);
    for (const pkgs of Object.values(alpine.releases)) for (const p of Object.values(pkgs)) expect(images.sources[p.source]!.file).toBe("repos/example/local/1.0-alpine.md");
  });
});
