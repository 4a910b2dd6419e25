import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { DebianPackage } from "../../lib/dockerfile/catalog/data-types";
import { bzlStringListDict, buildBuilt, buildEstimates, lastFrom, manifestHasTag, type EstimatesConfig, type SuiteIndex } from "./estimates";
import type { DataSource } from "../../lib/dockerfile/catalog/data-types";

const FIX = join(__dirname, "__fixtures__", "distroless");
const read = (f: string) => readFileSync(join(FIX, f), "utf8");
const pkg = (v: string, kib: number | null): DebianPackage => ({ v, kib, dep: "", pre: "", rec: "", prov: "", from: 0 });

const CONFIG: EstimatesConfig = {
  distroless: {
    origin: "example/publisher",
    registry: "gcr.example/pub",
    suites: { debian13: "trixie" },
    locks: { debian13: ["lock.json"] },
    layers: { base: { file: "base.bzl", variable: "BASE_PACKAGES" }, app: { file: "app.bzl", variable: "APP_PACKAGES", key: "1" } },
    chainFiles: ["README.md"],
    variants: [
      { tag: "latest", debug: false },
      { tag: "debug", debug: true },
    ],
    debugAdds: "busybox",
    images: [{ name: "app1", distros: ["debian13"], layers: ["base", "app"], missing: ["the app runtime"], basis: "app1 is base plus APP_PACKAGES" }],
    unsuffixed: { selects: "debian13", file: "README.md", quote: "without a suffix: debian13", names: ["app1"] },
  },
};

describe("estimates: publisher images sized from the packages their build files list", () => {
  it("reads a Starlark dict of string lists, comments and trailing commas included", () => {
    expect(bzlStringListDict(read("base.bzl"), "BASE_PACKAGES")).toEqual({ debian13: ["libc6", "libssl3t64"] });
    expect(bzlStringListDict(read("base.bzl"), "BASE_NOSSL_PACKAGES")).toEqual({ debian13: ["libc6"] });
    expect(() => bzlStringListDict(read("base.bzl"), "NOPE")).toThrow("NOPE not found");
  });

  it("sums Installed-Size along the chain, keeps what has no figure as missing, and records every source", () => {
    const suites = new Map<string, SuiteIndex>([
      ["trixie", { suite: "trixie", packages: new Map([["libc6", pkg("2.41-2", 12_000)], ["libssl3t64", pkg("3.5", 7_000)], ["libstdc++6", pkg("14.2", 2_500)]]), archives: [{ name: "trixie", version: "13.2", date: "2026-11-15" }] }],
    ]);
    const data = buildEstimates(CONFIG, read, "c0ffee", "2026-08-21", suites, "2026-12-02");
    expect(data.images.map((i) => i.ref)).toEqual(["gcr.example/pub/app1-debian13:latest", "gcr.example/pub/app1-debian13:debug"]);
    const latest = data.images[0]!;
    expect(latest.kib).toBe(21_500);
    expect(latest.bytes).toBe(21_500 * 1024);
    expect(latest.packages).toEqual([
      { name: "libc6", version: "2.41-2", pinned: "2.41-1", kib: 12_000, layer: "base" },
      { name: "libssl3t64", version: "3.5", pinned: null, kib: 7_000, layer: "base" },
      { name: "libstdc++6", version: "14.2", pinned: null, kib: 2_500, layer: "app" },
      { name: "not-in-debian", version: null, pinned: null, kib: null, layer: "app" },
    ]);
    expect(latest.missing).toEqual(["the app runtime", "not-in-debian (not in Debian trixie's index)"]);
    expect(data.images[1]!.missing).toEqual(["the app runtime", "not-in-debian (not in Debian trixie's index)", "busybox"]);
    expect(latest.sources.map((i) => data.sources[i]!.file)).toEqual(["base.bzl", "app.bzl", "README.md", "lock.json", "trixie main binary-amd64 Packages"]);
    expect(data.sources[latest.sources[0]!]).toEqual({ origin: "example/publisher", file: "base.bzl", commit: "c0ffee", date: "2026-08-21" });
    expect(data.aliases["gcr.example/pub/app1:latest"]).toEqual({ canonical: "gcr.example/pub/app1-debian13:latest", source: latest.sources[2], quote: "without a suffix: debian13" });
  });
});

describe("estimates: images built FROM another, as their publisher's Dockerfile says", () => {
  it("reads the last FROM with ARG defaults expanded, --platform dropped", () => {
    expect(lastFrom("ARG REPO=mcr.example/runtime\nFROM amd64/buildpack-deps:bullseye-curl AS installer\nRUN x\nFROM $REPO:6.0.36-bullseye-slim-amd64\nCOPY --from=installer / /\n")).toBe("mcr.example/runtime:6.0.36-bullseye-slim-amd64");
    expect(lastFrom("FROM --platform=$BUILDPLATFORM python:3.9-slim\n")).toBe("python:3.9-slim");
    expect(() => lastFrom("RUN true\n")).toThrow("no FROM");
  });

  it("checks the tag against the publisher's manifest, maps amd64/ to the official image, and records the sources", () => {
    const manifest = JSON.stringify({ repos: [{ name: "dotnet/runtime-deps", images: [{ sharedTags: { "6.0": {} }, platforms: [{ dockerfile: "src/deps/6.0/amd64", tags: { "6.0-amd64": {} } }] }] }] });
    expect(manifestHasTag(manifest, "dotnet/runtime-deps", "src/deps/6.0/amd64", "6.0")).toBe(true);
    expect(manifestHasTag(manifest, "dotnet/runtime-deps", "src/deps/6.0/amd64", "7.0")).toBe(false);
    const files: Record<string, string> = { "src/deps/6.0/amd64/Dockerfile": "FROM amd64/debian:bullseye-slim\nRUN apt-get install -y libicu67\n", "manifest.json": manifest };
    const sources: DataSource[] = [];
    const add = (s: DataSource) => sources.push(s) - 1;
    const image = { ref: "mcr.example/deps:6.0", origin: "o/p", commit: "abc", file: "src/deps/6.0/amd64/Dockerfile", manifest: { file: "manifest.json", repo: "dotnet/runtime-deps", tag: "6.0" }, adds: ["its apt packages"] };
    const config = { note: "", architectureOrgs: { "amd64/": "", source: { origin: "docker-library/official-images", file: "README.md", section: "Architectures other than amd64?", quote: "amd64" } }, images: [image] };
    const built = buildBuilt(config, (_o, _c, f) => files[f]!, () => "2025-01-07", add);
    expect(built["mcr.example/deps:6.0"]).toEqual({ from: "debian:bullseye-slim", written: "amd64/debian:bullseye-slim", adds: ["its apt packages"], sources: [1, 2, 0] });
    expect(sources[1]).toEqual({ origin: "o/p", file: "src/deps/6.0/amd64/Dockerfile", commit: "abc", date: "2025-01-07", note: "last FROM: amd64/debian:bullseye-slim" });
    expect(() => buildBuilt({ ...config, images: [{ ...image, manifest: { ...image.manifest, tag: "7.0" } }] }, (_o, _c, f) => files[f]!, () => "2025-01-07", add)).toThrow("does not list 7.0");
  });
});
