import { lessonBuildJson } from "@/lib/course/build-context";
import { loadCourse, loadLesson } from "@/lib/course/load";

// Rendered once at build time into out/playground/context/<slug>.json: no server at run time.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return loadCourse().lessons.map((summary) => ({ lesson: `${summary.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ lesson: string }> }) {
  const { lesson } = await params;
  const slug = lesson.replace(/\.json$/, "");
  if (!loadCourse().lessons.some((l) => l.slug === slug)) return new Response("Not found", { status: 404 });
  return new Response(lessonBuildJson(loadLesson(slug)), { headers: { "Content-Type": "application/json" } });
}
