import { describe, expect, it } from "vitest";
import { lessonStorageKey, readSavedDockerfile, writeSavedDockerfile, type KeyValueStorage } from "./storage";

function memory(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const throwing: KeyValueStorage = {
  getItem: () => {
    throw new Error("SecurityError");
  },
  setItem: () => {
    throw new DOMException("full", "QuotaExceededError");
  },
  removeItem: () => {
    throw new Error("SecurityError");
  },
};

const key = lessonStorageKey("why-multi-stage");

describe("saved Dockerfiles", () => {
  it("a saved edit reads back with its time", () => {
    const storage = memory();
    expect(writeSavedDockerfile(storage, key, "FROM alpine\n", "FROM scratch\n", 1234)).toBe("saved");
    expect(readSavedDockerfile(storage, key)).toEqual({ status: "restored", text: "FROM alpine\n", savedAt: 1234 });
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
    expect(readSavedDockerfile(storage, key)).toEqual({ status: "restored", text: "", savedAt: 1 });
  });

  it("storage that throws is reported, never thrown", () => {
    expect(readSavedDockerfile(throwing, key)).toEqual({ status: "unavailable" });
    expect(writeSavedDockerfile(throwing, key, "a", "b", 1)).toBe("failed");
    expect(readSavedDockerfile(null, key)).toEqual({ status: "unavailable" });
  });

  it("garbage under the key is corrupt", () => {
    const storage = memory();
    storage.data.set(key, "{not json");
    expect(readSavedDockerfile(storage, key)).toEqual({ status: "corrupt" });
    storage.data.set(key, JSON.stringify({ text: 3 }));
    expect(readSavedDockerfile(storage, key)).toEqual({ status: "corrupt" });
  });
});
