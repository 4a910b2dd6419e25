/** Builds diagnostics: the rule table fills in severity and documentation URL. */
import type { Diagnostic, DiagnosticFix } from "./analysis/types";
import { getRule, type RuleName } from "./rules";

/** A diagnostic of `rule` at a 1-based line; `fix` only when the fix is certain. */
export function diagnostic(rule: RuleName, line: number, message: string, fix?: DiagnosticFix): Diagnostic {
  const doc = getRule(rule);
  const d: Diagnostic = { rule, severity: doc.severity, line, message, url: doc.url };
  if (fix) d.fix = fix;
  return d;
}
