import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isValidReference, referenceError } from "./reference";

const H32 = "0123456789abcdef0123456789abcdef";
const H64 = H32 + H32;

describe("referenceError", () => {
  // Each expected text is what reference.ParseNormalizedNamed printed for the input: the
  // distribution/reference v0.6.0 and go-digest v1.0.0 that moby/buildkit 73ed6825 vendors,
  // compiled with Go 1.19 (Debian bookworm), crypto/sha256 and crypto/sha512 linked.
  const cases: [string, string | null][] = [
    ["Builder", "invalid reference format: repository name (library/Builder) must be lowercase"],
    ["Toolchain", "invalid reference format: repository name (library/Toolchain) must be lowercase"],
    ["Scratch", "invalid reference format: repository name (library/Scratch) must be lowercase"],
    ["Biuld", "invalid reference format: repository name (library/Biuld) must be lowercase"],
    ["Alpine:3.23", "invalid reference format: repository name (library/Alpine) must be lowercase"],
    ["a/B", "invalid reference format: repository name (a/B) must be lowercase"],
    ["ghcr.io/Org/App", "invalid reference format: repository name (Org/App) must be lowercase"],
    ["localhost/Foo", "invalid reference format: repository name (Foo) must be lowercase"],
    ["MyOrg/app", null],
    ["UPPER/lower", null],
    ["alpine:Latest", null],
    ["alpine:", "invalid reference format"],
    ["-alpine", "invalid reference format"],
    ["foo//bar", "invalid reference format"],
    ["alpine latest", "invalid reference format"],
    ["alpine@sha256:abc", "invalid reference format"],
    [`alpine@sha256:${H32}`, "invalid checksum digest length"],
    [`alpine@sha256:${H64}`, null],
    ["alpine@sha256:0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF", "invalid checksum digest format"],
    [`alpine@md5:${H32}`, "unsupported digest algorithm"],
    [`alpine@sha384:${H64}`, "invalid checksum digest length"],
    [`alpine@SHA256:${H64}`, "invalid reference format: repository name (library/alpine@SHA256) must be lowercase"],
    [`alpine@sha256+b64:${H64}`, "unsupported digest algorithm"],
    [`Alpine@sha256:${H64}`, "invalid reference format: repository name (library/Alpine@sha256) must be lowercase"],
    [`${H64}`, `invalid repository name (${H64}), cannot specify 64-byte hexadecimal strings`],
    ["0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF", "invalid reference format: repository name (library/0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF) must be lowercase"],
    ["index.docker.io/Alpine", "invalid reference format: repository name (library/Alpine) must be lowercase"],
    ["index.docker.io/alpine", null],
    ["docker.io/Alpine", "invalid reference format: repository name (library/Alpine) must be lowercase"],
    ["[::1]:5000/app", null],
    ["localhost:5000/app:v1", null],
    ["scratch", null],
    ["scratch:latest", null],
    ["docker.io/library/scratch", null],
    ["0", null],
    ["a".repeat(256), "repository name must not be more than 255 characters"],
    [`ghcr.io/${"a".repeat(255)}`, null],
  ];
  for (const [ref, error] of cases) {
    it(`${JSON.stringify(ref.length > 40 ? `${ref.slice(0, 40)}…` : ref)} gives ${error ?? "no error"}`, () => {
      expect(referenceError(ref)).toBe(error);
      expect(isValidReference(ref)).toBe(error === null);
    });
  }

  it("never throws and answers within a few milliseconds, for any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const e = referenceError(s);
        expect(e === null || typeof e === "string").toBe(true);
      }),
      { numRuns: 500 },
    );
    const start = performance.now();
    referenceError(`${"a-".repeat(32768)}!`);
    expect(performance.now() - start).toBeLessThan(200);
  });
});
