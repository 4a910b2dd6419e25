import { describe, expect, it } from "vitest";
import { fakeHex, formatDockerSize, parseDockerSize } from "./size";

describe("sizes and fake ids", () => {
  it("parseDockerSize reads what docker image ls prints, and only that", () => {
    expect(parseDockerSize("303MB")).toBe(303_000_000);
    expect(parseDockerSize("8.34MB")).toBe(8_340_000);
    expect(parseDockerSize("16kB")).toBe(16_000);
    expect(parseDockerSize("0B")).toBe(0);
    expect(parseDockerSize("1.23GB")).toBe(1_230_000_000);
    expect(parseDockerSize("8.34 MiB")).toBeNull();
    expect(parseDockerSize("≥ 8.34MB")).toBeNull();
    for (const n of [303_000_000, 8_340_000, 1_230_000_000]) expect(parseDockerSize(formatDockerSize(n))).toBe(n);
  });

  it("fake ids are hex of the asked length, the same for the same text and unrelated for a one-character change", () => {
    expect(fakeHex("a", 64)).toMatch(/^[0-9a-f]{64}$/);
    expect(fakeHex("a", 12)).toBe(fakeHex("a", 64).slice(0, 12));
    expect(fakeHex("FROM alpine", 12)).not.toBe(fakeHex("FROM alpinf", 12));
  });
});
