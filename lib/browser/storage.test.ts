import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { legacyKeysOf, lessonStorageKey, readSavedDockerfile, unreadableKeyOf, walkthroughStorageKey, writeSavedDockerfile, type KeyValueStorage } from "./storage";
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

  describe("the walkthrough's key takes over the one-page lesson's saves", () => {
    const walkthrough = walkthroughStorageKey("why-multi-stage");
    const onePage = lessonStorageKey("why-multi-stage");
    const format0 = "stagecraft:lesson:why-multi-stage";

    it("looks in the one-page key, then format 0's", () => {
      expect(legacyKeysOf(walkthrough)).toEqual([onePage, format0]);
      expect(legacyKeysOf(onePage)).toEqual([format0]);
      expect(legacyKeysOf("stagecraft:v1:progress")).toEqual([]);
    });

    it("a one-page { text, savedAt } save moves to the walkthrough's key, with its time", () => {
      const storage = memory({ [onePage]: JSON.stringify({ text: "FROM alpine AS build\n", savedAt: 42 }) });
      expect(readSavedDockerfile(storage, walkthrough, 99)).toEqual({ status: "restored", text: "FROM alpine AS build\n", savedAt: 42, migrated: true });
      expect(storage.data.get(walkthrough)).toBe(JSON.stringify({ text: "FROM alpine AS build\n", savedAt: 42 }));
      expect(storage.data.has(onePage)).toBe(false);
      // Read again: now from the walkthrough's own key, nothing left to migrate.
      expect(readSavedDockerfile(storage, walkthrough, 100)).toEqual({ status: "restored", text: "FROM alpine AS build\n", savedAt: 42, migrated: false });
    });

    it("format 0's raw text moves to the walkthrough's key", () => {
      const storage = memory({ [format0]: "# from an old save\nFROM alpine\n" });
      expect(readSavedDockerfile(storage, walkthrough, 7)).toEqual({ status: "restored", text: "# from an old save\nFROM alpine\n", savedAt: 7, migrated: true });
      expect(storage.data.get(walkthrough)).toBe(JSON.stringify({ text: "# from an old save\nFROM alpine\n", savedAt: 7 }));
      expect(storage.data.has(format0)).toBe(false);
    });

    it("the newer save wins, and the older one is kept where it is", () => {
      const storage = memory({ [onePage]: JSON.stringify({ text: "newer", savedAt: 2 }), [format0]: "older" });
      expect(readSavedDockerfile(storage, walkthrough, 9)).toMatchObject({ status: "restored", text: "newer" });
      expect(storage.data.get(format0)).toBe("older");
    });

    it("a walkthrough save of its own is never replaced by an old one", () => {
      const storage = memory({ [walkthrough]: JSON.stringify({ text: "mine", savedAt: 3 }), [format0]: "older" });
      expect(readSavedDockerfile(storage, walkthrough, 9)).toEqual({ status: "restored", text: "mine", savedAt: 3, migrated: false });
      expect(storage.data.get(format0)).toBe("older");
    });

    it("an unreadable old save is set aside under its own key, once", () => {
      const storage = memory({ [onePage]: JSON.stringify({ text: 42 }) });
      expect(readSavedDockerfile(storage, walkthrough, 1)).toEqual({ status: "corrupt", keptAs: unreadableKeyOf(onePage) });
      expect(storage.data.get(unreadableKeyOf(onePage))).toBe(JSON.stringify({ text: 42 }));
      expect(storage.data.has(onePage)).toBe(false);
      expect(readSavedDockerfile(storage, walkthrough, 2)).toEqual({ status: "none" });
    });

    it("a full storage still restores the old save, and migrates it on a later read", () => {
      const storage = full({ [format0]: "FROM a\n" });
      expect(readSavedDockerfile(storage, walkthrough, 5)).toEqual({ status: "restored", text: "FROM a\n", savedAt: 5, migrated: true });
    });
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
