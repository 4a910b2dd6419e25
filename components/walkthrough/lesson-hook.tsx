import Link from "next/link";
import { StaticCode } from "@/components/editor/static-code";
import { InlineText } from "@/components/ui/inline-text";
import type { Lesson, LessonHook as Hook } from "@/lib/course/types";
import { parseDockerSize } from "@/lib/dockerfile/simulate/size";

interface LessonHookProps {
  lesson: Pick<Lesson, "slug" | "number" | "title" | "objectives">;
  hook: Hook;
  total: number;
  /** This site's estimate for the hook's Dockerfile, or null. */
  estimate: string | null;
  /** The workbench opens on the hook's Dockerfile: at ≥ 1024 px it shows it, so the header shows it on phones only. */
  inWorkbench: boolean;
}

/** The problem first: the title, the hook's sentence, its Dockerfile with the measured size, and the objectives. */
export function LessonHook({ lesson, hook, total, estimate, inWorkbench }: LessonHookProps) {
  const bytes = hook.size ? (parseDockerSize(hook.size) ?? 0) : 0;
  return (
    <header>
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href="/" prefetch={false} className="hover:text-text hover:underline">
          Course
        </Link>
        <span aria-hidden="true"> / </span>
        <span>
          Lesson {lesson.number} of {total}
        </span>
        <span aria-hidden="true"> · </span>
        {/* No prefetch: presenter view (Monaco, QR) must not load with the lesson page. */}
        <Link href={`/lessons/${lesson.slug}/present/`} prefetch={false} className="hover:text-text hover:underline print:hidden">
          Present this lesson
        </Link>
      </nav>
      <h1 className="mt-2 text-3xl font-extrabold leading-tight tracking-tight">{lesson.title}</h1>
      <p className="mt-2 text-lg" data-testid="hook-sentence">
        <InlineText nodes={hook.sentence} />
      </p>
      {hook.size && (
        <figure className="m-0 mt-3" data-testid="hook-size">
          <div className="flex items-baseline justify-between gap-3 text-sm">
            <span className="font-mono font-semibold">{hook.file}</span>
            <span>
              <span className="font-mono text-xl font-bold">{hook.size}</span> <span className="text-muted">measured{estimate ? ` · this site estimates ${estimate}` : ""}</span>
            </span>
          </div>
          <span className="mt-1 block h-3 rounded bg-danger" style={{ width: bytes > 0 ? "100%" : "0" }} aria-hidden="true" />
          {hook.source && (
            <figcaption className="mt-1 text-xs text-muted">
              <InlineText nodes={hook.source} />
            </figcaption>
          )}
        </figure>
      )}
      <div className={`mt-3 overflow-hidden rounded-lg border border-border ${inWorkbench ? "lg:hidden" : ""}`}>
        <StaticCode text={hook.text} label={`${hook.file} (the problem)`} wrap />
      </div>
      <div className="mt-3 rounded-lg border border-border bg-surface px-4 py-2 text-sm">
        <h2 className="m-0 text-sm font-bold">In this lesson you will</h2>
        <ul className="m-0 mt-1 list-disc space-y-0.5 pl-5">
          {lesson.objectives.map((objective, i) => (
            <li key={i}>
              <InlineText nodes={objective} />
            </li>
          ))}
        </ul>
      </div>
    </header>
  );
}
