"use client";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import type { CheckResult, ExerciseCheck } from "@/lib/exercises/types";
import { recordSolved } from "@/lib/browser/progress";
import { browserStorage } from "@/lib/browser/storage";
import { DockerfileWorkspace, type WorkspaceControl } from "@/components/workspace/dockerfile-workspace";
import type { ContextFile } from "@/lib/dockerfile/build-context";
import type { WorkspaceModel } from "@/lib/workspace/types";
import { StaticCode } from "@/components/editor/static-code";
import { Button } from "@/components/ui/button";
import { PartLoadNotice } from "@/components/ui/part-load-notice";
import { TickedText } from "@/components/ui/ticked-text";
import { notifyProgressChanged, useProgress } from "@/hooks/use-progress";

export interface ExerciseCardProps {
  /** 1-based position among the lesson's exercises. */
  number: number;
  id: string;
  title: string;
  /** The goal, rendered on the server. */
  goal: ReactNode;
  /** The hints, rendered on the server, revealed one at a time. */
  hints: ReactNode[];
  start: string;
  solution: string;
  target: string | null;
  checks: ExerciseCheck[];
  /** The start file's analysis, computed at build time. */
  initial: WorkspaceModel;
  /** The lesson's project, the build context the checks simulate the build with. */
  context?: ContextFile[];
  /** A fixed editor height (CSS), where the card sits in the walkthrough's workbench. */
  editorHeight?: string;
}

/** The storage key of an exercise's edited Dockerfile. */
export const exerciseStorageKey = (id: string) => `stagecraft:v1:exercise:${id}`;

type Checked = { text: string; results: CheckResult[] };

