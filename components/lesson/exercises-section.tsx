import { StaticCode } from "@/components/editor/static-code";
import type { LessonPage } from "@/lib/course/pages";
import { MountWhenNear } from "@/components/ui/mount-when-near";
import { LazyExerciseCard as ExerciseCard } from "./lazy-exercise-card";
import { InlineText } from "../ui/inline-text";

/** The lesson's exercises. Goals, hints, the solution's highlighting and each start file's analysis are rendered at build time. */
export function ExercisesSection({ exercises, context, title = "Exercises" }: { exercises: LessonPage["exercises"]; context?: LessonPage["build"]["contextFiles"]; title?: string }) {
  if (exercises.length === 0) return null;
  return (
    <section aria-labelledby="exercises-heading" className="defer-render mt-12">
      <h2 id="exercises-heading" className="text-2xl font-bold">
        {title}
      </h2>
      <p className="mt-1 max-w-3xl text-muted">
        Change each Dockerfile until every check passes. Your edits are saved in this browser, and solved exercises show on the course page.
      </p>
      <ol className="mt-4 space-y-8">
        {exercises.map((entry, i) => (
          <li key={entry.exercise.id}>
            {/* Below every step: the card's code loads as the student scrolls to it. */}
            <MountWhenNear placeholder={<ExercisePreview entry={entry} number={i + 1} />}>{exerciseCard(entry, i + 1, context)}</MountWhenNear>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** An exercise as text, until its card loads: the same heading, goal and starting Dockerfile, without the editor and Check. */
function ExercisePreview({ entry: { exercise }, number }: { entry: LessonPage["exercises"][number]; number: number }) {
  return (
    <section aria-labelledby={`preview-${exercise.id}`} className="rounded-xl border border-border bg-surface-2/50 p-3 sm:p-5" data-exercise-preview={exercise.id}>
      <h3 id={`preview-${exercise.id}`} className="text-xl font-bold">
        Exercise {number}: {exercise.title}
      </h3>
      <p className="mt-2 max-w-3xl leading-relaxed">
        <InlineText nodes={exercise.goal} />
      </p>
      <div className="mt-4 overflow-hidden rounded-lg border border-border bg-surface">
        <StaticCode text={exercise.start} label={`Exercise ${number}'s starting Dockerfile`} />
      </div>
      <p className="mt-3 text-sm text-muted">The editor and Check load as you scroll here.</p>
    </section>
  );
}

/** One exercise's card, rendered on the server: in the exercises list, or in the walkthrough's workbench at its step. */
export function exerciseCard({ exercise, initial }: LessonPage["exercises"][number], number: number, context?: LessonPage["build"]["contextFiles"], editorHeight?: string) {
  return (
    <ExerciseCard
      number={number}
      id={exercise.id}
      title={exercise.title}
      goal={<InlineText nodes={exercise.goal} />}
      hints={exercise.hints.map((hint, j) => (
        <InlineText key={j} nodes={hint} />
      ))}
      start={exercise.start}
      solution={exercise.solution}
      target={exercise.target}
      checks={exercise.checks}
      // An exercise's editor shows Problems only: no build estimate to compute or ship.
      initial={initial}
      {...(context ? { context } : {})}
      {...(editorHeight ? { editorHeight } : {})}
    />
  );
}
