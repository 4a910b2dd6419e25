import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lessonStorageKey, readSavedDockerfile, unreadableKeyOf, writeSavedDockerfile, type KeyValueStorage } from "./storage";
import { memoryStorage, throwingStorage as throwing } from "../../test/fakes/storage";

const memory = memoryStorage;


/** A storage that reads fine but is full: every write throws QuotaExceededError. */
function full(initial: Record<string, string> = {}): KeyValueStorage {
  const m = memory(initial);
  return {
    getItem: m.getItem,
    setItem: () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    },
    removeItem: m.removeItem,
  };
}

const key = lessonStorageKey("why-multi-stage");

describe("saved Dockerfiles", () => {
  it("a saved edit reads back with its time", () => {
    const storage = memory();
    expect(writeSavedDockerfile(storage, key, "FROM alpine\n", "FROM scratch\n", 1234)).toBe("saved");
    expect(readSavedDockerfile(storage, key)).toEqual({ status: "restored", text: "FROM alpine\n", savedAt: 1234, migrated: false });
  });

  it("text equal to the original clears the saved copy", () => {
    const storage = memory();
    writeSavedDockerfile(storage, key, "edited", "original", 1);
    expect(writeSavedDockerfile(storage, key, "original", "original", 2)).toBe("cleared");
    expect(readSavedDockerfile(storage, key)).toEqual({ status: "none" });
  });

  it("an empty Dockerfile is saved, not mistaken for no edit", () => {
    const storage = memory();
    writeSavedDockerfile(storage, key, "", "original", 1);
    expect(readSavedDockerfile(storage, key)).toEqual({ status: "restored", text: "", savedAt: 1, migrated: false });
  });

  it("storage that throws is reported, never thrown", () => {
    expect(readSavedDockerfile(throwing, key)).toEqual({ status: "unavailable" });
    expect(writeSavedDockerfile(throwing, key, "a", "b", 1)).toBe("failed");
    expect(readSavedDockerfile(null, key)).toEqual({ status: "unavailable" });
  });

  it("a full storage still reads, and reports the failed write", () => {
    const storage = full({ [key]: JSON.stringify({ text: "FROM a", savedAt: 5 }) });
    expect(readSavedDockerfile(storage, key)).toEqual({ status: "restored", text: "FROM a", savedAt: 5, migrated: false });
    expect(writeSavedDockerfile(storage, key, "FROM b", "x", 6)).toBe("failed");
  });

  it("format 0 (raw text under the unversioned key) is migrated, not discarded", () => {
    const storage = memory({ "stagecraft:lesson:why-multi-stage": "FROM alpine AS build\n" });
    expect(readSavedDockerfile(storage, key, 99)).toEqual({ status: "restored", text: "FROM alpine AS build\n", savedAt: 99, migrated: true });
    expect(storage.data.get(key)).toBe(JSON.stringify({ text: "FROM alpine AS build\n", savedAt: 99 }));
    expect(storage.data.has("stagecraft:lesson:why-multi-stage")).toBe(false);
  });

  it("an older { text } record without a time is migrated", () => {
    const storage = memory({ [key]: JSON.stringify({ text: "FROM x" }) });
    expect(readSavedDockerfile(storage, key, 7)).toEqual({ status: "restored", text: "FROM x", savedAt: 7, migrated: true });
  });

  it("data of another shape is corrupt and set aside, never deleted", () => {
    const storage = memory({ [key]: JSON.stringify({ text: 3 }) });
    expect(readSavedDockerfile(storage, key)).toEqual({ status: "corrupt", keptAs: unreadableKeyOf(key) });
    expect(storage.data.get(unreadableKeyOf(key))).toBe(JSON.stringify({ text: 3 }));
    expect(storage.data.has(key)).toBe(false);
  });

  it("any stored value reads as a valid state or a clear status, never a throw", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: "grapheme", maxLength: 2000 })), (raw) => {
        const result = readSavedDockerfile(memory({ [key]: raw }), key, 1);
        expect(["restored", "corrupt"]).toContain(result.status);
        if (result.status === "restored") expect(typeof result.text).toBe("string");
      }),
    );
  });
});
