import type { Metadata } from "next";
import { Presenter } from "@/components/presenter/presenter";
import { loadCourse, loadLesson } from "@/lib/course/load";
import { loadPresenterPage } from "@/lib/course/pages";

interface PresentPageProps {
  params: Promise<{ slug: string }>;
}

export const dynamicParams = false;

export function generateStaticParams() {
  return loadCourse().lessons.map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: PresentPageProps): Promise<Metadata> {
  const lesson = loadLesson((await params).slug);
  return { title: `Present lesson ${lesson.number}: ${lesson.title}`, robots: { index: false } };
}

/** Classroom mode: the lesson as slides for a projector. */
export default async function PresentPage({ params }: PresentPageProps) {
  const { lesson, workspace, slides } = loadPresenterPage((await params).slug);
  const annotations = lesson.annotations.map(({ id, title, text, anchor }) => ({ id, title, text, anchor }));
  return (
    <Presenter
      slug={lesson.slug}
      number={lesson.number}
      title={lesson.title}
      objectives={lesson.objectives}
      annotations={annotations}
      original={lesson.dockerfile.text}
      slides={slides}
      initial={workspace}
    />
  );
}
