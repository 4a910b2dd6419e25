import type { Diagnostic } from "@/lib/dockerfile/analysis/types";
import { ruleAnchor } from "@/lib/workspace/rule-anchor";

const LOOK = {
  error: { label: "Error", icon: "✖", className: "border-danger bg-[var(--diff-del-bg)] text-[var(--diff-del-text)]" },
  warning: { label: "Warning", icon: "▲", className: "border-[#b45309] bg-[#fff4e5] text-[#7c2d12]" },
  info: { label: "Hint", icon: "ℹ", className: "border-accent bg-accent-soft text-accent-strong" },
} as const;

interface ProblemsPanelProps {
  diagnostics: Diagnostic[];
  /** Moves the editor's cursor to a line. */
  onChoose(line: number): void;
}

/** Every diagnostic, build errors first-looking, each moving the cursor to its line when chosen. */
export function ProblemsPanel({ diagnostics, onChoose }: ProblemsPanelProps) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return (
    <div className="border-t border-border px-3 py-2">
      <h3 className="flex flex-wrap items-baseline gap-x-3 text-sm font-bold">
        Problems
        <span className="font-normal text-muted">
          {counts.error} error{counts.error === 1 ? "" : "s"}, {counts.warning} warning{counts.warning === 1 ? "" : "s"}, {counts.info} hint
          {counts.info === 1 ? "" : "s"}
        </span>
      </h3>
      <ul aria-label="Problems" className="mt-1.5 max-h-56 space-y-1.5 overflow-y-auto">
        {diagnostics.length === 0 && <li className="text-sm text-muted">No problems: BuildKit would build this, and its build checks are quiet.</li>}
        {diagnostics.map((d, i) => {
          const look = LOOK[d.severity];
          return (
            <li key={`${d.rule}-${d.line}-${i}`} className={`flex items-start gap-2 rounded-md border-l-4 px-2 py-1.5 text-sm ${look.className}`} data-severity={d.severity}>
              <span aria-hidden="true" className="w-4 shrink-0 text-center font-bold">
                {look.icon}
              </span>
              <button type="button" className="min-w-0 flex-1 text-left hover:underline" onClick={() => onChoose(d.line)}>
                <span className="sr-only">{look.label}: </span>
                {d.message} <span className="whitespace-nowrap opacity-80">(line {d.line})</span>
              </button>
              <a href={`/rules/#${ruleAnchor(d.rule)}`} className="shrink-0 font-mono text-xs underline" title={`What ${d.rule} means and how to fix it`}>
                {d.rule}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
