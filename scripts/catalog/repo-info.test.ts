import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseApkSize, parseLocalReport, parseVirtualSize } from "./repo-info-local";
import { amd64, parseRemoteReport } from "./repo-info-remote";

const FIX = join(__dirname, "__fixtures__", "repo-info", "repos", "example");
const read = (p: string) => readFileSync(join(FIX, p), "utf8");
const hex = (c: string) => c.repeat(64);

describe("parseVirtualSize (scan-local.sh: oneKb = 1000, oneMb = 1000 * oneKb, oneGb = 1000 * oneMb)", () => {
  it("reads decimal units and exact bytes", () => {
    expect(parseVirtualSize("~ 119.42 Mb")).toEqual({ bytes: 119_420_000, rounded: true });
    expect(parseVirtualSize("~ 1.11 Gb")).toEqual({ bytes: 1_110_000_000, rounded: true });
    expect(parseVirtualSize("~ 1.84 Kb")).toEqual({ bytes: 1_840, rounded: true });
    expect(parseVirtualSize("125 bytes")).toEqual({ bytes: 125, rounded: false });
    expect(parseVirtualSize("large")).toBeNull();
  });
  it("reads apk sizes in 1024-based units", () => {
    expect(parseApkSize("6552 B")).toBe(6552);
    expect(parseApkSize("2738 KiB")).toBe(2738 * 1024);
    expect(parseApkSize("1.5 MiB")).toBe(1.5 * 1024 * 1024);
    expect(parseApkSize("?")).toBeNull();
  });
});

describe("parseLocalReport", () => {
  it("reads a dpkg report's metadata and binary packages", () => {
    const r = parseLocalReport(read("local/1.0-slim.md"));
    expect(r.title).toBe("example:1.0.3-slim");
    expect(r.imageId).toBe(`sha256:${hex("a")}`);
    expect(r.created).toBe("2026-09-19T01:07:11.796422884Z");
    expect(r.sizePrinted).toBe("~ 119.42 Mb");
    expect(r.sizeBytes).toBe(119_420_000);
    expect(r.arch).toBe("linux/amd64");
    expect(r.entrypoint).toEqual(["docker-entrypoint.sh"]);
    expect(r.cmd).toEqual(["example"]);
    expect(r.env).toEqual(["PATH=/usr/local/bin:/usr/bin:/bin", "EXAMPLE_VERSION=1.0.3"]);
    expect(r.labels).toEqual({ "org.opencontainers.image.version": "1.0" });
    expect(r.manager).toBe("dpkg");
    expect(r.packages.map((p) => `${p.name}=${p.version}`)).toEqual([
      "apt=3.0.3",
      "ca-certificates=20250419",
      "dash=0.5.12-12",
      "gcc-14-base=14.2.0-19",
      "libacl1=2.3.2-2+b1",
      "libapt-pkg7.0=3.0.3",
      "libc-bin=2.41-12",
      "libc6=2.41-12",
      "libgcc-s1=14.2.0-19",
      "libstdc++6=14.2.0-19",
    ]);
    expect(r.packages.find((p) => p.name === "libc6")?.source).toBe("glibc=2.41-12");
  });

  it("reads an apk report's packages with their installed size", () => {
    const r = parseLocalReport(read("local/1.0-alpine.md"));
    expect(r.manager).toBe("apk");
    expect(r.entrypoint).toBeNull();
    expect(r.cmd).toEqual(["/bin/sh"]);
    expect(r.packages).toEqual([
      { name: "alpine-release", version: "3.24.2-r0", source: null, installedBytes: 343, installedPrinted: "343 B" },
      { name: "apk-tools", version: "3.0.8-r0", source: null, installedBytes: 112 * 1024, installedPrinted: "112 KiB" },
      { name: "busybox-binsh", version: "1.37.0-r31", source: null, installedBytes: 1, installedPrinted: "1 B" },
      { name: "ca-certificates-bundle", version: "20260909-r0", source: null, installedBytes: 177 * 1024, installedPrinted: "177 KiB" },
      { name: "musl", version: "1.2.6-r2", source: null, installedBytes: 654 * 1024, installedPrinted: "654 KiB" },
    ]);
  });

  it("reads a report with no package section", () => {
    const r = parseLocalReport(read("local/1.0.md"));
    expect(r.manager).toBeNull();
    expect(r.packages).toEqual([]);
    expect(r.entrypoint).toBeNull();
  });
});

describe("parseRemoteReport", () => {
  it("reads the index digest and the amd64 manifest, size, USER and WORKDIR", () => {
    const r = parseRemoteReport(read("remote/1.0-slim.md"));
    expect(r.tag).toBe("example:1.0-slim");
    expect(r.indexDigest).toBe(`sha256:${hex("c")}`);
    expect(r.platforms.map((p) => p.platform)).toEqual(["linux; amd64", "unknown; unknown"]);
    expect(amd64(r)).toEqual({
      platform: "linux; amd64",
      digest: `sha256:${hex("d")}`,
      compressedBytes: 43_188_023,
      compressedPrinted: "43.2 MB (43188023 bytes)",
      imageId: `sha256:${hex("a")}`,
      user: "example",
      workingDir: "/app",
      historyDate: "2026-08-05",
    });
  });

  it("says USER and WORKDIR are unknown when the history is cut short", () => {
    const p = amd64(parseRemoteReport(read("remote/1.0-alpine.md")))!;
    expect(p.compressedBytes).toBe(3_848_507);
    expect(p.user).toBeNull();
    expect(p.workingDir).toBeNull();
  });
});

describe("contentsFromPackages on a partly read dpkg list", () => {
  it("knows a source that sorts before the last one read is absent, and nothing after it", async () => {
    const { contentsFromPackages } = await import("./image-facts");
    const c = contentsFromPackages("dpkg", ["apt", "bash", "dash"], false, "db5.3");
    expect(c).toMatchObject({ caCertificates: false, shell: "dash", packageManager: "apt", libc: null, tzdata: null, libstdcxx: null });
    const g = contentsFromPackages("dpkg", ["libc6"], false, "gdbm");
    expect(g).toMatchObject({ libc: "glibc", libstdcxx: false, libgcc: false, tzdata: null });
    expect(contentsFromPackages("dpkg", [], false, "gcc-14")).toMatchObject({ libstdcxx: null });
  });
});
