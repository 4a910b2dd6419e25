import { StaticCode } from "@/components/editor/static-code";
import type { LessonPage } from "@/lib/course/pages";
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
          <li key={entry.exercise.id}>{exerciseCard(entry, i + 1, context)}</li>
        ))}
      </ol>
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
      solutionCode={<StaticCode text={exercise.solution} label={`Solution to exercise ${number}`} />}
      target={exercise.target}
      checks={exercise.checks}
      // An exercise's editor shows Problems only: no build estimate to compute or ship.
      initial={initial}
      {...(context ? { context } : {})}
      {...(editorHeight ? { editorHeight } : {})}
    />
  );
}
