/**
 * The playground's state (Dockerfile and target) in a URL hash, and its local autosave.
 * Pure: the hash and the storage are passed in, so all of it is tested without a browser.
 *
 * A link is `#v1=<lz-string compressToEncodedURIComponent(JSON)>`. Anything can arrive in a
 * hash, so decoding never throws and never trusts it: a state comes back only when it has
 * the right types and sizes; everything else comes back as a message to show the student.
 * The text is only ever shown as text (React escapes it; Monaco renders it as text).
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import type { KeyValueStorage } from "./storage";

/** What a playground link and the autosave hold. */
export interface ShareState {
  /** The Dockerfile. */
  text: string;
  /** The `--target` stage, or null for the default (the last stage). */
  target: string | null;
  /**
   * The lesson the Dockerfile was opened from (its slug), when it was: the playground then
   * uses that lesson's project as the build context. Absent otherwise.
   */
  lesson?: string;
}

/** A lesson slug as lessons/ names its folders. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A decoded link: a checked state, or what is wrong with it, in words for the student. */
export type ShareDecode = { ok: true; state: ShareState } | { ok: false; message: string };

/** An encoded state: the hash (with its `#`), or why it cannot be put in a link. */
export type ShareEncode = { ok: true; hash: string } | { ok: false; message: string };

/** The current link format. A new format gets a new number and old links keep working. */
export const SHARE_VERSION = 1;
/** Longest Dockerfile a link or the autosave carries, in UTF-16 code units (100 KB of ASCII). */
export const MAX_TEXT_LENGTH = 100_000;
/** Longest target name, in UTF-16 code units (a stage name is a short identifier). */
export const MAX_TARGET_LENGTH = 128;
/** Longest compressed payload, in characters: checked before anything is decompressed. */
export const MAX_ENCODED_LENGTH = 200_000;
/**
 * Longest decompressed JSON, in UTF-16 code units. JSON writes a character as at most six
 * (`\u0000`), so every state within the limits above fits. A payload is measured before it
 * is decompressed, so a "zip bomb" (a short link that expands to gigabytes; lz-string's
 * output can grow with the square of its input) is refused without allocating it.
 */
export const MAX_JSON_LENGTH = 6 * MAX_TEXT_LENGTH + 1_000;

/** The playground's autosave in localStorage. Versioned, so a new format can migrate. */
export const PLAYGROUND_STORAGE_KEY = "stagecraft:v1:playground";

const PREFIX = /^v(\d{1,6})=/;
const URI_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$";
const URI_SAFE_VALUE = new Map([...URI_SAFE].map((ch, i) => [ch, i]));
const PAYLOAD = /^[A-Za-z0-9+\-$]+$/;

const DAMAGED =
  "This playground link is damaged: its data could not be read. It may have been cut short or changed when it was copied. Showing the default example instead.";
const TOO_LARGE = `This playground link holds more than a playground can open (at most ${MAX_TEXT_LENGTH / 1000} KB of Dockerfile). Showing the default example instead.`;

/** Whether a hash is meant as a playground link (`#v1=...`), rather than an in-page anchor like `#main`. */
export function isShareHash(hash: string): boolean {
  return PREFIX.test(hash.startsWith("#") ? hash.slice(1) : hash);
}

/** Checks a value read from a link or from storage; returns the state or what is wrong. */
export function checkShareState(value: unknown): ShareDecode {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, message: "This playground link does not hold a Dockerfile (its data is not a playground state). Showing the default example instead." };
  }
  const { text, target } = value as Record<string, unknown>;
  if (typeof text !== "string") {
    return { ok: false, message: "This playground link does not hold a Dockerfile (its text is missing or not text). Showing the default example instead." };
  }
  if (target !== undefined && target !== null && typeof target !== "string") {
    return { ok: false, message: "This playground link's target is not a stage name. Showing the default example instead." };
  }
  if (text.length > MAX_TEXT_LENGTH) return { ok: false, message: TOO_LARGE };
  if (typeof target === "string" && target.length > MAX_TARGET_LENGTH) {
    return { ok: false, message: `This playground link's target is longer than ${MAX_TARGET_LENGTH} characters, so it is no stage name. Showing the default example instead.` };
  }
  // A lesson that is not a slug only loses the link its build context: the Dockerfile still opens.
  const lesson = (value as Record<string, unknown>).lesson;
  const state: ShareState = { text, target: typeof target === "string" && target !== "" ? target : null };
  if (typeof lesson === "string" && SLUG.test(lesson)) state.lesson = lesson;
  return { ok: true, state };
}

/**
 * Longest link the Share buttons hand out, in characters, origin included. Not a limit of any
 * one chat app (what each passes intact is not documented: unknown), but a round figure under
 * WinINET's INTERNET_MAX_URL_LENGTH of 2,083 characters (Microsoft KB 208427, "Maximum URL
 * length is 2,083 characters in Internet Explorer"; still enforced on some Windows code paths
 * per Microsoft's IEInternals post "URL Length Limits", 2014), the figure links have long been
 * kept under. Longer links are offered as a download instead of being cut off on the way.
 */
