import fc from "fast-check";
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import { describe, expect, it, vi } from "vitest";

// The real lz-string, with its decompressor watched: a bomb must be refused before it runs.
vi.mock("lz-string", async (importOriginal) => {
  // A CommonJS package: its functions are on the default export.
  const real = await importOriginal<typeof import("lz-string") & { default?: typeof import("lz-string") }>();
  const lib = real.default ?? real;
  const watched = { ...lib, decompressFromEncodedURIComponent: vi.fn(lib.decompressFromEncodedURIComponent) };
  return { ...watched, default: watched };
});
import {
  decodeShareHash,
  decompressedLength,
  encodeShareState,
  isShareHash,
  MAX_JSON_LENGTH,
  MAX_TARGET_LENGTH,
  MAX_TEXT_LENGTH,
  PLAYGROUND_STORAGE_KEY,
  readPlaygroundAutosave,
  readShareState,
  takeLeavingState,
  writeLeavingState,
  writePlaygroundAutosave,
  type ShareState,
} from "./share";
import { memoryStorage, throwingStorage as throwing } from "../../test/fakes/storage";

const memory = () => memoryStorage();


const DOCKERFILE = "FROM alpine:3.20 AS build\nRUN echo hi > /out\n\nFROM scratch\nCOPY --from=build /out /out\n";
const FALLBACK: ShareState = { text: "FROM scratch\n", target: null };
const link = (json: string) => `#v1=${compressToEncodedURIComponent(json)}`;

function hashOf(state: ShareState): string {
  const encoded = encodeShareState(state);
  if (!encoded.ok) throw new Error(encoded.message);
  return encoded.hash;
}

/** Any UTF-16 code unit, lone surrogates included: what a textarea can hold. */
const codeUnit = fc.nat(0xffff).map((n) => String.fromCharCode(n));
const anyText = fc.oneof(fc.string({ maxLength: 3000 }), fc.string({ unit: codeUnit, maxLength: 500 }), fc.string({ unit: "grapheme", maxLength: 300 }));
const anyState = fc.record({ text: anyText, target: fc.option(fc.string({ minLength: 1, maxLength: MAX_TARGET_LENGTH }), { nil: null }) });

