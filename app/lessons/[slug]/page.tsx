import type { Metadata } from "next";
import Link from "next/link";
import { exerciseCard, ExercisesSection } from "@/components/lesson/exercises-section";
import { LessonHandout } from "@/components/lesson/lesson-handout";
import { LessonProse } from "@/components/lesson/lesson-prose";
import { ProjectSection } from "@/components/lesson/project-section";
import { RecordVisit } from "@/components/lesson/record-visit";
import { LessonHook } from "@/components/walkthrough/lesson-hook";
import { NextLesson } from "@/components/walkthrough/next-lesson";
import { Walkthrough } from "@/components/walkthrough/walkthrough";
import type { LessonPage as LessonPageModel } from "@/lib/course/pages";
import { loadCourse } from "@/lib/course/load";
import { loadLessonPage } from "@/lib/course/pages";

interface LessonPageProps {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return loadCourse().lessons.map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: LessonPageProps): Promise<Metadata> {
  const { lesson } = loadLessonPage((await params).slug);
  return { title: `Lesson ${lesson.number}: ${lesson.title}`, description: lesson.summary };
}

export default async function LessonPage({ params }: LessonPageProps) {
  return <WalkthroughLessonPage page={loadLessonPage((await params).slug)} />;
}

/** A lesson in the walkthrough format: the problem, the steps beside the workbench, then practice, recap and the project. */
function WalkthroughLessonPage({ page }: { page: LessonPageModel }) {
  const { lesson, total } = page;
  const hook = lesson.hook as NonNullable<typeof lesson.hook>;
  const walkthrough = page.walkthrough as NonNullable<typeof page.walkthrough>;
  const context = page.build.contextFiles;
  const numbered = page.exercises.map((entry, i) => ({ entry, number: i + 1 }));
  const atStep = new Set(lesson.steps.flatMap((s) => (s.exerciseId ? [s.exerciseId] : [])));
  const exercises = Object.fromEntries(
    lesson.steps.flatMap((s) => {
      const found = numbered.find(({ entry }) => entry.exercise.id === s.exerciseId);
      return found ? [[s.id, exerciseCard(found.entry, found.number, context, "clamp(140px, 30vh, 360px)")]] : [];
    }),
  );
  const practice = page.exercises.filter((e) => !atStep.has(e.exercise.id));
  const annotations = lesson.annotations.map(({ id, title, text, anchor }) => ({ id, title, text, anchor }));
  const first = lesson.steps[0];
  const lastExercise = lesson.exercises.at(-1)?.id ?? null;
  return (
    <div className="mx-auto max-w-7xl px-4 pt-4 sm:px-6">
      <RecordVisit slug={lesson.slug} />
      <Walkthrough
        slug={lesson.slug}
        steps={lesson.steps.map(({ body, ...step }) => (void body, step))}
        bodies={lesson.steps.map((s) => (
          <LessonProse key={s.id} blocks={s.body} />
        ))}
        exercises={exercises}
        initial={walkthrough.initial}
        annotations={annotations}
        build={page.build}
        before={{ text: hook.text, label: lesson.compare?.before.label ?? "Before", size: hook.size ?? null, estimate: walkthrough.hook?.display ?? null, source: hook.source ?? null }}
        footer={
          <>
            <ExercisesSection title="Practice" exercises={practice} {...(context ? { context } : {})} />

            <article className="prose-lesson mt-10 max-w-3xl">
              <LessonProse blocks={lesson.body} />
            </article>

            {lesson.project && <ProjectSection project={lesson.project} />}
            {lesson.next && <NextLesson next={lesson.next} lastExerciseId={lastExercise} />}

            <nav aria-label="Lessons" className="mt-12 mb-20 flex flex-wrap justify-between gap-4 border-t border-border pt-6 lg:mb-0">
              {lesson.previous ? (
                <Link href={`/lessons/${lesson.previous.slug}/`} className="font-semibold text-accent hover:underline">
                  ← {lesson.previous.title}
                </Link>
              ) : (
                <Link href="/" className="font-semibold text-accent hover:underline">
                  ← All lessons
                </Link>
              )}
              {lesson.next && (
                <Link href={`/lessons/${lesson.next.slug}/`} className="font-semibold text-accent hover:underline">
                  Next: {lesson.next.title} →
                </Link>
              )}
            </nav>
          </>
        }
        header={<LessonHook lesson={lesson} hook={hook} total={total} estimate={walkthrough.hook?.display ?? null} inWorkbench={first?.text === hook.text} />}
      />
      <LessonHandout lesson={lesson} />
    </div>
  );
}
