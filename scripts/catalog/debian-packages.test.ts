import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { aptInstallNames, compareDebianVersions, mergeArchives, parsePackagesFile, parseReleaseHeader, selectClosure } from "./debian-packages";

const FIX = join(__dirname, "__fixtures__", "debian");
const main = readFileSync(join(FIX, "example.invalid_debian_dists_testsuite_main_binary-amd64_Packages"), "utf8");
const security = readFileSync(join(FIX, "example.invalid_debian-security_dists_testsuite-security_main_binary-amd64_Packages"), "utf8");

describe("parsePackagesFile", () => {
  it("reads name, version, Installed-Size and the relation fields", () => {
    const s = parsePackagesFile(main);
    expect(s).toHaveLength(9);
    expect(s[0]).toEqual({
      name: "curl",
      version: "8.14.1-2",
      installedSizeKiB: 500,
      depends: "libc6 (>= 2.34), libcurl4t64 (= 8.14.1-2), zlib1g (>= 1:1.1.4)",
      preDepends: "",
      recommends: "ca-certificates",
      provides: "",
    });
    expect(s.find((x) => x.name === "zlib1g")?.preDepends).toBe("libc6 (>= 2.14)");
  });
  it("reads the Release header", () => {
    expect(parseReleaseHeader(readFileSync(join(FIX, "example.invalid_debian_dists_testsuite_InRelease"), "utf8"))).toEqual({ suite: "stable", codename: "testsuite", version: "13.8", date: "2026-11-21" });
  });
});

describe("compareDebianVersions", () => {
  it("orders epochs, revisions, tildes and letters as dpkg does", () => {
    const sorted = ["1.0-1", "1:0.9-1", "1.0~rc1-1", "1.0-1+deb13u1", "1.0a-1", "1.0-1+b1", "0.9-9", "1.0-10", "1.0-2"].sort(compareDebianVersions);
    expect(sorted).toEqual(["0.9-9", "1.0~rc1-1", "1.0-1", "1.0-1+b1", "1.0-1+deb13u1", "1.0-2", "1.0-10", "1.0a-1", "1:0.9-1"]);
    expect(compareDebianVersions("2.41-12", "2.41-12")).toBe(0);
  });
});

describe("mergeArchives and selectClosure", () => {
  const index = mergeArchives([parsePackagesFile(main), parsePackagesFile(security)]);
  it("keeps the highest version of each package across archives", () => {
    expect(index.get("libssl3t64")).toMatchObject({ v: "3.5.1-1+deb13u1", kib: 7010, from: 1 });
    expect(index.get("libc6")).toMatchObject({ v: "2.41-12", kib: 12000, from: 0 });
  });
  it("stores the closure of the seeds, Recommends included, and names missing seeds", () => {
    expect(selectClosure(index, ["curl", "no-such-package"])).toEqual({
      names: ["ca-certificates", "curl", "debconf", "libc6", "libcurl4t64", "libssl3t64", "openssl", "zlib1g"],
      missing: ["no-such-package"],
    });
  });
  it("follows a seed that is only a virtual name to its providers", () => {
    expect(selectClosure(index, ["debconf-2.0"]).names).toEqual(["debconf"]);
  });
});

describe("aptInstallNames", () => {
  it("reads the packages of apt-get install lines, flags and pins dropped", () => {
    const df = [
      "FROM debian:trixie-slim",
      "RUN apt-get update && apt-get install -y --no-install-recommends \\",
      "      curl ca-certificates=20250419 \\",
      "      gcc && rm -rf /var/lib/apt/lists/*",
      "RUN apt install -y git $EXTRA",
      "RUN apk add --no-cache musl-dev",
    ].join("\n");
    expect(aptInstallNames(df)).toEqual(["ca-certificates", "curl", "gcc", "git"]);
  });
});