describe("links", () => {
  it("a Dockerfile and its target round-trip through a link", () => {
    const hash = hashOf({ text: DOCKERFILE, target: "build" });
    expect(hash).toMatch(/^#v1=[A-Za-z0-9+\-$]+$/);
    expect(decodeShareHash(hash)).toEqual({ ok: true, state: { text: DOCKERFILE, target: "build" } });
  });

  it("the hash decodes without its #", () => {
    expect(decodeShareHash(hashOf({ text: DOCKERFILE, target: null }).slice(1))).toEqual({ ok: true, state: { text: DOCKERFILE, target: null } });
  });

  it("an empty Dockerfile round-trips", () => {
    expect(decodeShareHash(hashOf({ text: "", target: null }))).toEqual({ ok: true, state: { text: "", target: null } });
  });

  it("a link whose `+` became a space or whose `$` was percent-encoded still opens", () => {
    const hash = hashOf({ text: DOCKERFILE.repeat(20), target: null });
    const mangled = hash.replace(/\+/g, " ").replace(/\$/g, "%24");
    expect(decodeShareHash(mangled)).toEqual({ ok: true, state: { text: DOCKERFILE.repeat(20), target: null } });
  });

  it("a missing target and an empty target both mean the default", () => {
    expect(decodeShareHash(link(JSON.stringify({ text: "FROM a" })))).toEqual({ ok: true, state: { text: "FROM a", target: null } });
    expect(decodeShareHash(link(JSON.stringify({ text: "FROM a", target: "" })))).toEqual({ ok: true, state: { text: "FROM a", target: null } });
  });

  it("markup in a link stays text", () => {
    const text = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    expect(decodeShareHash(link(JSON.stringify({ text, target: "<b>x</b>" })))).toEqual({ ok: true, state: { text, target: "<b>x</b>" } });
  });

  it("the lesson a Dockerfile was opened from travels with it; a lesson that is not a slug is dropped, the Dockerfile kept", () => {
    expect(decodeShareHash(hashOf({ text: DOCKERFILE, target: null, lesson: "why-multi-stage" }))).toEqual({ ok: true, state: { text: DOCKERFILE, target: null, lesson: "why-multi-stage" } });
    expect(decodeShareHash(link(JSON.stringify({ text: "FROM a", lesson: "../../etc/passwd" })))).toEqual({ ok: true, state: { text: "FROM a", target: null } });
    expect(decodeShareHash(link(JSON.stringify({ text: "FROM a", lesson: 7 })))).toEqual({ ok: true, state: { text: "FROM a", target: null } });
    const storage = memory();
    writePlaygroundAutosave(storage, { text: "FROM a", target: null, lesson: "nodejs" }, "FROM a", 1);
    expect(readPlaygroundAutosave(storage)?.state).toEqual({ text: "FROM a", target: null, lesson: "nodejs" });
  });

  it("isShareHash tells links from in-page anchors", () => {
    expect(isShareHash("#v1=abc")).toBe(true);
    expect(isShareHash("v2=abc")).toBe(true);
    expect(isShareHash("#main")).toBe(false);
    expect(isShareHash("")).toBe(false);
  });
});

describe("links that cannot be opened", () => {
  const failing = (hash: string) => {
    const result = decodeShareHash(hash);
    if (result.ok) throw new Error(`expected a message for ${hash.slice(0, 40)}`);
    return result.message;
  };

  it("invalid base64 is reported as damaged", () => {
    expect(failing("#v1=!!!not*base64!!!")).toMatch(/damaged/);
    expect(failing("#v1=")).toMatch(/damaged/);
    expect(failing("#v1=%E0%A4%A")).toMatch(/damaged/);
  });

  it("a truncated link is reported as damaged", () => {
    const hash = hashOf({ text: DOCKERFILE.repeat(5), target: null });
    expect(failing(hash.slice(0, hash.length / 2))).toMatch(/damaged/);
  });

  it("JSON that is not a state is refused, naming what is wrong", () => {
    expect(failing(link("[1,2]"))).toMatch(/not a playground state/);
    expect(failing(link("null"))).toMatch(/not a playground state/);
    expect(failing(link('"FROM a"'))).toMatch(/not a playground state/);
    expect(failing(link(JSON.stringify({ text: 42 })))).toMatch(/text is missing or not text/);
    expect(failing(link(JSON.stringify({ target: "x" })))).toMatch(/text is missing/);
    expect(failing(link(JSON.stringify({ text: "FROM a", target: ["x"] })))).toMatch(/target is not a stage name/);
    expect(failing(link(JSON.stringify({ text: "FROM a", target: "x".repeat(MAX_TARGET_LENGTH + 1) })))).toMatch(/longer than 128/);
  });

  it("text that is not JSON is reported as damaged", () => {
    expect(failing(link("{text:"))).toMatch(/damaged/);
  });

  it("another format version is named", () => {
    expect(failing("#v2=abc")).toMatch(/format v2; this one reads v1/);
  });

  it("a Dockerfile over the limit is refused both ways", () => {
    const text = "RUN true\n".repeat(MAX_TEXT_LENGTH / 9 + 1);
    expect(failing(link(JSON.stringify({ text, target: null })))).toMatch(/at most 100 KB/);
    expect(encodeShareState({ text, target: null })).toEqual({ ok: false, message: expect.stringMatching(/too large for a link/) });
  });

  it("an oversized payload is refused before it is decompressed", () => {
    expect(failing(`#v1=${"A".repeat(700_000)}`)).toMatch(/at most 100 KB/);
  });

  it("a zip bomb is refused without expanding it", () => {
    // 700,000 characters compress to under 2,000; lz-string would expand them all.
    const bomb = compressToEncodedURIComponent(`{"text":"${"a".repeat(700_000)}"}`);
    expect(bomb.length).toBeLessThan(2_000);
    vi.mocked(decompressFromEncodedURIComponent).mockClear();
    expect(failing(`#v1=${bomb}`)).toMatch(/at most 100 KB/);
    expect(decompressFromEncodedURIComponent).not.toHaveBeenCalled();
  }, 15_000);
});

describe("decompressedLength", () => {
  it("measures what lz-string returns, for any text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(decompressedLength(compressToEncodedURIComponent(text), Infinity)).toBe(text.length);
      }),
    );
  });

  it("agrees with lz-string on any payload of link characters", () => {
    const payload = fc.string({ unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$"), minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(payload, (p) => {
        const measured = decompressedLength(p, Infinity);
        // Where this says null the decoder stops; lz-string may return null, garbage or throw there.
        if (measured === null) return;
        expect(decompressFromEncodedURIComponent(p)?.length).toBe(measured);
      }),
      { numRuns: 2000 },
    );
  });

  it("stops at the limit", () => {
    expect(decompressedLength(compressToEncodedURIComponent("b".repeat(5000)), 4999)).toBe("too-long");
  });
});

