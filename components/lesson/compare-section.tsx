import type { Lesson } from "@/lib/lessons/types";
import { DiffView } from "./diff-view";
import { StaticDiff, staticDiffRows } from "./static-diff";
import { InlineText } from "./inline-text";

/** Parses `303MB` / `8.34MB` / `900kB` into bytes, for drawing the bars to scale. */
function sizeInBytes(size: string): number {
  const match = /^(\d+(?:\.\d+)?)(kB|MB|GB)$/.exec(size);
  if (!match) return 0;
  const unit = { kB: 1e3, MB: 1e6, GB: 1e9 }[match[2] as "kB" | "MB" | "GB"];
  return Number(match[1]) * unit;
}

export function CompareSection({ compare }: { compare: NonNullable<Lesson["compare"]> }) {
  const { before, after } = compare;
  const largest = Math.max(sizeInBytes(before.size ?? "0MB"), sizeInBytes(after.size ?? "0MB"), 1);
  const sides = [
    { side: before, tone: "bg-danger" },
    { side: after, tone: "bg-success" },
  ];
  return (
    <section aria-labelledby="compare-heading" className="mt-12">
      <h2 id="compare-heading" className="text-2xl font-bold">
        Compare single-stage and multi-stage
      </h2>
      <p className="mt-1 text-muted">
        Lines only in the {before.label.toLowerCase()} version are marked −, lines only in the {after.label.toLowerCase()}{" "}
        version +.
      </p>
      {before.size && after.size && (
        <figure className="mt-4 rounded-xl border border-border bg-surface p-4">
          <dl className="grid gap-4 sm:grid-cols-2">
            {sides.map(({ side, tone }) => (
              <div key={side.label}>
                <dt className="text-sm font-semibold text-muted">{side.label} image</dt>
                <dd className="mt-0.5">
                  <span className="font-mono text-3xl font-bold">{side.size}</span>
                  <span className="mt-2 block h-2.5 rounded bg-surface-2" aria-hidden="true">
                    <span
                      className={`block h-2.5 rounded ${tone}`}
                      style={{ width: `${(sizeInBytes(side.size ?? "0MB") / largest) * 100}%`, minWidth: "4px" }}
                    />
                  </span>
                </dd>
              </div>
            ))}
          </dl>
          <figcaption className="mt-3 text-sm text-muted">
            <InlineText nodes={compare.source} />
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
