import type { MeasuredImage } from "@/lib/course/build-context";
import type { MissingView, SegmentKind, SegmentView, SimulationView } from "@/lib/workspace/simulation-view";
import { TickedText } from "@/components/ui/ticked-text";

/** Segment colours: distinct in light and dark themes; the legend beside each bar names every segment in text. */
const SEGMENT_COLOUR: Record<SegmentKind, string> = {
  base: "#64748b",
  parent: "#475569",
  run: "#d97706",
  copy: "#2563eb",
  "copy-from": "#16a34a",
};

const HATCH = "repeating-linear-gradient(135deg, #94a3b8 0 4px, transparent 4px 8px)";

/** The word every estimated figure carries. */
function Estimated() {
  return <span className="ml-1 text-xs font-normal text-muted">estimated</span>;
}

function Swatch({ segment }: { segment: SegmentView }) {
  return (
    <span
      aria-hidden="true"
      className="mt-1 inline-block h-3 w-3 shrink-0 rounded-sm border border-border"
      style={{ background: segment.unknown !== null && segment.bytes === 0 ? HATCH : SEGMENT_COLOUR[segment.kind] }}
    />
  );
}

/** A bar drawn to the panel's common scale: one segment per base and sized layer. */
function Bar({ segments, scale }: { segments: SegmentView[]; scale: number }) {
  return (
    <div aria-hidden="true" className="flex h-4 w-full overflow-hidden rounded bg-surface-2">
      {segments.map((s) =>
        s.unknown !== null && s.bytes === 0 ? (
          <span key={s.key} className="block h-full w-4 shrink-0 border-l border-surface" style={{ background: HATCH }} />
        ) : s.bytes > 0 ? (
          <span
            key={s.key}
            className="block h-full shrink-0 border-l border-surface first:border-l-0"
            style={{ width: `${(s.bytes / scale) * 100}%`, minWidth: "3px", background: SEGMENT_COLOUR[s.kind] }}
          />
        ) : null,
      )}
    </div>
  );
}

