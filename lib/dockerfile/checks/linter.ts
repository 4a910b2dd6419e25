/**
 * The build-check collector, following frontend/dockerfile/linter/linter.go: `skip=` and
 * `skip=all` silence non-experimental rules, experimental rules run only when listed in
 * `experimental=`, and `error=true` turns any warning into
 * `lint violation found for rules: ...`. A `# check=skip=...` comment directly above an
 * instruction silences rules for that instruction only (dockerfile_check_test.go).
 */
import type { Diagnostic, DiagnosticFix } from "../analysis/types";
import type { Instruction, InstructionDetail } from "../parser/types";
import { getRule, type RuleName } from "../rules";

/** Collects build-check warnings. */
export interface Linter {
  /** Reports a rule at a line, unless skipped. */
  run(rule: RuleName, line: number, message: string, instruction?: Instruction, fix?: DiagnosticFix): void;
  /** The warnings so far. */
  warnings: Diagnostic[];
  /** The lint error when `error=true` and a rule fired, else null. */
  error(): { message: string; line: number } | null;
}

/** The parsed `check` option. */
interface Config {
  skipAll: boolean;
  skip: Set<string>;
  experimentalAll: boolean;
  experimental: Set<string>;
  returnAsError: boolean;
}

/** linter.go ParseLintOptions; returns an error message BuildKit would fail with. */
export function parseLintOptions(check: string): { config: Config; error: string | null } {
  const config: Config = { skipAll: false, skip: new Set(), experimentalAll: false, experimental: new Set(), returnAsError: false };
  const s = check.trim();
  if (s === "") return { config, error: null };
  // strings.SplitN(checkStr, ";", 3)
  const parts = s.split(";");
  const limited = parts.length > 3 ? [parts[0] as string, parts[1] as string, parts.slice(2).join(";")] : parts;
  for (const p of limited) {
    const eq = p.indexOf("=");
    if (eq < 0) return { config, error: `failed to parse check options: invalid check option ${JSON.stringify(p)}` };
    const k = p.slice(0, eq).trim();
    const v = p.slice(eq + 1).trim();
    if (k === "skip") {
      if (v === "all") config.skipAll = true;
      else for (const r of v.split(",")) config.skip.add(r.trim());
    } else if (k === "experimental") {
      if (v === "all") config.experimentalAll = true;
      else for (const r of v.split(",")) config.experimental.add(r.trim());
    } else if (k === "error") {
      const b = parseGoBool(v);
      if (b === null) return { config, error: `failed to parse check options: failed to parse check option ${JSON.stringify(p)}: strconv.ParseBool: parsing ${JSON.stringify(v)}: invalid syntax` };
      config.returnAsError = b;
    } else {
      return { config, error: `failed to parse check options: invalid check option ${JSON.stringify(k)}` };
    }
  }
  return { config, error: null };
}

function parseGoBool(v: string): boolean | null {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(v)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(v)) return false;
  return null;
}

/** Rules a `# check=skip=...` comment above an instruction silences ("all" for every rule). */
function localSkips(comments: string[]): Set<string> {
  const out = new Set<string>();
  for (const c of comments) {
    const m = /^check\s*=\s*(.*)$/.exec(c);
    if (!m) continue;
    // A trailing `// note` explains the skip.
    const body = (m[1] as string).split("//")[0] as string;
    for (const part of body.split(";")) {
      const eq = part.indexOf("=");
      if (eq < 0 || part.slice(0, eq).trim() !== "skip") continue;
      for (const r of part.slice(eq + 1).split(",")) out.add(r.trim());
    }
  }
  return out;
}

/** Creates the collector for a `check` option string. */
export function createLinter(check: string, details: ReadonlyMap<Instruction, InstructionDetail>): { linter: Linter; error: string | null } {
  const { config, error } = parseLintOptions(check);
  const warnings: Diagnostic[] = [];
  const called: RuleName[] = [];
  let firstLine = 0;
  const linter: Linter = {
    warnings,
    run(rule, line, message, instruction, fix) {
      const doc = getRule(rule);
      if (doc.experimental) {
        if (!config.experimentalAll && !config.experimental.has(rule)) return;
      } else if (config.skipAll || config.skip.has(rule)) return;
      if (instruction) {
        const d = details.get(instruction);
        if (d) {
          const local = localSkips(d.comments);
          if (local.has("all") || local.has(rule)) return;
        }
      }
      if (called.length === 0) firstLine = line;
      if (!called.includes(rule)) called.push(rule);
      const w: Diagnostic = { rule, severity: "warning", line, message, url: doc.url };
      if (fix) w.fix = fix;
      warnings.push(w);
    },
    error() {
      if (!config.returnAsError || called.length === 0) return null;
      return { message: `lint violation found for rules: ${called.join(", ")}`, line: firstLine };
    },
  };
  return { linter, error };
}
