import type { Analysis } from "@/lib/dockerfile/analysis/types";
import type { GraphEdge, GraphNode, StageGraphLayout } from "@/lib/workspace/stage-graph";

interface StageGraphProps {
  graph: StageGraphLayout;
  analysis: Analysis;
  /** The stage holding the editor's cursor. */
  activeStage: number | null;
  /** Selects a stage's lines in the editor. */
  onSelectStage(index: number): void;
}

const DASH = { from: undefined, copy: "7 5", mount: "2 4" } as const;
const KIND_TEXT = { from: "is built on", copy: "copies from", mount: "mounts from" } as const;

function pathOf(edge: GraphEdge): string {
  return edge.points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
}

function nodeName(node: GraphNode | undefined): string {
  return node ? (node.kind === "image" ? `image ${node.label}` : node.label) : "?";
}

/**
 * The stages as a drawing (dagre layout) and as a structured list with the same facts, for
 * screen readers and tests: what each stage needs, and whether BuildKit and the legacy
 * builder build it for the current target.
 */
export function StageGraph({ graph, analysis, activeStage, onSelectStage }: StageGraphProps) {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const stageNodes = graph.nodes.filter((n) => n.kind === "stage");
  return (
    <div>
      <div className="overflow-auto rounded-lg border border-border bg-[var(--code-bg)]" style={{ maxHeight: 460 }}>
        <svg
          width={Math.max(graph.width, 1)}
          height={Math.max(graph.height, 1)}
          viewBox={`0 0 ${Math.max(graph.width, 1)} ${Math.max(graph.height, 1)}`}
          className="mx-auto block"
          aria-hidden="true"
          data-testid="stage-graph-svg"
        >
          <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" fill="var(--muted)" />
            </marker>
          </defs>
          {graph.edges.map((edge, i) => (
            <path
              key={i}
              d={pathOf(edge)}
              fill="none"
              stroke="var(--muted)"
              strokeWidth={1.6}
              strokeDasharray={DASH[edge.kind]}
              markerEnd="url(#arrow)"
              data-edge-kind={edge.kind}
            />
          ))}
          {graph.edges.map((edge, i) =>
            edge.label && edge.labelAt ? (
              <g key={`label-${i}`} data-edge-label={edge.label}>
                <rect
                  x={edge.labelAt.x - (edge.label.length * 7.3 + 10) / 2}
                  y={edge.labelAt.y - 9}
                  width={edge.label.length * 7.3 + 10}
                  height={18}
                  rx={4}
                  fill="var(--code-bg)"
                  stroke="var(--border)"
                />
                <text x={edge.labelAt.x} y={edge.labelAt.y + 4} textAnchor="middle" fontFamily="var(--font-mono)" fontSize={12} fill="var(--text)">
                  {edge.label}
                </text>
              </g>
            ) : null,
          )}
          {graph.nodes.map((node) => {
            const active = node.index !== null && node.index === activeStage;
            const dim = !node.buildkit;
            return (
              <g
                key={node.id}
                transform={`translate(${node.x - node.width / 2},${node.y - node.height / 2})`}
                opacity={dim ? 0.55 : 1}
                className={node.index !== null ? "cursor-pointer" : undefined}
                onClick={node.index !== null ? () => onSelectStage(node.index ?? 0) : undefined}
                data-node={node.label}
              >
                {dim && node.skipReason && <title>{node.skipReason}</title>}
                <rect
                  width={node.width}
                  height={node.height}
                  rx={8}
                  fill={active ? "var(--code-highlight)" : node.kind === "image" ? "var(--surface-2)" : "var(--surface)"}
                  stroke={node.target ? "var(--accent)" : active ? "var(--code-highlight-border)" : "var(--border)"}
                  strokeWidth={node.target || active ? 2.5 : 1.2}
                  strokeDasharray={node.kind === "image" ? "6 4" : undefined}
                />
                <text x={12} y={20} fontFamily="var(--font-mono)" fontSize={13} fontWeight={700} fill="var(--text)">
                  {node.label.length > 28 ? `${node.label.slice(0, 27)}…` : node.label}
                  {node.target && (
                    <tspan fill="var(--accent)" fontWeight={700}>
                      {"  ◎ target"}
                    </tspan>
                  )}
                </text>
                <text x={12} y={38} fontFamily="var(--font-mono)" fontSize={12} fill="var(--muted)">
                  {node.sublabel.length > 28 ? `${node.sublabel.slice(0, 27)}…` : node.sublabel}
                </text>
              </g>
            );
          })}
        </svg>
      </div>
      <p className="graph-legend mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted" aria-hidden="true">
        <span>── FROM &lt;stage&gt;</span>
        <span>╌╌ COPY --from</span>
        <span>┈┈ RUN --mount from=</span>
        <span>faded: not built for this target</span>
      </p>

      <ul aria-label="Stage graph" className="mt-3 space-y-1.5 text-sm">
        {stageNodes.map((node) => {
          const needs = graph.edges.filter((e) => e.to === node.id);
          const index = node.index ?? 0;
          return (
            <li
              key={node.id}
              data-stage={node.label}
              data-buildkit={node.buildkit ? "built" : "skipped"}
              data-legacy={node.legacy ? "built" : "skipped"}
              className={`rounded-md border px-3 py-2 ${index === activeStage ? "border-[var(--code-highlight-border)] bg-[var(--code-highlight)]" : "border-border bg-surface"}`}
            >
              <button type="button" className="font-mono font-bold text-accent underline-offset-2 hover:underline" onClick={() => onSelectStage(index)}>
                {node.label}
              </button>
              {node.target && <span className="ml-2 rounded bg-accent px-1.5 py-0.5 text-xs font-bold text-white">target</span>}
              <span className="ml-2 text-muted">from {node.baseText}</span>
              <span className="block">
                Needs:{" "}
                {needs.length === 0
                  ? "nothing"
                  : needs.map((e, i) => (
                      <span key={i}>
                        {i > 0 && "; "}
                        {KIND_TEXT[e.kind]} <span className="font-mono">{nodeName(byId.get(e.from))}</span> ({e.lines.length === 1 ? `line ${e.line}` : `lines ${e.lines.join(", ")}`})
                      </span>
                    ))}
              </span>
              <span className="block">
                BuildKit: <strong className={node.buildkit ? "text-success" : "text-danger"}>{node.buildkit ? "built" : "skipped"}</strong>
                {" · "}Legacy builder: <strong className={node.legacy ? "text-success" : "text-danger"}>{node.legacy ? "built" : "skipped"}</strong>
              </span>
              {node.skipReason && <span className="block text-muted">{node.skipReason}</span>}
            </li>
          );
        })}
        {analysis.stages.length === 0 && <li className="text-muted">No stages yet: a Dockerfile starts with FROM.</li>}
      </ul>
    </div>
  );
}
