/**
 * One `RUN --mount=` value read as BuildKit reads it: instructions/commands_runmount.go
 * parseMount, with the CSV splitting of github.com/tonistiigi/go-csvvalue, the size syntax of
 * github.com/docker/go-units RAMInBytes and Go's strconv (moby/buildkit 73ed6825).
 *
 * BuildKit reads a mount twice. While parsing instructions (every stage) it has no expander:
 * only the CSV and `from=` are checked, every other key is left for later. While dispatching
 * a stage the target needs, it reads the whole value again, each value expanded with the
 * stage's environment, and every option error stops the build.
 */
import { suggest } from "../suggest";

/** A mount's options, as far as the analyser uses them. */
export interface RunMount {
  /** `bind` (the default), `cache`, `tmpfs`, `secret` or `ssh`. */
  type: string;
  /** `from=` as written (after expansion when expanded), "" when absent. */
  from: string;
  /** `target=` / `dst=` / `destination=`, "" when absent. */
  target: string;
}

/** Expands one value; returns the text or lex.go's error. */
export type MountExpander = (word: string) => { value: string; error: string | null };

// Go's map order decides ties between suggestions, so BuildKit's choice between two equally
// close types is not fixed; this is the order of the declarations.
const MOUNT_TYPES = ["bind", "cache", "tmpfs", "secret", "ssh"];
const SHARING_MODES = ["shared", "private", "locked"];
const ALL_KEYS = ["type", "from", "source", "target", "readonly", "id", "sharing", "required", "size", "mode", "uid", "gid", "src", "dst", "destination", "ro", "rw", "readwrite", "env"];

const withSuggestion = (message: string, value: string, options: string[]): string => {
  const hint = suggest(value, options, true);
  return hint ? `${message} (did you mean ${hint}?)` : message;
};

/** go-csvvalue Fields with `,`: the fields, or encoding/csv's ParseError text. */
export function csvFields(input: string): { fields: string[] } | { error: string } {
  let line = input;
  if (line.endsWith("\r\n")) line = line.slice(0, -2);
  else if (line.endsWith("\n")) line = line.slice(0, -1);
  if (line.length === 0) return { error: "EOF" };
  const fields: string[] = [];
  // Columns count bytes, as Go's strings do.
  const bytes = (s: string) => new TextEncoder().encode(s).length;
  const err = (pos: number, what: string) => ({ error: `parse error on line 1, column ${pos + 1}: ${what}` });
  let pos = 0;
  for (;;) {
    if (line.length === 0 || line[0] !== '"') {
      const i = line.indexOf(",");
      const field = i >= 0 ? line.slice(0, i) : line;
      const j = field.indexOf('"');
      if (j >= 0) return err(pos + bytes(field.slice(0, j)), 'bare " in non-quoted-field');
      fields.push(field);
      if (i < 0) return { fields };
      pos += bytes(field) + 1;
      line = line.slice(i + 1);
      continue;
    }
    line = line.slice(1);
    pos += 1;
    let halfOpen = false;
    for (;;) {
      const i = line.indexOf('"');
      if (i < 0) return err(pos, 'extraneous or missing " in quoted-field');
      const part = line.slice(0, i);
      if (halfOpen) fields[fields.length - 1] += part;
      else fields.push(part);
      halfOpen = false;
      line = line.slice(i + 1);
      pos += bytes(part) + 1;
      const next = line[0];
      if (next === '"') {
        fields[fields.length - 1] += '"';
        line = line.slice(1);
        pos += 1;
        halfOpen = true;
      } else if (next === ",") {
        line = line.slice(1);
        pos += 1;
        break;
      } else if (line.length === 0) return { fields };
      else return err(pos - 1, 'extraneous or missing " in quoted-field');
    }
  }
}

/** strconv.ParseBool. */
function parseBool(v: string): boolean | null {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(v)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(v)) return false;
  return null;
}

/** strconv.ParseUint(v, base, 32) succeeds. */
function isUint32(v: string, base: 8 | 10): boolean {
  if (!(base === 8 ? /^[0-7]+$/ : /^[0-9]+$/).test(v)) return false;
  return parseInt(v, base) <= 0xffffffff;
}

/** strconv's underscoreOK: `_` only between digits, or between a base prefix and a digit. */
function underscoreOK(text: string): boolean {
  let s = text;
  if (s.startsWith("-") || s.startsWith("+")) s = s.slice(1);
  let saw = "^";
  let i = 0;
  let hex = false;
  if (s.length >= 2 && s[0] === "0" && "box".includes((s[1] as string).toLowerCase())) {
    i = 2;
    saw = "0";
    hex = (s[1] as string).toLowerCase() === "x";
  }
  for (; i < s.length; i++) {
    const c = s[i] as string;
    if ((c >= "0" && c <= "9") || (hex && c.toLowerCase() >= "a" && c.toLowerCase() <= "f")) saw = "0";
    else if (c === "_") {
      if (saw !== "0") return false;
      saw = "_";
    } else if (saw === "_") return false;
    else saw = "!";
  }
  return saw !== "_";
}

/** strconv.ParseFloat(v, 64): the value (NaN included), or null on a syntax or range error. */
function parseGoFloat(v: string): number | null {
  if (/^[+-]?(?:inf|infinity)$/i.test(v)) return v.startsWith("-") ? -Infinity : Infinity;
  if (/^nan$/i.test(v)) return NaN;
  if (v.includes("_") && !underscoreOK(v)) return null;
  const s = v.replace(/_/g, "");
  let value: number;
  const hex = /^([+-]?)0[xX]([0-9a-fA-F]*)(?:\.([0-9a-fA-F]*))?[pP]([+-]?[0-9]+)$/.exec(s);
  if (hex) {
    const [, sign, whole = "", frac = "", exp = "0"] = hex;
    if (whole === "" && frac === "") return null;
    const mantissa = parseInt(`${whole}${frac}` || "0", 16) / 16 ** frac.length;
    value = (sign === "-" ? -1 : 1) * mantissa * 2 ** Number(exp);
  } else if (/^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(s)) value = Number(s);
  else return null;
  return Number.isFinite(value) ? value : null;
}