/** One exercise: the goal, an editor on the start file, Check, hints one at a time and the solution on request. */
export function ExerciseCard({ number, id, title, goal, hints, start, solution, target, checks, initial, context, editorHeight }: ExerciseCardProps) {
  const [text, setText] = useState(start);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [checking, setChecking] = useState(false);
  const [checkerFailed, setCheckerFailed] = useState(false);
  const [hintsShown, setHintsShown] = useState(0);
  const [solutionState, setSolutionState] = useState<"hidden" | "confirm" | "shown">("hidden");
  const [loadedSolution, setLoadedSolution] = useState(false);
  const control = useRef<WorkspaceControl>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const progress = useProgress();
  const solvedAt = progress?.solved[id];

  // Move focus into the confirmation so keyboard users land on the choice they asked for.
  useEffect(() => {
    if (solutionState === "confirm") confirmRef.current?.querySelector("button")?.focus();
  }, [solutionState]);

  async function check() {
    setChecking(true);
    setCheckerFailed(false);
    try {
      // The analyser loads on demand: it is not part of the page's first-load JavaScript.
      const { evaluateExercise } = await import("@/lib/exercises/evaluate");
      const results = evaluateExercise(text, checks, { ...(target === null ? {} : { target }), ...(context ? { context } : {}) });
      setChecked({ text, results });
      if (results.every((r) => r.pass)) {
        recordSolved(browserStorage(), id, Date.now());
        notifyProgressChanged();
      }
    } catch {
      setCheckerFailed(true);
    } finally {
      setChecking(false);
    }
  }

  const passing = checked?.results.filter((r) => r.pass).length ?? 0;
  const total = checked?.results.length ?? 0;
  const solvedNow = checked !== null && passing === total;
  const stale = checked !== null && checked.text !== text;

  const summary =
    checked === null
      ? ""
      : solvedNow
        ? `Solved! All ${total} checks pass.`
        : `${passing} of ${total} check${total === 1 ? " passes" : "s pass"}.`;

  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-border bg-surface-2/50 p-3 sm:p-5" data-exercise={id}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id={headingId} className="text-xl font-bold">
          Exercise {number}: {title}
        </h3>
        {solvedAt !== undefined && (
          <span className="rounded-full bg-[var(--diff-add-bg)] px-3 py-0.5 text-sm font-semibold text-[var(--diff-add-text)]">
            <span aria-hidden="true">✓ </span>Solved
          </span>
        )}
      </div>
      <p className="mt-2 max-w-3xl leading-relaxed">{goal}</p>

      <div className="mt-4">
        <DockerfileWorkspace
          storageKey={exerciseStorageKey(id)}
          original={start}
          initial={initial}
          panels="problems"
          originalLabel="The starting Dockerfile"
          controlRef={control}
          onStateChange={(state) => setText(state.text)}
          {...(editorHeight ? { editorHeight } : {})}
        />
      </div>

      {/* Sticky: in the workbench's scrolling card, Check stays in view below a tall Dockerfile. */}
      <div className="sticky bottom-0 z-10 -mx-3 mt-4 flex flex-wrap items-center gap-3 border-t border-border bg-surface-2 px-3 py-2 sm:-mx-5 sm:px-5">
        <Button variant="primary" onClick={() => void check()} disabled={checking}>
          {checking ? "Checking…" : "Check"}
        </Button>
        <p role="status" aria-live="polite" className={`m-0 font-semibold ${solvedNow ? "text-success" : ""}`}>
          {summary}
          {stale && <span className="font-normal text-muted"> You have changed the Dockerfile since: check again.</span>}
        </p>
      </div>
      {checkerFailed && <PartLoadNotice parts={["checker"]} save={() => control.current?.save()} className="mt-3 rounded-lg" />}

      {checked && (
        <>
          {solvedNow && (
            <p className="mt-3 rounded-lg border border-success bg-[var(--diff-add-bg)] px-3 py-2 text-[var(--diff-add-text)]">
              <span aria-hidden="true">✓ </span>
              <strong>Exercise solved.</strong> Your Dockerfile meets every goal. It is marked solved on the course page.
            </p>
          )}
          <ul aria-label="Checks" className={`mt-3 space-y-1.5 ${stale ? "opacity-70" : ""}`}>
            {checked.results.map((result, i) => (
              <li
                key={i}
                data-pass={result.pass}
                className={`flex items-start gap-2 rounded-md border-l-4 bg-surface px-3 py-1.5 ${result.pass ? "border-success" : "border-danger"}`}
              >
                <span aria-hidden="true" className={`w-4 shrink-0 text-center font-bold ${result.pass ? "text-success" : "text-danger"}`}>
                  {result.pass ? "✓" : "✗"}
                </span>
                <span className="min-w-0">
                  <span className="sr-only">{result.pass ? "Passes: " : "Fails: "}</span>
                  <TickedText text={result.label} />
                  {/* On a pass, a detail says what Stagecraft could not decide for certain. */}
                  {result.detail && (
                    <span className="block text-sm text-muted">
                      <TickedText text={result.detail} />
                    </span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {checked === null && solvedAt !== undefined && (
        <p className="mt-3 text-sm text-muted">You solved this exercise on {new Date(solvedAt).toLocaleDateString()}. Check again whenever you like.</p>
      )}

      {hints.length > 0 && (
        <div className="mt-4">
          {hintsShown > 0 && (
            <ol aria-label="Hints" className="mb-3 space-y-2">
              {hints.slice(0, hintsShown).map((hint, i) => (
                <li key={i} className="rounded-lg border border-border bg-surface px-3 py-2">
                  <span className="font-semibold">Hint {i + 1}:</span> {hint}
                </li>
              ))}
            </ol>
          )}
          <div className="flex flex-wrap gap-2">
            {hintsShown < hints.length ? (
              <Button onClick={() => setHintsShown((n) => Math.min(n + 1, hints.length))}>
                {hintsShown === 0 ? "Show a hint" : "Show another hint"} ({hintsShown + 1} of {hints.length})
              </Button>
            ) : (
              <span className="self-center text-sm text-muted">All {hints.length} hints shown.</span>
            )}
            {solutionState === "hidden" && <Button onClick={() => setSolutionState("confirm")}>Show solution</Button>}
          </div>
        </div>
      )}
      {hints.length === 0 && solutionState === "hidden" && (
        <div className="mt-4">
          <Button onClick={() => setSolutionState("confirm")}>Show solution</Button>
        </div>
      )}

      {solutionState === "confirm" && (
        <div ref={confirmRef} role="group" aria-label="Show the solution?" className="mt-3 rounded-lg border border-[var(--code-highlight-border)] bg-[var(--code-highlight)] p-3">
          <p className="m-0">You learn more by trying {hintsShown < hints.length ? "a hint" : "once more"} first. Show the solution anyway?</p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button variant="primary" onClick={() => setSolutionState("shown")}>
              Yes, show the solution
            </Button>
            <Button onClick={() => setSolutionState("hidden")}>Not yet</Button>
          </div>
        </div>
      )}

      {solutionState === "shown" && (
        <div className="mt-4">
          <h4 className="text-lg font-bold">Solution</h4>
          <div className="mt-2 overflow-hidden rounded-lg border border-border bg-[var(--code-bg)]">
            <StaticCode text={solution} label={`Solution to exercise ${number}`} />
          </div>
          <div className="mt-2 flex flex-wrap items-center gap-3">
            <Button
              onClick={() => {
                control.current?.replaceText(solution);
                setLoadedSolution(true);
              }}
              disabled={text === solution}
            >
              Load the solution into the editor
            </Button>
            {loadedSolution && text === solution && <span className="text-sm text-muted">Loaded. Reset brings back the starting file.</span>}
          </div>
        </div>
      )}
    </section>
  );
}
