import { PROBLEM_LOOK, problemCounts } from "@/components/problems/problems-panel";
import type { Diagnostic } from "@/lib/dockerfile/analysis/types";
import { PROBLEM_SOURCE_LABEL, problemSource, SEVERITY_LABEL, type ProblemGroup } from "@/lib/workspace/problems";


interface PresenterProblemsProps {
  diagnostics: Diagnostic[];
  problems: ProblemGroup[];
  /** Whether the model is for the text on screen (false while it catches up with the last keystroke). */
  current: boolean;
  onChoose(line: number): void;
}

/**
 * The Problems list as a strip under the live editor, in type a class can read: one row per
 * mistake (its echoes counted, not listed), labelled by who reports it.
 */
export function PresenterProblems({ diagnostics, problems, current, onChoose }: PresenterProblemsProps) {
  return (
    <section aria-labelledby="presenter-problems-title" className="presenter-chrome max-h-[40%] shrink-0 overflow-y-auto border-t border-border bg-surface px-4 py-2" data-testid="presenter-problems" aria-busy={!current}>
      <h2 id="presenter-problems-title" className="flex flex-wrap items-baseline gap-x-4 text-xl font-bold">
        Problems
        <span className="text-lg font-normal text-muted">{problemCounts(diagnostics, problems)}</span>
      </h2>
      {problems.length === 0 ? (
        <p className="m-0 mt-1 text-xl">No problems: BuildKit would build this, and its build checks are quiet.</p>
      ) : (
        <ul aria-label="Problems" className="mt-1 space-y-1.5">
          {problems.map((g) => {
            const d = diagnostics[g.primary];
            if (!d) return null;
            const look = PROBLEM_LOOK[d.severity];
            return (
              <li key={`${d.rule}-${d.line}-${g.primary}`} className={`flex items-start gap-3 rounded-md border-l-8 px-3 py-1.5 text-xl leading-snug ${look.className}`} data-severity={d.severity}>
                <span aria-hidden="true" className="w-6 shrink-0 text-center font-bold">
                  {look.icon}
                </span>
                <button type="button" className="min-w-0 flex-1 text-left hover:underline" onClick={() => onChoose(d.line)}>
                  <span className="sr-only">{SEVERITY_LABEL[d.severity]}: </span>
                  {d.message} <span className="whitespace-nowrap opacity-80">(line {d.line})</span>
                  <span className="mt-0.5 block text-base font-semibold">
                    {PROBLEM_SOURCE_LABEL[problemSource(d)]} · {d.rule}
                    {g.related.length > 0 && ` · +${g.related.length} related`}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
