"use client";
import { memo, useId } from "react";
import { BuildLog } from "@/components/simulation/build-log";
import { FileTree } from "@/components/simulation/file-tree";
import { ImagePanel } from "@/components/simulation/image-panel";
import { RunPanel } from "@/components/simulation/run-panel";
import type { SimulationView } from "@/lib/workspace/simulation-view";
import type { MeasuredImage, SimulationModel } from "@/lib/workspace/types";

interface SimulationSectionProps {
  view: SimulationView;
  /** False while the estimate is catching up with the latest edit. */
  current: boolean;
  measured: MeasuredImage | null;
  /** The target the estimate was made for. */
  target: string | null;
  /** `-t` of the lesson's build command. */
  tag: string | undefined;
  /** The whole simulation result, for the `docker run` panel. */
  simulation?: SimulationModel;
}

/**
 * "The image": sizes, the final image's files and the simulated logs. Memoised: a 2,000-line
 * Dockerfile makes a long build log, and re-rendering it on every keystroke, while the
 * simulation itself waits for a pause, would slow typing down.
 */
export const SimulationSection = memo(function SimulationSection({ view, current, measured, target, tag, simulation }: SimulationSectionProps) {
  const imageHeading = useId();
  const treeHeading = useId();
  const logHeading = useId();
  return (
    <section aria-labelledby={imageHeading} aria-busy={!current} className="defer-render mt-8" data-testid="simulation">
      <h3 id={imageHeading} className="text-xl font-bold">
        The image
      </h3>
      <p className="mt-1 text-muted">What the build would make, estimated from sourced sizes as you type. Nothing is built: no Docker engine runs here or in your browser.</p>
      <div className="mt-3 grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="min-w-0">
          <ImagePanel sim={view} measured={measured} />
          {simulation && (
            <div className="mt-6">
              <RunPanel simulation={simulation} />
            </div>
          )}
        </div>
        <div className="min-w-0 space-y-6">
          <section aria-labelledby={treeHeading}>
            <h4 id={treeHeading} className="text-base font-bold">
              Final image contents
            </h4>
            <p className="mb-2 text-sm text-muted">What a container of this image starts with: what its base image holds, the base image&apos;s folders, and every path the build put there, marked with the stage it came from.</p>
            <FileTree tree={view.tree} base={view.base} />
          </section>
          <section aria-labelledby={logHeading}>
            <h4 id={logHeading} className="mb-2 text-base font-bold">
              Build log
            </h4>
            <BuildLog logs={view.logs} target={target} {...(tag ? { tag } : {})} />
          </section>
        </div>
      </div>
    </section>
  );
});