describe("properties", () => {
  it("any string given to the decoder yields a valid state or a message, never a throw", () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.string({ unit: codeUnit }),
      fc.string().map((s) => `#v1=${s}`),
      fc.string({ unit: fc.constantFrom(..."AZaz09+-$%# "), maxLength: 400 }).map((s) => `#v1=${s}`),
      fc.jsonValue().map((v) => link(JSON.stringify(v))),
      fc.tuple(anyState, fc.nat(), fc.nat(63)).map(([state, at, ch]) => {
        // A valid link with one character changed.
        const hash = hashOf(state);
        const i = 4 + (at % Math.max(1, hash.length - 4));
        return hash.slice(0, i) + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$".charAt(ch) + hash.slice(i + 1);
      }),
    );
    fc.assert(
      fc.property(hostile, (hash) => {
        const result = decodeShareHash(hash);
        if (result.ok) {
          expect(typeof result.state.text).toBe("string");
          expect(result.state.text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
          expect(result.state.target === null || (typeof result.state.target === "string" && result.state.target.length <= MAX_TARGET_LENGTH)).toBe(true);
          expect(Object.keys(result.state).sort()).toEqual(["target", "text"]);
        } else {
          expect(result.message.length).toBeGreaterThan(20);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("encode then decode gives back any state within the limits", () => {
    fc.assert(
      fc.property(anyState, (state) => {
        expect(decodeShareHash(hashOf(state))).toEqual({ ok: true, state });
      }),
      { numRuns: 500 },
    );
  });

  it("a state at the size limit still fits in a link", () => {
    const text = "RUN apk add --no-cache build-base cmake\n".repeat(MAX_TEXT_LENGTH / 40);
    expect(text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(decodeShareHash(hashOf({ text, target: "build" }))).toEqual({ ok: true, state: { text, target: "build" } });
    expect(JSON.stringify({ text: "\u0000".repeat(MAX_TEXT_LENGTH), target: "x".repeat(MAX_TARGET_LENGTH) }).length).toBeLessThanOrEqual(MAX_JSON_LENGTH);
  });
});

describe("where the playground starts", () => {
  it("a link wins over the autosave", () => {
    const storage = memory();
    writePlaygroundAutosave(storage, { text: "FROM saved", target: null }, "FROM saved", 1);
    expect(readShareState(hashOf({ text: "FROM linked", target: null }), storage, FALLBACK)).toEqual({ source: "link", state: { text: "FROM linked", target: null } });
  });

  it("the autosave wins over the default example, with the text its Reset restores", () => {
    const storage = memory();
    expect(writePlaygroundAutosave(storage, { text: "FROM saved", target: "x" }, "FROM example", 1)).toBe(true);
    expect(readShareState("", storage, FALLBACK)).toEqual({ source: "autosave", state: { text: "FROM saved", target: "x" }, original: "FROM example" });
    expect(readShareState("#main", storage, FALLBACK).source).toBe("autosave");
  });

  it("nothing saved gives the default example", () => {
    expect(readShareState("", memory(), FALLBACK)).toEqual({ source: "default", state: FALLBACK, message: null });
    expect(readShareState("", null, FALLBACK)).toEqual({ source: "default", state: FALLBACK, message: null });
  });

  it("a broken link gives the default example and a message, not the autosave", () => {
    const storage = memory();
    writePlaygroundAutosave(storage, { text: "FROM saved", target: null }, "FROM saved", 1);
    const start = readShareState("#v1=***", storage, FALLBACK);
    expect(start).toEqual({ source: "default", state: FALLBACK, message: expect.stringMatching(/damaged/) });
  });

  it("a corrupt or hostile autosave is ignored", () => {
    const storage = memory();
    storage.data.set(PLAYGROUND_STORAGE_KEY, "{not json");
    expect(readPlaygroundAutosave(storage)).toBeNull();
    storage.data.set(PLAYGROUND_STORAGE_KEY, JSON.stringify({ text: 1 }));
    expect(readPlaygroundAutosave(storage)).toBeNull();
    storage.data.set(PLAYGROUND_STORAGE_KEY, JSON.stringify({ text: "FROM a", target: null, original: 5 }));
    expect(readPlaygroundAutosave(storage)).toEqual({ state: { text: "FROM a", target: null }, original: "FROM a" });
  });

  it("storage that throws is neither read nor written, and nothing throws", () => {
    expect(readPlaygroundAutosave(throwing)).toBeNull();
    expect(writePlaygroundAutosave(throwing, FALLBACK, FALLBACK.text, 1)).toBe(false);
    expect(readShareState("", throwing, FALLBACK).source).toBe("default");
  });
});

describe("the state a tab leaves with (a reload inside the address's debounce)", () => {
  const state: ShareState = { text: DOCKERFILE, target: "build" };

  it("a reload of the address it left from gets the state back, once", () => {
    const session = memory();
    writeLeavingState(session, "#v1=old", state);
    expect(takeLeavingState(session, "#v1=old")).toEqual(state);
    expect(takeLeavingState(session, "#v1=old")).toBeNull();
  });

  it("another address (a link opened later, Back to a newer address) ignores it, and it is gone", () => {
    const session = memory();
    writeLeavingState(session, "#v1=old", state);
    expect(takeLeavingState(session, "#v1=other")).toBeNull();
    expect(takeLeavingState(session, "#v1=old")).toBeNull();
  });

  it("a tab that left the bare address gets it back there", () => {
    const session = memory();
    writeLeavingState(session, "", state);
    expect(takeLeavingState(session, "")).toEqual(state);
  });

  it("a note that is not a valid state, or storage that throws, gives null and never throws", () => {
    const session = memory();
    session.setItem("stagecraft:v1:playground:leaving", JSON.stringify({ from: "", state: { text: 5 } }));
    expect(takeLeavingState(session, "")).toBeNull();
    session.setItem("stagecraft:v1:playground:leaving", "{not json");
    expect(takeLeavingState(session, "")).toBeNull();
    expect(() => writeLeavingState(throwing, "", state)).not.toThrow();
    expect(takeLeavingState(throwing, "")).toBeNull();
    expect(takeLeavingState(null, "")).toBeNull();
  });
});