function Legend({ segments }: { segments: SegmentView[] }) {
  return (
    <ul className="mt-2 space-y-1 text-sm">
      {segments.map((s) => (
        <li key={s.key} className="flex gap-2">
          <Swatch segment={s} />
          <span className="min-w-0">
            <TickedText text={s.legend} />
            {s.line !== null && <span className="text-muted"> (line {s.line})</span>}
            {": "}
            <span className="whitespace-nowrap font-mono font-semibold">{s.display}</span>
            {s.exact !== null ? <span className="ml-1 text-xs font-normal text-muted">{s.exact}</span> : s.unknown === null || s.bytes > 0 ? <Estimated /> : null}
            {s.approximate !== null && <span className="block text-xs text-muted">{s.approximate}</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The parts of unknown size, collapsed into one line ("3 parts unknown — why?") that opens to say why. */
function Missing({ missing, testId }: { missing: MissingView | null; testId?: string }) {
  if (!missing) return null;
  return (
    <details className="mt-2 rounded-md border border-border bg-[var(--callout-bg)] px-2 py-1 text-sm" data-testid={testId}>
      <summary className="cursor-pointer font-semibold">{missing.summary}</summary>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {missing.parts.map((p) => (
          <li key={p.key}>
            <span className="font-semibold">{p.what}</span>: <TickedText text={p.why} />
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The catalog entries behind the estimate, one click away. */
function Sources({ catalog }: { catalog: SimulationView["catalog"] }) {
  if (catalog.length === 0) return <p className="mt-3 text-sm text-muted">No catalog figure was used: nothing in this Dockerfile is in the size catalog.</p>;
  return (
    <details className="mt-3 rounded-lg border border-border bg-surface p-3 text-sm" data-testid="simulation-sources">
      <summary className="cursor-pointer font-semibold">Where these estimates come from ({catalog.length} catalog {catalog.length === 1 ? "entry" : "entries"})</summary>
      <ul className="mt-2 space-y-3">
        {catalog.map((entry) => (
          <li key={entry.id} className="border-t border-border pt-2 first:border-t-0 first:pt-0">
            <p>
              <strong>{entry.name}</strong>: <span className="font-mono">{entry.display}</span>{" "}
              <span className="text-muted">
                ({entry.kind === "on-disk" ? "on disk, uncompressed" : entry.kind === "compressed" ? "compressed, as pulled" : "kind not stated by the source"})
              </span>
            </p>
            <p className="text-muted">Version: {entry.version}</p>
            <ul className="mt-1 list-disc pl-5">
              {entry.sources.map((src, i) => (
                <li key={i} className="break-words">
                  {src.document}
                  {src.locator ? `, ${src.locator}` : ""}
                  {src.date ? ` (${src.date})` : ""}
                  {src.firstHand ? "" : " (via the course's fact sheets)"}
                </li>
              ))}
            </ul>
            {entry.derivation && <p className="mt-1">How it was derived: {entry.derivation}</p>}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** A row aligned under `header`'s columns, as `docker image ls` aligns it. */
function alignRow(header: string, cells: string[]): string {
  const starts = ["TAG", "IMAGE ID", "CREATED", "SIZE"].map((h) => header.indexOf(h));
  let line = "";
  cells.forEach((cell, i) => {
    const start = i === 0 ? 0 : (starts[i - 1] ?? -1);
    line = (start > line.length ? line.padEnd(start) : line + (i === 0 ? "" : "   ")) + cell;
  });
  return line;
}

/** `docker image ls` as the simulation prints it, beside the course's measured row when there is one. */
function ImageLs({ sim, measured }: { sim: SimulationView; measured: MeasuredImage | null }) {
  if (!sim.imageLs) return null;
  const { header, line } = sim.imageLs;
  const rows = [
    { key: "sim", who: "Simulated by this site: the estimate for your Dockerfile", size: sim.imageLs.size, text: line },
    ...(measured
      ? [{ key: "measured", who: "Measured by the course for the lesson's Dockerfile (linux/amd64; id and time not published)", size: measured.size, text: alignRow(header, [measured.repository, measured.tag, "…", "…", measured.size]) }]
      : []),
  ];
  return (
    <div className="mt-4" data-testid="image-ls">
      <h5 className="text-sm font-bold">
        <code className="inline-code">docker image ls</code>
      </h5>
      {rows.map((r) => (
        <div key={r.key} className="mt-2">
          <p className="text-xs font-semibold text-muted">
            {r.who}: <span className="font-mono text-text">{r.size}</span>
          </p>
          <pre className="mt-1 overflow-x-auto rounded-md border border-border bg-[var(--code-bg)] p-2 font-mono text-xs leading-5" tabIndex={0}>
            <span className="text-muted">{header}</span>
            {"\n"}
            <span data-row={r.key}>{r.text}</span>
          </pre>
        </div>
      ))}
      <p className="mt-1 text-xs text-muted">The simulated IMAGE ID is fake, derived from a hash of your Dockerfile.</p>
    </div>
  );
}

/** The image panel: the final image and every stage as bars, with what is unknown and where each figure comes from. */
export function ImagePanel({ sim, measured }: { sim: SimulationView; measured: MeasuredImage | null }) {
  const final = sim.final;
  return (
    <div data-testid="image-panel">
      {sim.error && (
        <p className="mb-3 rounded-lg border border-danger p-3 text-sm text-danger">
          <strong>The real build would fail:</strong> <TickedText text={`\`${sim.error}\``} />. The sizes below are what the stages would hold up to that point.
        </p>
      )}
      {final ? (
        <div className="rounded-lg border border-border bg-surface p-3" data-testid="final-image">
          <p className="flex flex-wrap items-baseline gap-x-2">
            <span className="font-bold">
              Final image <span className="font-normal text-muted">(target {final.label})</span>
            </span>
            <span className="font-mono text-2xl font-bold" data-testid="final-image-size">
              {final.display}
            </span>
            <span className="rounded bg-accent-soft px-1.5 py-0.5 text-xs font-semibold text-accent-strong" data-testid="final-image-confidence" data-confidence={final.confidence}>
              {final.confidenceText}
            </span>
          </p>
          <div className="mt-2">
            <Bar segments={final.segments} scale={sim.scale} />
          </div>
          <Legend segments={final.segments} />
          <Missing missing={final.missing} testId="final-image-unknowns" />
          {sim.leftBehind.length > 0 && (
            <ul className="mt-2 space-y-1 text-sm" data-testid="left-behind">
              {sim.leftBehindSentences.map((t) => (
                <li key={t} className="rounded bg-[var(--diff-add-bg)] px-2 py-1 text-[var(--diff-add-text)]">
                  <TickedText text={t} />
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <p className="text-sm text-muted">There is no stage to build yet, so no image.</p>
      )}

      <h4 className="mt-4 text-base font-bold">What each stage holds</h4>
      <ol className="mt-2 space-y-3" aria-label="Stage sizes">
        {sim.stages.map((stage) => (
          <li key={stage.index} data-stage={stage.label} data-role={stage.role} className={`rounded-lg border border-border bg-surface p-3 ${stage.role === "not-built" ? "border-dashed" : ""}`}>
            <p className="flex flex-wrap items-baseline gap-x-2">
              <span className="font-mono font-bold">{stage.label}</span>
              <span className="font-mono font-semibold">{stage.display}</span>
              {stage.confidence !== "unknown" && <Estimated />}
              <span className="text-sm text-muted">· {stage.roleText}</span>
            </p>
            <div className="mt-2">
              <Bar segments={stage.segments} scale={sim.scale} />
            </div>
            <Legend segments={stage.segments} />
            <Missing missing={stage.missing} />
            {stage.metadataLayers > 0 && (
              <p className="mt-1 text-xs text-muted">
                + {stage.metadataLayers} instruction{stage.metadataLayers === 1 ? "" : "s"} that change{stage.metadataLayers === 1 ? "s" : ""} only metadata or make an empty folder (0B).
              </p>
            )}
          </li>
        ))}
      </ol>

      <Sources catalog={sim.catalog} />
      <ImageLs sim={sim} measured={measured} />
    </div>
  );
}
