"use client";
import Link from "next/link";
import { useProgress } from "@/hooks/use-progress";

/** The large Next lesson button, shown once the lesson's last exercise is solved (or at once when it has none). */
export function NextLesson({ next, lastExerciseId }: { next: { slug: string; title: string }; lastExerciseId: string | null }) {
  const progress = useProgress();
  const solved = lastExerciseId === null || progress?.solved[lastExerciseId] !== undefined;
  if (!solved) return null;
  return (
    <div className="mt-10 rounded-xl border border-border bg-surface p-6 text-center" data-testid="next-lesson">
      <p className="m-0 text-muted">{lastExerciseId === null ? "Ready for the next one?" : "Solved. On to the next lesson:"}</p>
      <Link href={`/lessons/${next.slug}/`} className="mt-3 inline-flex min-h-14 items-center rounded-lg bg-accent px-8 text-xl font-bold text-white hover:bg-accent-strong">
        Next lesson: {next.title} →
      </Link>
    </div>
  );
}
