"use client";
import { useProgress } from "@/hooks/use-progress";

/** A lesson card's progress marks: shown after hydration, from this browser's saved progress. */
export function LessonProgress({ slug, exerciseIds }: { slug: string; exerciseIds: string[] }) {
  const progress = useProgress();
  if (progress === null) return null;
  const visited = Object.hasOwn(progress.visited, slug);
  const solved = exerciseIds.filter((id) => Object.hasOwn(progress.solved, id)).length;
  if (!visited && solved === 0) return null;
  const all = solved === exerciseIds.length && solved > 0;
  return (
    <span className="mt-3 flex flex-wrap gap-2 text-sm font-semibold" data-lesson-progress={slug}>
      {visited && (
        <span className="rounded-full border border-border bg-surface-2 px-3 py-0.5 text-text">
          <span aria-hidden="true">● </span>Visited
        </span>
      )}
      {exerciseIds.length > 0 && (
        <span
          className={`rounded-full px-3 py-0.5 ${all ? "bg-[var(--diff-add-bg)] text-[var(--diff-add-text)]" : "border border-border bg-surface-2 text-text"}`}
        >
          {all && <span aria-hidden="true">✓ </span>}
          {solved} of {exerciseIds.length} exercise{exerciseIds.length === 1 ? "" : "s"} solved
        </span>
      )}
    </span>
  );
}
