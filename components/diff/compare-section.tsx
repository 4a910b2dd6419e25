import type { CompareEstimate } from "@/lib/course/pages";
import type { Lesson } from "@/lib/course/types";
import { parseDockerSize } from "@/lib/dockerfile/simulate/size";
import { DiffView } from "./diff-view";
import { StaticDiff, staticDiffRows } from "./static-diff";
import { InlineText } from "../ui/inline-text";

/** A measured size (`303MB`, as the lesson states it) in bytes, for drawing the bars to scale; 0 when it is not one. */
const sizeInBytes = (size: string): number => parseDockerSize(size) ?? 0;

/** The single-stage / multi-stage comparison, with this site's estimates (computed at build time) beside the measured sizes. */
export function CompareSection({ compare, estimates }: { compare: NonNullable<Lesson["compare"]>; estimates: readonly (CompareEstimate | null)[] }) {
  const { before, after } = compare;
  const largest = Math.max(sizeInBytes(before.size ?? "0MB"), sizeInBytes(after.size ?? "0MB"), ...estimates.map((e) => e?.bytes ?? 0), 1);
  const sides = [
    { side: before, tone: "bg-danger", estimate: estimates[0] ?? null },
    { side: after, tone: "bg-success", estimate: estimates[1] ?? null },
  ];
  const measured = Boolean(before.size && after.size);
  return (
    <section aria-labelledby="compare-heading" className="defer-render mt-12">
      <h2 id="compare-heading" className="text-2xl font-bold">
        Compare single-stage and multi-stage
      </h2>
      <p className="mt-1 text-muted">
        Lines only in the {before.label.toLowerCase()} version are marked −, lines only in the {after.label.toLowerCase()}{" "}
        version +.
      </p>
      {(measured || estimates.some((e) => e !== null)) && (
        <figure className="mt-4 rounded-xl border border-border bg-surface p-4" data-testid="compare-sizes">
          <dl className="grid gap-4 sm:grid-cols-2">
            {sides.map(({ side, tone, estimate }) => (
              <div key={side.label} data-side={side.name}>
                <dt className="text-sm font-semibold text-muted">{side.label} image</dt>
                {side.size && (
                  <dd className="mt-0.5" data-testid="measured-size">
                    <span className="block text-xs text-muted">measured by the course</span>
                    <span className="font-mono text-3xl font-bold">{side.size}</span>
                    <span className="mt-2 block h-2.5 rounded bg-surface-2" aria-hidden="true">
                      <span
                        className={`block h-2.5 rounded ${tone}`}
                        style={{ width: `${(sizeInBytes(side.size ?? "0MB") / largest) * 100}%`, minWidth: "4px" }}
                      />
                    </span>
                  </dd>
                )}
                {estimate && (
                  <dd className="mt-2" data-testid="estimated-size">
                    <span className="block text-xs text-muted">this site&apos;s estimate (no Docker engine ran)</span>
                    <span className="font-mono text-xl font-semibold">{estimate.display}</span> <span className="text-xs text-muted">estimated</span>
                    <span className="mt-1 block h-1.5 rounded bg-surface-2" aria-hidden="true">
                      <span className={`block h-1.5 rounded ${tone} opacity-60`} style={{ width: `${(estimate.bytes / largest) * 100}%`, minWidth: "4px" }} />
                    </span>
                  </dd>
                )}
              </div>
            ))}
          </dl>
          <figcaption className="mt-3 text-sm text-muted">
            <InlineText nodes={compare.source} />{" "}
            {estimates.some((e) => e !== null) &&
              "Estimates come from this site's build simulator, which adds up sourced sizes; the sources are listed under “The image” above. “≥” means part of the image has no known size."}
          </figcaption>
        </figure>
      )}
      <div className="mt-4 grid grid-cols-2 gap-4 text-sm font-semibold text-muted max-md:hidden">
        <span>{before.label}</span>
        <span>{after.label}</span>
      </div>
      <div className="mt-2">
        <DiffView
          before={before.text}
          after={after.text}
          beforeLabel={before.label}
          afterLabel={after.label}
          height={staticDiffRows(before.text, after.text) * 20 + 24}
        >
          <StaticDiff before={before.text} after={after.text} beforeLabel={before.label} afterLabel={after.label} />
        </DiffView>
      </div>
    </section>
  );
}