export const MAX_LINK_LENGTH = 2_000;

/** A playground link to hand out, or why the Dockerfile should travel as a file instead. */
export type ShareLink = { ok: true; url: string } | { ok: false; tooLong: boolean; length: number | null; message: string };

/**
 * The link to `playground` (an absolute URL, `https://host/playground/`) that opens `state`,
 * or, when it would be longer than MAX_LINK_LENGTH, how long and what to do instead.
 */
export function shareLink(playground: string, state: ShareState): ShareLink {
  const encoded = encodeShareState(state);
  if (!encoded.ok) return { ok: false, tooLong: false, length: null, message: encoded.message };
  const url = `${playground}${encoded.hash}`;
  if (url.length <= MAX_LINK_LENGTH) return { ok: true, url };
  return {
    ok: false,
    tooLong: true,
    length: url.length,
    message: `The link to this Dockerfile would be ${url.length.toLocaleString("en")} characters long. Chat apps and mail programs may cut off links over ${MAX_LINK_LENGTH.toLocaleString("en")} characters, and a cut link opens nothing: download the Dockerfile and send the file instead.`,
  };
}

/** Encodes a state as a hash (`#v1=...`), or says why it is too large for a link. */
export function encodeShareState(state: ShareState): ShareEncode {
  const checked = checkShareState(state);
  if (!checked.ok) return { ok: false, message: `This Dockerfile is too large for a link (at most ${MAX_TEXT_LENGTH / 1000} KB).` };
  const { text, target, lesson } = checked.state;
  const payload = compressToEncodedURIComponent(JSON.stringify(lesson ? { text, target, lesson } : { text, target }));
  if (payload.length > MAX_ENCODED_LENGTH) return { ok: false, message: "This Dockerfile is too large for a link, even compressed." };
  return { ok: true, hash: `#v${SHARE_VERSION}=${payload}` };
}

/**
 * Decodes a hash (with or without its `#`). Never throws: any string gives either a checked
 * state or a message.
 */
export function decodeShareHash(hash: string): ShareDecode {
  try {
    const body = hash.startsWith("#") ? hash.slice(1) : hash;
    const prefix = PREFIX.exec(body);
    if (!prefix) return { ok: false, message: "This is not a playground link. Showing the default example instead." };
    if (Number(prefix[1]) !== SHARE_VERSION) {
      return {
        ok: false,
        message: `This playground link was made by another version of Stagecraft (format v${Number(prefix[1])}; this one reads v${SHARE_VERSION}). Showing the default example instead.`,
      };
    }
    let payload = body.slice(prefix[0].length);
    // Size first, before any work that grows with the input.
    if (payload.length > 3 * MAX_ENCODED_LENGTH) return { ok: false, message: TOO_LARGE };
    // Some apps percent-encode a link's `$` or `+`, and some turn `+` into a space.
    if (payload.includes("%")) payload = decodeURIComponent(payload);
    payload = payload.replace(/ /g, "+");
    if (payload.length > MAX_ENCODED_LENGTH) return { ok: false, message: TOO_LARGE };
    if (!PAYLOAD.test(payload)) return { ok: false, message: DAMAGED };

    const length = decompressedLength(payload, MAX_JSON_LENGTH);
    if (length === "too-long") return { ok: false, message: TOO_LARGE };
    if (length === null || length === 0) return { ok: false, message: DAMAGED };
    const json = decompressFromEncodedURIComponent(payload);
    if (typeof json !== "string" || json === "") return { ok: false, message: DAMAGED };
    if (json.length > MAX_JSON_LENGTH) return { ok: false, message: TOO_LARGE };
    return checkShareState(JSON.parse(json));
  } catch {
    // decodeURIComponent on a stray `%`, or JSON.parse on garbage.
    return { ok: false, message: DAMAGED };
  }
}

/**
 * The length lz-string's `decompressFromEncodedURIComponent` would return for a payload of
 * URI-safe characters, without building the string: `"too-long"` as soon as it passes
 * `limit`, null where lz-string returns null. It follows lz-string 1.5's `_decompress` step
 * for step but keeps only lengths, so its memory and time grow with the payload, not with
 * what the payload expands to.
 */
