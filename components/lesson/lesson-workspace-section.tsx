import { LessonWorkspaceWithPlayground } from "@/components/playground/lesson-workspace-with-playground";
import { lessonStorageKey } from "@/lib/browser/storage";
import type { LessonPage } from "@/lib/course/pages";

/** The lesson's Dockerfile workspace, its panels computed at build time for the static page. */
export function LessonWorkspaceSection({ page }: { page: LessonPage }) {
  const { lesson } = page;
  const annotations = lesson.annotations.map(({ id, title, text, anchor }) => ({ id, title, text, anchor }));
  return (
    <section aria-labelledby="workspace-heading" className="mt-8">
      <h2 id="workspace-heading" className="text-2xl font-bold">
        The Dockerfile
      </h2>
      <p className="mt-1 text-muted">Click the code to edit it, or choose an annotation to see the lines it explains.</p>
      <div className="mt-4">
        <LessonWorkspaceWithPlayground lesson={lesson.slug} storageKey={lessonStorageKey(lesson.slug)} original={lesson.dockerfile.text} initial={page.workspace} annotations={annotations} build={page.build} />
      </div>
    </section>
  );
}
