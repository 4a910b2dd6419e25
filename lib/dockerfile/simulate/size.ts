/**
 * Docker's size strings (go-units HumanSizeWithPrecision, as docker/cli prints SIZE) and
 * the deterministic fake ids the simulated logs show.
 */
const UNITS = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];

/** Go's `%.<p>g`: shortest form with p significant digits, trailing zeros removed. */
function goG(value: number, precision: number): string {
  const s = value.toPrecision(precision);
  const e = s.indexOf("e");
  const strip = (m: string) => (m.includes(".") ? m.replace(/\.?0+$/, "") : m);
  if (e < 0) return strip(s);
  const mantissa = strip(s.slice(0, e));
  const exp = Number(s.slice(e + 1));
  const sign = exp < 0 ? "-" : "+";
  return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, "0")}`;
}

/**
 * go-units HumanSizeWithPrecision: divide by 1000 while the value is at least 1000, then
 * `%.<precision>g` and the unit (`B`, `kB`, `MB`, ...).
 */
export function humanSize(bytes: number, precision = 4): string {
  let size = Number.isFinite(bytes) ? Math.max(0, bytes) : 0;
  let i = 0;
  while (size >= 1000 && i < UNITS.length - 1) {
    size /= 1000;
    i++;
  }
  return goG(size, precision) + UNITS[i];
}

/** `docker image ls` SIZE: docker/cli formats it with HumanSizeWithPrecision(size, 3). */
export function formatDockerSize(bytes: number): string {
  return humanSize(bytes, 3);
}

/** FNV-1a over a string, 32 bits. */
function fnv1a(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // murmur3's finaliser, so that texts differing in one character give unrelated ids.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * A deterministic fake hex id of `length` digits derived from `text`. Not a real digest:
 * the simulation says so wherever it shows one.
 */
export function fakeHex(text: string, length: number): string {
  let out = "";
  for (let seed = 0; out.length < length; seed++) out += fnv1a(text, seed).toString(16).padStart(8, "0");
  return out.slice(0, length);
}

const UNIT_BYTES: Readonly<Record<string, number>> = Object.fromEntries(UNITS.map((u, i) => [u, 1000 ** i]));

/** The inverse of humanSize for what `docker image ls` prints (`303MB`, `8.34MB`, `900kB`); null for anything else. */
export function parseDockerSize(size: string): number | null {
  const match = /^(\d+(?:\.\d+)?)([kMGTPEZY]?B)$/.exec(size.trim());
  const unit = match?.[2] === undefined ? undefined : UNIT_BYTES[match[2]];
  return match && unit !== undefined ? Number(match[1]) * unit : null;
}