export function decompressedLength(payload: string, limit: number): number | null | "too-long" {
  if (payload === "") return null;
  const length = payload.length;
  let val = URI_SAFE_VALUE.get(payload.charAt(0)) ?? 0;
  let position = 32;
  let index = 1;
  const read = (numBits: number): number => {
    let bits = 0;
    for (let power = 1, max = 2 ** numBits; power !== max; power *= 2) {
      const bit = val & position;
      position >>= 1;
      if (position === 0) {
        position = 32;
        val = URI_SAFE_VALUE.get(payload.charAt(index++)) ?? 0;
      }
      if (bit > 0) bits += power;
    }
    return bits;
  };

  const first = read(2);
  if (first === 2) return 0;
  // lz-string has no case for 3 and goes on with an undefined character (it may then throw).
  if (first === 3) return null;
  read(first === 0 ? 8 : 16);
  // The dictionary's entries, by their lengths only: 0-2 are the control codes, 3 the first character.
  const dictionary: number[] = [0, 0, 0, 1];
  let dictSize = 4;
  let enlargeIn = 4;
  let numBits = 3;
  let w = 1;
  let total = 1;
  for (;;) {
    if (index > length) return 0;
    let c = read(numBits);
    if (c === 2) return total;
    if (c === 0 || c === 1) {
      read(c === 0 ? 8 : 16);
      dictionary[dictSize++] = 1;
      c = dictSize - 1;
      enlargeIn--;
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: number;
    if (c < dictSize && c >= 3) entry = dictionary[c] ?? 0;
    else if (c === dictSize) entry = w + 1;
    else return null;
    total += entry;
    if (total > limit) return "too-long";
    dictionary[dictSize++] = w + 1;
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}

/** What the playground starts from, in order of precedence: a link, the autosave, the default example. */
export type PlaygroundStart =
  | { source: "link"; state: ShareState }
  | { source: "autosave"; state: ShareState; original: string }
  | { source: "default"; state: ShareState; message: string | null };

/**
 * Where the playground starts: the link's state when the hash holds one, else the autosave,
 * else the default example. A link that cannot be read gives the default example with a
 * message (not the autosave, so the student sees exactly what a fresh visitor would).
 */
export function readShareState(hash: string, storage: KeyValueStorage | null, fallback: ShareState): PlaygroundStart {
  if (isShareHash(hash)) {
    const decoded = decodeShareHash(hash);
    return decoded.ok ? { source: "link", state: decoded.state } : { source: "default", state: fallback, message: decoded.message };
  }
  const saved = readPlaygroundAutosave(storage);
  return saved ? { source: "autosave", ...saved } : { source: "default", state: fallback, message: null };
}

/** Reads the autosave; null when there is none, storage is unavailable, or it is not a valid state. Never throws. */
export function readPlaygroundAutosave(storage: KeyValueStorage | null): { state: ShareState; original: string } | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(PLAYGROUND_STORAGE_KEY);
    if (raw === null || raw.length > MAX_JSON_LENGTH * 2) return null;
    const value: unknown = JSON.parse(raw);
    const checked = checkShareState(value);
    if (!checked.ok) return null;
    const original = (value as { original?: unknown }).original;
    return { state: checked.state, original: typeof original === "string" && original.length <= MAX_TEXT_LENGTH ? original : checked.state.text };
  } catch {
    return null;
  }
}

/** Saves the playground's state, and the text its Reset restores. Never throws; false when it could not. */
export function writePlaygroundAutosave(storage: KeyValueStorage | null, state: ShareState, original: string, now: number): boolean {
  if (!storage || !checkShareState(state).ok || original.length > MAX_TEXT_LENGTH) return false;
  try {
    storage.setItem(PLAYGROUND_STORAGE_KEY, JSON.stringify({ text: state.text, target: state.target, ...(state.lesson ? { lesson: state.lesson } : {}), original, savedAt: now }));
    return true;
  } catch {
    return false;
  }
}

/** Where the playground notes, for this tab only, what it held as the tab left. */
export const PLAYGROUND_LEAVING_KEY = "stagecraft:v1:playground:leaving";

/**
 * Notes the playground's state as the tab leaves, with the address it leaves from. A reload
 * opens the address as it was when the reload began, even when the page writes the newer one
 * in beforeunload (Chromium 156: an edit within the address's debounce came back without the
 * edit), so the reloaded page needs the state from elsewhere. Never throws.
 */
export function writeLeavingState(session: KeyValueStorage | null, from: string, state: ShareState): void {
  if (!session || !checkShareState(state).ok) return;
  try {
    session.setItem(PLAYGROUND_LEAVING_KEY, JSON.stringify({ from, state }));
  } catch {
    // The address and the autosave still hold what was written before.
  }
}

/**
 * The state the tab left with, if the page opens the very address it left from (a reload);
 * null otherwise (another link, a later visit). Read once: the note is removed. Never throws.
 */
export function takeLeavingState(session: KeyValueStorage | null, hash: string): ShareState | null {
  if (!session) return null;
  try {
    const raw = session.getItem(PLAYGROUND_LEAVING_KEY);
    if (raw === null) return null;
    session.removeItem(PLAYGROUND_LEAVING_KEY);
    if (raw.length > MAX_JSON_LENGTH * 2) return null;
    const value = JSON.parse(raw) as { from?: unknown; state?: unknown };
    if (value.from !== hash) return null;
    const checked = checkShareState(value.state);
    return checked.ok ? checked.state : null;
  } catch {
    return null;
  }
}
