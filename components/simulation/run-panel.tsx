import Link from "next/link";
import { TickedText } from "@/components/ui/ticked-text";
import type { SimulationModel } from "@/lib/workspace/types";

/**
 * The simulated `docker run --rm <tag>` of the final image: the program's start (and what
 * it prints, where the lesson's project is known) or the error in Docker's words, why, the
 * fix and the lesson that teaches it. Self-contained: it reads only the simulation result.
 */
export function RunPanel({ simulation }: { simulation: SimulationModel }) {
  const run = simulation.view.run;
  if (!run) return null;
  const tone = run.outcome === "starts" ? "border-[var(--ok,#15803d)]" : run.outcome === "unknown" ? "border-border" : "border-[var(--danger,#b91c1c)]";
  return (
    <section aria-label="docker run" className={`rounded-lg border ${tone} bg-surface`} data-testid="run-panel" data-outcome={run.outcome}>
      <p className="border-b border-border bg-[var(--callout-bg)] px-3 py-2 text-sm">
        <strong>Simulated run.</strong> <span className="text-muted">Nothing runs: Stagecraft works out what Docker would do from the image&apos;s files and how each program was built.</span>
      </p>
      <div className="space-y-3 p-3">
        <p className="overflow-x-auto whitespace-pre font-mono text-xs text-muted">{run.command}</p>
        <p className="font-semibold" data-testid="run-headline">
          <TickedText text={run.headline} />
        </p>
        {run.output && run.output.length > 0 && (
          <pre className="max-h-48 overflow-auto rounded-md bg-[var(--code-bg)] p-3 font-mono text-xs leading-5" data-testid="run-output" tabIndex={0}>
            {run.output.join("\n")}
          </pre>
        )}
        {run.printed && (
          <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-words rounded-md bg-[var(--code-bg)] p-3 font-mono text-xs leading-5" data-testid="run-error" tabIndex={0}>
            {run.printed}
            {run.exitCode !== null ? `\n$ echo $?\n${run.exitCode}` : ""}
          </pre>
        )}
        {run.why && (
          <p className="text-sm" data-testid="run-why">
            <TickedText text={run.why} />
          </p>
        )}
        {run.fix && (
          <p className="text-sm" data-testid="run-fix">
            <strong>Fix: </strong>
            <TickedText text={run.fix} />
          </p>
        )}
        {run.warnings.length > 0 && (
          <ul className="list-disc pl-5 text-sm" data-testid="run-warnings">
            {run.warnings.map((w) => (
              <li key={w}>
                <TickedText text={w} />
              </li>
            ))}
          </ul>
        )}
        {(run.lesson || run.source) && (
          <p className="text-xs text-muted">
            {run.lesson && (
              <>
                Taught in{" "}
                <Link className="underline" href={`/lessons/${run.lesson.slug}/`}>
                  {run.lesson.title}
                </Link>
                .{" "}
              </>
            )}
            {run.source && <>Words from {run.source}.</>}
          </p>
        )}
      </div>
    </section>
  );
}
