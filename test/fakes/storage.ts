/**
 * Storages for tests: an in-memory one and one that throws on every call (as
 * localStorage does under some privacy settings). Used by the unit tests of every module
 * that takes a storage.
 */
import type { KeyValueStorage } from "../../lib/browser/storage";

/** An in-memory storage, optionally pre-filled; `data` exposes what was written. */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** A storage whose every call throws: reads as a SecurityError, writes as a full quota. */
export const throwingStorage: KeyValueStorage = {
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
