/**
 * Word expansion as BuildKit's frontend/dockerfile/shell/lex.go does it for Dockerfile
 * instructions (not for RUN, whose text goes to the real shell): `$VAR`, `${VAR}`,
 * `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}`, `${VAR+word}`, `${VAR:?msg}`, quotes and
 * the escape token. Records which variables were found and which were not, like
 * ProcessWordWithMatches, because several build checks are driven by that.
 */

/** The result of expanding one word. */
export interface ExpandResult {
  /** The expanded text, quotes removed. */
  result: string;
  /** Variables that were looked up and found. */
  matched: Set<string>;
  /** Variables that were looked up and not found, in order of first use. */
  unmatched: string[];
  /** lex.go's error text (`${VAR:?}` on an unset variable, a bad substitution), else null. */
  error: string | null;
}

/** Variables visible to an expansion: name to value. */
export type Env = ReadonlyMap<string, string>;

function isNameStart(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
}
function isNameChar(c: string): boolean {
  return isNameStart(c) || (c >= "0" && c <= "9");
}

class Expander {
  pos = 0;
  matched = new Set<string>();
  unmatched: string[] = [];
  error: string | null = null;
  constructor(
    private readonly text: string,
    private readonly env: Env,
    private readonly escape: string,
  ) {}

  private lookup(name: string): string | undefined {
    const v = this.env.get(name);
    if (v === undefined) {
      if (!this.unmatched.includes(name)) this.unmatched.push(name);
    } else {
      this.matched.add(name);
    }
    return v;
  }

  /** Processes until one of `stops` (unquoted) or the end; returns the text. */
  run(stops: string): string {
    let out = "";
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos] as string;
      if (stops.includes(c)) return out;
      if (c === "'") {
        this.pos++;
        const end = t.indexOf("'", this.pos);
        if (end < 0) {
          this.error ??= "unexpected end of statement while looking for matching single-quote";
          out += t.slice(this.pos);
          this.pos = t.length;
        } else {
          out += t.slice(this.pos, end);
          this.pos = end + 1;
        }
      } else if (c === '"') {
        this.pos++;
        out += this.doubleQuoted();
      } else if (c === "$") {
        out += this.dollar();
      } else if (c === this.escape) {
        this.pos++;
        if (this.pos < t.length) {
          out += t[this.pos];
          this.pos++;
        }
      } else {
        out += c;
        this.pos++;
      }
    }
    return out;
  }

  private doubleQuoted(): string {
    let out = "";
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos] as string;
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === "$") {
        out += this.dollar();
        continue;
      }
      if (c === this.escape && this.pos + 1 < t.length) {
        const n = t[this.pos + 1] as string;
        // lex.go processDoubleQuote: only `"`, `$` and the escape token are escaped.
        if (n === '"' || n === "$" || n === this.escape) {
          out += n;
          this.pos += 2;
          continue;
        }
      }
      out += c;
      this.pos++;
    }
    this.error ??= "unexpected end of statement while looking for matching double-quote";
    return out;
  }

  private dollar(): string {
    const t = this.text;
    this.pos++; // the `$`
    const c = t[this.pos];
    if (c === undefined) return "$";
    if (c !== "{") {
      if (!isNameStart(c)) return "$";
      let name = "";
      while (this.pos < t.length && isNameChar(t[this.pos] as string)) name += t[this.pos++];
      return this.lookup(name) ?? "";
    }
    this.pos++; // `{`
    let name = "";
    while (this.pos < t.length && isNameChar(t[this.pos] as string)) name += t[this.pos++];
    if (name === "") {
      this.error ??= "bad substitution";
      return "";
    }
    const next = t[this.pos];
    if (next === "}") {
      this.pos++;
      return this.lookup(name) ?? "";
    }
    let colon = false;
    let mod = next;
    if (mod === ":") {
      colon = true;
      this.pos++;
      mod = t[this.pos];
    }
    if (mod === "-" || mod === "+" || mod === "?") {
      this.pos++;
      const word = this.run("}");
      if (t[this.pos] !== "}") {
        this.error ??= "syntax error: missing '}'";
        return "";
      }
      this.pos++;
      const value = this.lookup(name);
      const isSet = colon ? value !== undefined && value !== "" : value !== undefined;
      if (mod === "-") return isSet ? (value as string) : word;
      if (mod === "+") return isSet ? word : "";
      if (!isSet) this.error ??= word === "" ? `${name}: is not allowed to be unset` : `${name}: ${word}`;
      return value ?? "";
    }
    // `#`, `%`, `/` pattern forms: expand the variable, keep the rest as BuildKit would fail
    // or succeed on it; we only need the lookup for the checks.
    const close = t.indexOf("}", this.pos);
    this.pos = close < 0 ? t.length : close + 1;
    if (close < 0) this.error ??= "syntax error: missing '}'";
    return this.lookup(name) ?? "";
  }
}

/** Expands one word (shell.Lex.ProcessWordWithMatches). Never throws. */
export function expandWord(word: string, env: Env, escape = "\\"): ExpandResult {
  const ex = new Expander(word, env, escape);
  const result = ex.run("");
  return { result, matched: ex.matched, unmatched: ex.unmatched, error: ex.error };
}
