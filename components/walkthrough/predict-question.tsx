"use client";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { InlineText } from "@/components/ui/inline-text";
import type { LessonPredict } from "@/lib/course/types";

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * Predict, then reveal: the student answers first; Reveal shows the answer the analyser or
 * the simulator computed on the step's Dockerfile (at build time), choice by choice.
 */
export function PredictQuestion({ predict, stepNumber, onRevealed }: { predict: LessonPredict; stepNumber: number; onRevealed?(revealed: boolean): void }) {
  const id = useId();
  const [picked, setPicked] = useState<string[]>([]);
  const [count, setCount] = useState("");
  const [revealed, setRevealedState] = useState(false);
  const setRevealed = (value: boolean) => {
    setRevealedState(value);
    onRevealed?.(value);
  };
  const answered = predict.ask === "stageCount" ? count.trim() !== "" : true;

  let verdict: string | null = null;
  if (revealed) {
    const right = predict.ask === "stageCount" ? Number(count) === predict.answer : sameSet(picked, predict.answer);
    verdict = right ? "Right." : "Not quite.";
  }
  const answerWords =
    predict.ask === "stageCount"
      ? `${predict.answer} stage${predict.answer === 1 ? "" : "s"}.`
      : predict.answer.length === 0
        ? predict.ask === "finalImageFiles"
          ? "None of them: the build adds no file to the final image."
          : "No stage."
        : `${predict.answer.join(", ")}.`;
  const who = predict.ask === "finalImageFiles" ? "The simulated build says" : predict.ask === "legacyBuilds" ? "The legacy builder runs" : predict.ask === "targetBuilds" ? "BuildKit runs" : "The analyser counts";

  return (
    <fieldset className="my-4 rounded-lg border border-border bg-surface p-4" data-testid={`predict-${stepNumber}`} aria-describedby={revealed ? `${id}-answer` : undefined}>
      <legend className="px-1 text-sm font-bold">Predict</legend>
      <p className="m-0">
        <InlineText nodes={predict.question} />
      </p>
      {predict.ask === "stageCount" ? (
        <label className="mt-2 flex items-center gap-2 text-sm">
          Stages:
          <input type="number" min={0} value={count} onChange={(e) => setCount(e.target.value)} disabled={revealed} className="w-20 rounded border border-border bg-bg px-2 py-1" />
        </label>
      ) : (
        <ul className="m-0 mt-2 list-none space-y-1 p-0">
          {predict.choices.map((choice) => {
            const inAnswer = predict.answer.includes(choice);
            return (
              <li key={choice} className="m-0">
                <label className="inline-flex items-center gap-2 font-mono text-sm">
                  <input
                    type="checkbox"
                    checked={picked.includes(choice)}
                    disabled={revealed}
                    onChange={(e) => setPicked((p) => (e.target.checked ? [...p, choice] : p.filter((x) => x !== choice)))}
                  />
                  {choice}
                  {revealed && <span className={`font-sans text-xs font-semibold ${inAnswer ? "text-success" : "text-muted"}`}>{inAnswer ? "yes" : "no"}</span>}
                </label>
              </li>
            );
          })}
        </ul>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {!revealed ? (
          <Button onClick={() => setRevealed(true)} disabled={!answered}>
            Reveal
          </Button>
        ) : (
          <p id={`${id}-answer`} role="status" className="m-0 text-sm">
            <strong>{verdict}</strong> {who}: {answerWords}
          </p>
        )}
        {revealed && (
          <Button
            className="min-h-8 py-0"
            onClick={() => {
              setRevealed(false);
              setPicked([]);
              setCount("");
            }}
          >
            Try again
          </Button>
        )}
      </div>
    </fieldset>
  );
}
