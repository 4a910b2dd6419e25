import { loadCourse, loadLesson, loadProjectFiles } from "@/lib/course/load";
import { zipProject } from "@/lib/course/zip";

// Rendered once at build time into out/downloads/<archive>.zip: no server at run time.
export const dynamic = "force-static";
export const dynamicParams = false;

function projects() {
  return loadCourse()
    .lessons.map((summary) => loadLesson(summary.slug))
    .flatMap((lesson) => (lesson.project ? [{ slug: lesson.slug, archive: lesson.project.archive }] : []));
}

export function generateStaticParams() {
  return projects().map((p) => ({ archive: `${p.archive}.zip` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ archive: string }> }) {
  const { archive } = await params;
  const project = projects().find((p) => `${p.archive}.zip` === archive);
  if (!project) return new Response("Not found", { status: 404 });
  const zip = zipProject(project.archive, loadProjectFiles(project.slug));
  return new Response(new Blob([zip.slice().buffer]), {
    headers: { "Content-Type": "application/zip", "Content-Disposition": `attachment; filename="${archive}"` },
  });
}
