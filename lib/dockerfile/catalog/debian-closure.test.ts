import { describe, expect, it } from "vitest";
import type { DebianPackage, DebianSuiteData } from "./data-types";
import { debianClosure, parseDependsField, parseProvides } from "./debian-closure";

const pkg = (kib: number | null, dep = "", extra: Partial<DebianPackage> = {}): DebianPackage => ({ v: "1.0-1", kib, dep, pre: "", rec: "", prov: "", from: 0, ...extra });

const DATA: DebianSuiteData = {
  suite: "testsuite",
  unit: "KiB",
  archives: [{ name: "testsuite", mirror: "http://example.invalid/debian", version: "1", date: "2026-01-01" }],
  read: "2026-01-02",
  seeds: [],
  missing: [],
  packages: {
    libc6: pkg(12000),
    "libgcc-s1": pkg(140, "libc6 (>= 2.35)"),
    curl: pkg(500, "libc6 (>= 2.34), libcurl4t64 (= 8.14.1-2), zlib1g (>= 1:1.1.4)", { rec: "ca-certificates" }),
    libcurl4t64: pkg(900, "libc6, libssl3t64 | libssl3", { prov: "libcurl4 (= 8.14.1-2)" }),
    libssl3t64: pkg(7000, "libc6"),
    zlib1g: pkg(160, "libc6", { pre: "libc6 (>= 2.14)" }),
    "ca-certificates": pkg(400, "openssl (>= 1.1.1), debconf (>= 0.5) | debconf-2.0"),
    openssl: pkg(2000, "libc6, libssl3t64"),
    debconf: pkg(500),
    "exim4-daemon-light": pkg(1500, "libc6", { prov: "mail-transport-agent" }),
    postfix: pkg(4000, "libc6", { prov: "mail-transport-agent" }),
    bsdutils: pkg(300, "mail-transport-agent"),
    "no-size": pkg(null),
    "needs-missing": pkg(10, "not-in-data"),
  },
};

describe("parseDependsField", () => {
  it("splits groups and alternatives and drops architecture qualifiers", () => {
    expect(parseDependsField("libc6 (>= 2.34), libssl3t64 | libssl3, python3:any (>= 3.11~)")).toEqual([
      [{ name: "libc6", constraint: ">= 2.34" }],
      [
        { name: "libssl3t64", constraint: null },
        { name: "libssl3", constraint: null },
      ],
      [{ name: "python3", constraint: ">= 3.11~" }],
    ]);
    expect(parseDependsField("")).toEqual([]);
    expect(parseProvides("libcurl4 (= 8.14.1-2), curl-abi")).toEqual(["libcurl4", "curl-abi"]);
  });
});

describe("debianClosure", () => {
  it("counts the dependency closure and nothing the base already has", () => {
    const r = debianClosure(DATA, ["curl"], ["libc6", "zlib1g", "debconf"], { recommends: false });
    expect(r.counted.map((c) => c.name)).toEqual(["curl", "libcurl4t64", "libssl3t64"]);
    expect(r.addedKiB).toBe(500 + 900 + 7000);
    expect(r.addedBytes).toBe((500 + 900 + 7000) * 1024);
    expect(r.inBase).toEqual(["libc6", "zlib1g"]);
    expect(r.unknown).toEqual([]);
  });

  it("follows Recommends unless --no-install-recommends", () => {
    const r = debianClosure(DATA, ["curl"], ["libc6", "zlib1g", "debconf"], { recommends: true });
    expect(r.counted.map((c) => c.name)).toContain("ca-certificates");
    expect(r.counted.map((c) => c.name)).toContain("openssl");
    expect(r.counted.find((c) => c.name === "ca-certificates")).toMatchObject({ via: "curl", kind: "recommends" });
    // debconf is in the base, so "debconf | debconf-2.0" adds nothing.
    expect(r.counted.map((c) => c.name)).not.toContain("debconf");
  });

  it("reports unknown names instead of counting them as 0", () => {
    const r = debianClosure(DATA, ["curl", "not-a-package"], ["libc6", "zlib1g"], { recommends: false });
    expect(r.unknown).toEqual(["not-a-package"]);
  });

  it("counts a requested package that is already installed as 0", () => {
    const r = debianClosure(DATA, ["libc6"], ["libc6"], { recommends: true });
    expect(r.counted).toEqual([]);
    expect(r.addedKiB).toBe(0);
    expect(r.inBase).toEqual(["libc6"]);
  });

  it("resolves a virtual package to a provider and says apt may choose another", () => {
    const r = debianClosure(DATA, ["bsdutils"], ["libc6"], { recommends: false });
    expect(r.counted.map((c) => c.name)).toEqual(["bsdutils", "exim4-daemon-light"]);
    expect(r.choices).toEqual([{ virtual: "mail-transport-agent", chose: "exim4-daemon-light", among: ["exim4-daemon-light", "postfix"] }]);
  });

  it("treats what a base package provides as installed", () => {
    const r = debianClosure(DATA, ["bsdutils"], ["libc6", "postfix"], { recommends: false });
    expect(r.counted.map((c) => c.name)).toEqual(["bsdutils"]);
  });

  it("lists unsized and unresolved packages", () => {
    const r = debianClosure(DATA, ["no-size", "needs-missing"], [], { recommends: false });
    expect(r.unsized).toEqual(["no-size"]);
    expect(r.unresolved).toEqual([{ dependency: "not-in-data", of: "needs-missing" }]);
    expect(r.addedKiB).toBe(10);
  });
});
