import { loadLessonBuild } from "@/lib/lessons/build-context";
import { analyzeLive } from "@/lib/live-analysis";
import type { Lesson } from "@/lib/course/types";
import { lessonStorageKey } from "@/lib/browser/storage";
import { LessonWorkspaceWithPlayground } from "@/components/playground/lesson-workspace-with-playground";

/** The lesson's Dockerfile workspace, with its panels computed at build time for the static page. */
export function LessonWorkspaceSection({ lesson }: { lesson: Lesson }) {
  const annotations = lesson.annotations.map(({ id, title, text, anchor }) => ({ id, title, text, anchor }));
  const build = loadLessonBuild(lesson);
  const initial = analyzeLive(lesson.dockerfile.text, null, annotations.map((a) => a.anchor), build);
  return (
    <section aria-labelledby="workspace-heading" className="mt-8">
      <h2 id="workspace-heading" className="text-2xl font-bold">
        The Dockerfile
      </h2>
      <p className="mt-1 text-muted">Click the code to edit it, or choose an annotation to see the lines it explains.</p>
      <div className="mt-4">
        <LessonWorkspaceWithPlayground storageKey={lessonStorageKey(lesson.slug)} original={lesson.dockerfile.text} initial={initial} annotations={annotations} build={build} />
      </div>
    </section>
  );
}
