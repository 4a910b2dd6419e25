import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  emptyProgress,
  importProgress,
  mergeProgress,
  parseProgressFile,
  PROGRESS_KEY,
  readProgress,
  recordSolved,
  recordVisit,
  serializeProgress,
  type Progress,
} from "./progress";
import { memoryStorage, throwingStorage as throwing } from "../../test/fakes/storage";

const memory = (initial?: string) => memoryStorage(initial === undefined ? {} : { [PROGRESS_KEY]: initial });


const file = (body: object) => JSON.stringify({ format: "stagecraft-progress", version: 1, ...body });

describe("recording progress", () => {
  it("a visit and a solved exercise read back with their times", () => {
    const storage = memory();
    recordVisit(storage, "why-multi-stage", 1000);
    recordSolved(storage, "why-multi-stage/exercise-1", 2000);
    expect(readProgress(storage)).toEqual({ visited: { "why-multi-stage": 1000 }, solved: { "why-multi-stage/exercise-1": 2000 } });
  });

  it("a second visit keeps the first visit's time", () => {
    const storage = memory();
    recordVisit(storage, "copy-from", 1000);
    recordVisit(storage, "copy-from", 5000);
    expect(readProgress(storage).visited).toEqual({ "copy-from": 1000 });
  });

  it("a name the validator would reject is not written, so saved progress stays readable", () => {
    const storage = memory();
    recordVisit(storage, "copy-from", 1000);
    expect(recordVisit(storage, "Not A Slug", 2000)).toEqual({ ok: false, message: '"Not A Slug" is not a lesson name.' });
    expect(recordSolved(storage, "no-slash", 2000).ok).toBe(false);
    expect(readProgress(storage).visited).toEqual({ "copy-from": 1000 });
  });

  it("storage that throws or is missing reads as no progress and reports the failed write", () => {
    expect(readProgress(throwing)).toEqual(emptyProgress());
    expect(readProgress(null)).toEqual(emptyProgress());
    expect(recordVisit(throwing, "copy-from", 1)).toEqual({ ok: false, message: "Progress cannot be saved in this browser (storage is full or blocked)." });
    expect(recordSolved(null, "copy-from/exercise-1", 1).ok).toBe(false);
  });

  it("a damaged saved entry reads as no progress, and the next write replaces it", () => {
    const storage = memory("{not json");
    expect(readProgress(storage)).toEqual(emptyProgress());
    recordVisit(storage, "nodejs", 7);
    expect(readProgress(storage)).toEqual({ visited: { nodejs: 7 }, solved: {} });
  });
});

