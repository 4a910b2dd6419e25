import type { Diagnostic } from "@/lib/dockerfile/analysis/types";
import type { Severity } from "@/lib/dockerfile/rules";
import { PROBLEM_SOURCE_LABEL, problemSource, SEVERITY_LABEL, type ProblemGroup } from "@/lib/workspace/problems";
import { ruleAnchor } from "@/lib/workspace/rule-anchor";

/** Each severity's icon and colours (AA contrast in every theme), for every Problems list. */
export const PROBLEM_LOOK = {
  error: { icon: "✖", className: "border-danger bg-[var(--diff-del-bg)] text-[var(--diff-del-text)]" },
  // The theme's warning colours: fixed light ones made a light box on the dark theme, where
  // the faded "(line n)" measured 1.61:1 (axe).
  warning: { icon: "▲", className: "border-[var(--warning-border)] bg-[var(--warning-bg)] text-[var(--warning-text)]" },
  info: { icon: "ℹ", className: "border-accent bg-accent-soft text-accent-strong" },
} as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Each diagnostic its own problem: for a caller without the model's groups. */
export const ungrouped = (diagnostics: readonly Diagnostic[]): ProblemGroup[] => diagnostics.map((_, i) => ({ primary: i, related: [] }));

interface ProblemsPanelProps {
  diagnostics: Diagnostic[];
  /** The diagnostics grouped by cause (the workspace model's `problems`); without it every diagnostic stands alone. */
  problems?: ProblemGroup[];
  /** Moves the editor's cursor to a line. */
  onChoose(line: number): void;
}

/** The counts line: problems (groups) by the severity of their primary finding. */
export function problemCounts(diagnostics: readonly Diagnostic[], problems: readonly ProblemGroup[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const g of problems) {
    const d = diagnostics[g.primary];
    if (d) counts[d.severity]++;
  }
  return `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "note")}`;
}

/** Who says so and the rule's page: `Docker build check · JSONArgsRecommended`. */
function Source({ d }: { d: Diagnostic }) {
  return (
    <span className="mt-0.5 block text-xs">
      <span className="font-semibold" data-testid="problem-source">
        {PROBLEM_SOURCE_LABEL[problemSource(d)]}
      </span>
      {" · "}
      <a href={`/rules/#${ruleAnchor(d.rule)}`} className="font-mono underline" title={`What ${d.rule} means and how to fix it`}>
        {d.rule}
      </a>
    </span>
  );
}

function Finding({ d, onChoose, small = false }: { d: Diagnostic; onChoose(line: number): void; small?: boolean }) {
  return (
    <span className="flex min-w-0 items-start gap-2">
      <span aria-hidden="true" className={`shrink-0 text-center font-bold ${small ? "w-3 text-xs leading-5" : "w-4"}`}>
        {PROBLEM_LOOK[d.severity].icon}
      </span>
      <span className="min-w-0 flex-1">
        <button type="button" className={`text-left hover:underline ${small ? "text-xs" : ""}`} onClick={() => onChoose(d.line)}>
          <span className="sr-only">{SEVERITY_LABEL[d.severity]}: </span>
          {d.message} <span className="whitespace-nowrap opacity-80">(line {d.line})</span>
        </button>
        <Source d={d} />
      </span>
    </span>
  );
}

/**
 * The Problems list: one entry per mistake, errors first, each labelled by who says so
 * (Docker's build error or build check, or a Stagecraft tip); the findings that follow from
 * the same mistake fold under "+N related". Choosing one moves the cursor to its line.
 */
export function ProblemsPanel({ diagnostics, problems, onChoose }: ProblemsPanelProps) {
  const groups = problems ?? ungrouped(diagnostics);
  return (
    <div className="border-t border-border px-3 py-2">
      <h3 className="flex flex-wrap items-baseline gap-x-3 text-sm font-bold">
        Problems
        <span className="font-normal text-muted">{problemCounts(diagnostics, groups)}</span>
      </h3>
      {/* A scroll box on a wide screen; on a phone the list grows, so no message is squeezed into a box. */}
      <ul aria-label="Problems" className="mt-1.5 space-y-1.5 min-[700px]:max-h-56 min-[700px]:overflow-y-auto">
        {groups.length === 0 && <li className="text-sm text-muted">No problems: BuildKit would build this, and its build checks are quiet.</li>}
        {groups.map((g) => {
          const d = diagnostics[g.primary];
          if (!d) return null;
          const related = g.related.flatMap((i) => diagnostics[i] ?? []);
          return (
            <li
              key={`${d.rule}-${d.line}-${g.primary}`}
              className={`rounded-md border-l-4 px-2 py-1.5 text-sm ${PROBLEM_LOOK[d.severity].className}`}
              data-severity={d.severity}
              data-rule={d.rule}
              data-source={problemSource(d)}
            >
              <Finding d={d} onChoose={onChoose} />
              {related.length > 0 && (
                <details className="mt-1 pl-6">
                  <summary className="cursor-pointer text-xs font-semibold">+{related.length} related</summary>
                  <ul aria-label={`Related to line ${d.line}`} className="mt-1 space-y-1">
                    {related.map((r, i) => (
                      <li key={`${r.rule}-${r.line}-${i}`} data-severity={r.severity} data-rule={r.rule} data-source={problemSource(r)}>
                        <Finding d={r} onChoose={onChoose} small />
                      </li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
