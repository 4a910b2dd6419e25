import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockPackages } from "./npm-lock";

describe("lockPackages", () => {
  it("lists every installed name@version of a v3 lock file, nested and scoped ones included", () => {
    const lock = readFileSync(join(__dirname, "__fixtures__", "package-lock.json"), "utf8");
    expect(lockPackages(lock)).toEqual(["@scope/pkg@1.2.0", "ms@2.0.0", "ms@2.1.3"]);
  });
  it("reads v1 lock files' dependencies", () => {
    const v1 = JSON.stringify({ lockfileVersion: 1, dependencies: { a: { version: "1.0.0", dependencies: { b: { version: "2.0.0" } } }, c: { version: "file:../c" } } });
    expect(lockPackages(v1)).toEqual(["a@1.0.0", "b@2.0.0"]);
  });
});