describe("export and import", () => {
  const progress: Progress = { visited: { "why-multi-stage": 10, nodejs: 20 }, solved: { "why-multi-stage/exercise-1": 30 } };

  it("an exported file imports back to the same progress", () => {
    expect(parseProgressFile(serializeProgress(progress, 99))).toEqual({ ok: true, progress });
  });

  it("importing merges: the union of both, each at its earliest time", () => {
    const storage = memory();
    recordVisit(storage, "why-multi-stage", 50);
    recordVisit(storage, "capstone", 60);
    recordSolved(storage, "capstone/exercise-2", 70);
    const result = importProgress(storage, serializeProgress(progress, 99), 100);
    expect(result.ok).toBe(true);
    expect(readProgress(storage)).toEqual({
      visited: { "why-multi-stage": 10, capstone: 60, nodejs: 20 },
      solved: { "capstone/exercise-2": 70, "why-multi-stage/exercise-1": 30 },
    });
  });

  it("mergeProgress is commutative", () => {
    const other: Progress = { visited: { nodejs: 5 }, solved: { "nodejs/exercise-1": 6 } };
    expect(mergeProgress(progress, other)).toEqual(mergeProgress(other, progress));
  });

  it.each([
    ["", "This file is not a Stagecraft progress file (it is not valid JSON)."],
    ["[]", "This file does not hold Stagecraft progress (it is not a JSON object)."],
    ['{"visited":{},"solved":{}}', 'This file does not hold Stagecraft progress (its "format" is missing or different).'],
    [JSON.stringify({ format: "stagecraft-progress", version: 2, visited: {}, solved: {} }), "This progress file comes from a different version of Stagecraft and cannot be read."],
    [file({ visited: {}, solved: {}, extra: true }), 'This progress file has a field Stagecraft does not know: "extra".'],
    [file({ visited: [], solved: {} }), 'This progress file is damaged: "visited" should be an object of lesson names and times.'],
    [file({ visited: { nodejs: "yesterday" }, solved: {} }), 'This progress file is damaged: "visited.nodejs" should be a time in milliseconds.'],
    [file({ visited: { nodejs: -1 }, solved: {} }), 'This progress file is damaged: "visited.nodejs" should be a time in milliseconds.'],
    [file({ visited: { "../etc": 1 }, solved: {} }), 'This progress file is damaged: "visited" holds "../etc", which is not a lesson name.'],
    [file({ visited: {}, solved: { nodejs: 1 } }), 'This progress file is damaged: "solved" holds "nodejs", which is not an exercise id.'],
    [file({ visited: {} }), 'This progress file is damaged: "solved" should be an object of exercise ids and times.'],
  ])("a malformed file %j is rejected with a clear message", (text, message) => {
    expect(parseProgressFile(text)).toEqual({ ok: false, message });
  });

  it("a rejected file changes nothing", () => {
    const storage = memory();
    recordVisit(storage, "nodejs", 1);
    const before = storage.data.get(PROGRESS_KEY);
    expect(importProgress(storage, file({ visited: { nodejs: 0 }, solved: { bad: 1 } }), 2).ok).toBe(false);
    expect(storage.data.get(PROGRESS_KEY)).toBe(before);
  });

  it("a __proto__ key is rejected rather than polluting anything", () => {
    const result = parseProgressFile('{"format":"stagecraft-progress","version":1,"visited":{"__proto__":1},"solved":{}}');
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).nodejs).toBeUndefined();
  });
});

describe("properties", () => {
  const isValid = (p: Progress) =>
    Object.entries(p.visited).every(([k, v]) => /^[a-z0-9-]+$/.test(k) && Number.isInteger(v) && v >= 0) &&
    Object.entries(p.solved).every(([k, v]) => /^[a-z0-9-]+\/[a-z0-9-]+$/.test(k) && Number.isInteger(v) && v >= 0);

  it("any string imported yields a valid progress or a message, never a throw", () => {
    const jsonish = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ format: "stagecraft-progress", version: 1, visited: v, solved: {} })),
      fc
        .record({ visited: fc.dictionary(fc.string(), fc.oneof(fc.integer(), fc.double(), fc.string())), solved: fc.dictionary(fc.string(), fc.integer()) })
        .map((body) => file(body)),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        const storage = memory();
        const result = importProgress(storage, text, 1);
        if (result.ok) expect(isValid(result.progress)).toBe(true);
        else expect(result.message.length).toBeGreaterThan(0);
        expect(isValid(readProgress(storage))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("export then import round-trips any valid progress", () => {
    const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
    const time = fc.integer({ min: 0, max: 2 ** 45 });
    const progress = fc.record({
      visited: fc.dictionary(slug, time),
      solved: fc.dictionary(fc.tuple(slug, slug).map(([a, b]) => `${a}/${b}`), time),
    });
    fc.assert(
      fc.property(progress, (p) => {
        expect(parseProgressFile(serializeProgress(p, 1))).toEqual({ ok: true, progress: p });
      }),
    );
  });
});

describe("damaged progress", () => {
  it("is set aside, not overwritten, when the next visit is recorded", () => {
    const storage = memoryStorage({ [PROGRESS_KEY]: "{damaged" });
    expect(recordVisit(storage, "nodejs", 5).ok).toBe(true);
    expect(storage.data.get(`${PROGRESS_KEY}:unreadable`)).toBe("{damaged");
    expect(readProgress(storage).visited).toEqual({ nodejs: 5 });
  });
});