/** go-units RAMInBytes succeeds. */
function isRamSize(size: string): boolean {
  let sep = -1;
  for (let i = size.length - 1; i >= 0; i--) {
    if ("01234567890. ".includes(size[i] as string)) {
      sep = i;
      break;
    }
  }
  if (sep < 0) return false;
  const num = size[sep] === " " ? size.slice(0, sep) : size.slice(0, sep + 1);
  const sfx = size.slice(sep + 1).toLowerCase();
  const n = parseGoFloat(num);
  if (n === null || n < 0) return false;
  if (sfx.length === 0) return true;
  if (sfx.length > 3) return false;
  if (sfx[0] === "b") return sfx.length === 1;
  if (!"kmgtp".includes(sfx[0] as string)) return false;
  return sfx.length === 1 || (sfx.length === 2 && sfx[1] === "b") || (sfx.length === 3 && sfx.slice(1) === "ib");
}

/**
 * parseMount: the mount, or BuildKit's error text. Without `expand` (instruction parse) only
 * `from=` is read; with it (dispatch) every option is, each value expanded first.
 */
export function parseRunMount(value: string, expand: MountExpander | null): { mount: RunMount } | { error: string } {
  const csv = csvFields(value);
  if ("error" in csv) return { error: `failed to parse csv mounts: ${csv.error}` };
  const m: RunMount = { type: "bind", from: "", target: "" };
  let source = "";
  let cacheId = "";
  let sharing = "";
  let fileInfo = { mode: false, uid: false, gid: false };
  const fileInfoAllowed = () => m.type === "secret" || m.type === "ssh" || m.type === "cache";
  for (const field of csv.fields) {
    const eq = field.indexOf("=");
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    let v = eq < 0 ? "" : field.slice(eq + 1);
    if (eq < 0) {
      if (expand === null) continue;
      if (["readonly", "ro", "readwrite", "rw"].includes(key)) continue;
      if (key === "required") {
        if (m.type === "secret" || m.type === "ssh") continue;
        return { error: `unexpected key '${key}' for mount type '${m.type}'` };
      }
      return { error: `invalid field '${field}' must be a key=value pair` };
    }
    if (expand !== null) {
      const x = expand(v);
      if (x.error !== null) return { error: x.error };
      v = x.value;
    } else if (key === "from") {
      const idx = v.indexOf("$");
      if (idx !== -1 && idx !== v.length - 1) return { error: `'${key}' doesn't support variable expansion, define alias stage instead` };
    } else continue;
    const invalid = { error: `invalid value for ${key}: ${v}` };
    switch (key) {
      case "type": {
        const t = v.toLowerCase();
        if (!MOUNT_TYPES.includes(t)) return { error: withSuggestion(`unsupported mount type ${JSON.stringify(v)}`, v, MOUNT_TYPES) };
        m.type = t;
        break;
      }
      case "from":
        m.from = v;
        break;
      case "source":
      case "src":
        source = v;
        break;
      case "target":
      case "dst":
      case "destination":
        m.target = v;
        break;
      case "readonly":
      case "ro":
      case "readwrite":
      case "rw":
        if (parseBool(v) === null) return invalid;
        break;
      case "required":
        if (m.type !== "secret" && m.type !== "ssh") return { error: `unexpected key '${key}' for mount type '${m.type}'` };
        if (parseBool(v) === null) return invalid;
        break;
      case "size":
        if (m.type !== "tmpfs") return { error: `unexpected key '${key}' for mount type '${m.type}'` };
        if (!isRamSize(v)) return invalid;
        break;
      case "id":
        cacheId = v;
        break;
      case "sharing": {
        const s = v.toLowerCase();
        if (!SHARING_MODES.includes(s)) return { error: withSuggestion(`unsupported sharing value ${JSON.stringify(v)}`, v, SHARING_MODES) };
        sharing = s;
        break;
      }
      case "mode":
        if (!isUint32(v, 8)) return { error: `invalid value ${v} for mode` };
        fileInfo = { ...fileInfo, mode: true };
        break;
      case "uid":
      case "gid":
        if (!isUint32(v, 10)) return { error: `invalid value ${v} for ${key}` };
        fileInfo = { ...fileInfo, [key]: true };
        break;
      case "env":
        break;
      default:
        return { error: withSuggestion(`unexpected key '${key}' in '${field}'`, key, ALL_KEYS) };
    }
  }
  if (!fileInfoAllowed()) {
    for (const k of ["mode", "uid", "gid"] as const) if (fileInfo[k]) return { error: `${k} not allowed for ${JSON.stringify(m.type)} type mounts` };
  }
  if (m.type === "secret") {
    if (m.from !== "") return { error: "secret mount should not have a from" };
    if (sharing !== "") return { error: "secret mount should not define sharing" };
    if (source === "" && m.target === "" && cacheId === "") return { error: "invalid secret mount. one of source, target required" };
    if (source !== "" && cacheId !== "") return { error: "both source and id can't be set" };
  }
  if (sharing !== "" && m.type !== "cache") return { error: `invalid cache sharing set for ${m.type} mount` };
  return { mount: m };
}
