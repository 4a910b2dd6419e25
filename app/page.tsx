import Link from "next/link";
import { ContinueLink } from "@/components/course/continue-link";
import { LessonProgress } from "@/components/course/lesson-progress";
import { ProgressTools } from "@/components/course/progress-tools";
import { InlineText } from "@/components/ui/inline-text";
import { loadCourse, loadLesson } from "@/lib/course/load";

export default function CoursePage() {
  const course = loadCourse();
  const exerciseIds = Object.fromEntries(course.lessons.map((l) => [l.slug, loadLesson(l.slug).exercises.map((e) => e.id)]));
  return (
    <div className="mx-auto max-w-6xl px-4 sm:px-6">
      <section className="grid gap-8 py-12 md:grid-cols-[1.3fr_1fr] md:items-center md:py-16">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wider text-accent">A course in Docker multi-stage builds</p>
          <h1 className="mt-2 text-4xl font-extrabold leading-tight tracking-tight sm:text-5xl">{course.title}</h1>
          <p className="mt-4 max-w-xl text-xl text-muted">{course.tagline}</p>
          <p className="mt-4 max-w-xl">
            Every lesson pairs a Dockerfile you can edit with explanations tied to its lines, and compares a
            single-stage build with a multi-stage one. It all runs in your browser and keeps working offline.
          </p>
          <ContinueLink lessons={course.lessons.map((l) => ({ slug: l.slug, number: l.number, title: l.title, exerciseIds: exerciseIds[l.slug] ?? [] }))} />
        </div>
        <figure className="rounded-xl border border-border bg-surface p-5 shadow-sm" aria-labelledby="size-caption">
          <p id="size-caption" className="text-sm font-semibold text-muted">
            The course&apos;s C++ hello world, as <code className="inline-code">docker image ls</code> reports it
          </p>
          <dl className="mt-4 space-y-4">
            {[
              { label: "Single-stage, compiler included", size: "303MB", width: "100%", tone: "bg-danger", track: "bg-[var(--diff-del-bg)]" },
              { label: "Multi-stage, binary only", size: "8.34MB", width: `${(8.34 / 303) * 100}%`, tone: "bg-success", track: "bg-[var(--diff-add-bg)]" },
            ].map((row) => (
              <div key={row.label} className="grid grid-cols-[1fr_auto] items-baseline gap-x-3">
                <dt>{row.label}</dt>
                <dd className="font-mono text-lg font-bold">{row.size}</dd>
                <dd className={`col-span-2 mt-1 h-3 rounded ${row.track}`} aria-hidden="true">
                  <span className={`block h-3 rounded ${row.tone}`} style={{ width: row.width, minWidth: "4px" }} />
                </dd>
              </div>
            ))}
          </dl>
          <figcaption className="mt-4 text-xs text-muted">Measured by the course (E. Teiniker, 2025), linux/amd64.</figcaption>
        </figure>
      </section>

      <section aria-labelledby="lessons-heading" className="pb-8">
        <h2 id="lessons-heading" className="text-2xl font-bold">
          Lessons
        </h2>
        <ProgressTools lessonCount={course.lessons.length} exerciseIds={Object.values(exerciseIds).flat()} />
        <ol className="mt-4 grid gap-4">
          {course.lessons.map((lesson) => (
            <li key={lesson.slug}>
              <Link
                href={`/lessons/${lesson.slug}/`}
                className="group block rounded-xl border border-border bg-surface p-5 shadow-sm transition hover:border-accent"
              >
                <span className="text-sm font-semibold text-accent">Lesson {lesson.number}</span>
                <span className="mt-1 block text-xl font-bold group-hover:underline">{lesson.title}</span>
                <span className="mt-1 block text-muted">{lesson.summary}</span>
                <span className="mt-3 block text-sm">
                  <span className="sr-only">Teaches: </span>
                  <span className="flex flex-wrap gap-2">
                    {lesson.teaches.map((item, i) => (
                      <span key={i} className="rounded-full bg-accent-soft px-3 py-0.5 text-accent-strong">
                        <InlineText nodes={item} />
                      </span>
                    ))}
                  </span>
                </span>
                <LessonProgress slug={lesson.slug} exerciseIds={exerciseIds[lesson.slug] ?? []} />
              </Link>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
