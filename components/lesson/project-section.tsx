import type { Lesson } from "@/lib/course/types";
import { CopyButton } from "@/components/ui/copy-button";

export function ProjectSection({ project }: { project: NonNullable<Lesson["project"]> }) {
  return (
    <section aria-labelledby="project-heading" className="defer-render mt-12">
      <h2 id="project-heading" className="text-2xl font-bold">
        Build it yourself
      </h2>
      <p className="mt-1 max-w-3xl">
        This site explains builds; it does not run them. On a machine with Docker, download the example project, unzip it,
        and run these commands in its folder. The archive&apos;s <code className="inline-code">Dockerfile</code> is the
        multi-stage version.
      </p>
      <div className="mt-4 grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
        <div className="rounded-xl border border-border bg-surface p-4">
          <a
            href={`/downloads/${project.archive}.zip`}
            download
            className="inline-flex min-h-10 items-center rounded-md bg-accent px-4 font-semibold text-white hover:bg-accent-strong"
          >
            Download {project.archive}.zip
          </a>
          <p className="mt-3 text-sm text-muted">It contains:</p>
          <ul className="mt-1 space-y-0.5 font-mono text-sm">
            {project.files.map((file) => (
              <li key={file}>{file}</li>
            ))}
          </ul>
        </div>
        <ol className="space-y-3" aria-label="Commands to run">
          {project.commands.map((command, i) => (
            <li key={command} className="rounded-xl border border-border bg-surface p-3">
              <span className="text-sm text-muted">Step {i + 1}</span>
              <div className="mt-1 flex items-center gap-3">
                <code tabIndex={0} className="code-block min-w-0 flex-1 overflow-x-auto rounded bg-surface-2 px-3 py-2 whitespace-pre">{command}</code>
                <CopyButton text={command} label={`Copy: ${command}`} />
              </div>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
