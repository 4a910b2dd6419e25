import type { Metadata } from "next";
import Link from "next/link";
import { loadCourse } from "@/lib/course/load";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

/** The 404 page (out/404.html): inside the site's header and footer, with the ways back. */
export default function NotFound() {
  const course = loadCourse();
  return (
    <div className="mx-auto max-w-3xl px-4 pt-12 sm:px-6">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">404</p>
      <h1 className="mt-2 text-3xl font-extrabold tracking-tight">This page is not part of the course</h1>
      <p className="mt-3 text-lg text-muted">
        The address may have a typo, or the page has moved. Everything the course has is one of these:
      </p>
      <ul className="mt-6 flex flex-wrap gap-3">
        <li>
          <Link href="/" prefetch={false} className="inline-flex items-center rounded-md bg-accent px-4 py-2 font-semibold text-white hover:bg-accent-strong">
            Back to the course
          </Link>
        </li>
        <li>
          <Link href="/playground/" prefetch={false} className="inline-flex items-center rounded-md border border-border bg-surface px-4 py-2 font-semibold hover:border-accent">
            The playground
          </Link>
        </li>
        <li>
          <Link href="/rules/" prefetch={false} className="inline-flex items-center rounded-md border border-border bg-surface px-4 py-2 font-semibold hover:border-accent">
            The rules
          </Link>
        </li>
      </ul>
      <h2 className="mt-10 text-xl font-bold">The lessons</h2>
      <ol className="mt-3 list-decimal space-y-1 pl-6">
        {course.lessons.map((lesson) => (
          <li key={lesson.slug}>
            <Link href={`/lessons/${lesson.slug}/`} prefetch={false} className="text-accent underline-offset-2 hover:underline">
              {lesson.title}
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
