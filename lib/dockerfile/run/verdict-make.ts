/** Making verdicts: the words of a message, `fails`, `unknown`, `starts`. */
import { RUN_MESSAGES } from "./messages";
import type { RunFix, RunReason, RunVerdict, RunWarning } from "./verdict-types";

/** The words of a message with its placeholders filled. */
export function fillMessage(id: string, values: Record<string, string>): string {
  const template = RUN_MESSAGES.find((m) => m.id === id)?.template ?? "";
  return template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);
}

const exitCodeOf = (id: string): number | null => RUN_MESSAGES.find((m) => m.id === id)?.exitCode ?? null;

/** A `fails` verdict. */
export function fails(id: string, values: Record<string, string>, reason: RunReason, line: number | null, fix: RunFix | null = null): RunVerdict {
  return { verdict: "fails", messageId: id, message: fillMessage(id, values), exitCode: exitCodeOf(id), reason, needs: [], line, fix, warnings: [] };
}

/** An `unknown` verdict: what the model lacks. */
export const unknownVerdict = (reason: RunReason, line: number | null): RunVerdict => ({ verdict: "unknown", messageId: null, message: null, exitCode: null, reason, needs: [reason], line, fix: null, warnings: [] });

/** A `starts` verdict. */
export function starts(command: string[], user: string, line: number | null, program: string | null, output: string[] | null): RunVerdict {
  return { verdict: "starts", messageId: null, message: null, exitCode: null, reason: { kind: "starts", command, user, program, output }, needs: [], line, fix: null, warnings: [] as RunWarning[] };
}
