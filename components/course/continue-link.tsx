"use client";
import Link from "next/link";
import { continueLesson, type CourseLessonRef } from "@/lib/browser/continue-lesson";
import { useLastLesson, useProgress } from "@/hooks/use-progress";

const primary = "inline-flex items-center rounded-md bg-accent px-5 py-3 font-semibold text-white hover:bg-accent-strong";

/**
 * The course page's call to action: "Start with lesson 1" for a new student (and in the static
 * HTML), "Continue: lesson N — title" for a returning one (see continueLesson for which lesson).
 */
export function ContinueLink({ lessons }: { lessons: CourseLessonRef[] }) {
  const progress = useProgress();
  const last = useLastLesson();
  const first = lessons[0];
  if (!first) return null;
  const next = progress && last !== undefined ? continueLesson(lessons, progress, last) : null;
  if (!next) {
    return (
      <Link href={`/lessons/${first.slug}/`} className={`mt-6 ${primary}`}>
        Start with lesson 1
      </Link>
    );
  }
  return (
    <p className="mt-6 flex flex-wrap items-center gap-x-4 gap-y-2">
      <Link href={`/lessons/${next.slug}/`} className={primary} data-continue={next.slug}>
        Continue: lesson {next.number} — {next.title}
      </Link>
      {next.number !== 1 && (
        <Link href={`/lessons/${first.slug}/`} className="font-semibold text-accent-strong underline underline-offset-2">
          Back to lesson 1
        </Link>
      )}
    </p>
  );
}
