/**
 * The stage graph as positioned boxes and edge paths, laid out by dagre (a proven layered
 * graph layout) so 1 to 12 stages never overlap. Pure: the same layout at build time for the
 * static page and in the browser as the student types.
 */
import dagre from "@dagrejs/dagre";
import type { Analysis } from "../dockerfile/analysis/types";
import { stageLabel } from "../dockerfile/stages";
import { graphBaseText, graphSublabel, skipReasonText, type GraphBase, type SkipReason } from "./simulation-words";

export type { GraphBase, SkipReason } from "./simulation-words";

/** A box in the graph: a stage, or an image that `--from` pulls. */
export interface GraphNode {
  /** `stage-0`, or `image:nginx:latest`. */
  id: string;
  kind: "stage" | "image";
  /** 0-based stage index, or null for an image. */
  index: number | null;
  /** The stage name, `stage-N`, or the image reference. */
  label: string;
  /** What a stage starts from: an earlier stage or an image; null for an image node. */
  base: GraphBase | null;
  /** The box's second line: the base image (`alpine:latest`), `FROM stage build`, or `image, pulled`. */
  sublabel: string;
  /** What a stage is built on, for the list (`stage build`, `alpine:latest`); empty for an image node. */
  baseText: string;
  /** Centre, in pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Whether this stage is the build target. */
  target: boolean;
  /** Whether BuildKit builds it for the target (images: whether a built stage pulls it). */
  buildkit: boolean;
  /** Whether the legacy builder runs it. */
  legacy: boolean;
  /** Why BuildKit skips it, or null when it is built. */
  skip: SkipReason | null;
  /** `skip` in words, or null. */
  skipReason: string | null;
}

/** A dependency: `to` needs `from`. */
export interface GraphEdge {
  from: string;
  to: string;
  /** `from`: FROM <stage> (solid); `copy`: COPY --from (dashed); `mount`: RUN --mount from= (dotted). */
  kind: "from" | "copy" | "mount";
  /** 1-based line of the (first) instruction that makes the dependency (an ONBUILD trigger's: the FROM of `to`, where BuildKit runs it). */
  line: number;
  /** Set for a dependency an ONBUILD trigger of `to`'s base stage makes: 1-based line of that `ONBUILD`. */
  onbuildLine?: number;
  /** 1-based lines of every instruction that makes it: parallel dependencies of one kind between the same two boxes are one edge. */
  lines: number[];
  /** What the drawing writes beside an edge that stands for several instructions (`3 × COPY --from`), else null. */
  label: string | null;
  /** Centre of the label, in pixels, or null without one. */
  labelAt: { x: number; y: number } | null;
  /** Polyline through dagre's control points, in pixels. */
  points: { x: number; y: number }[];
}

const KIND_KEYWORD = { from: "FROM", copy: "COPY --from", mount: "RUN --mount" } as const;
/** Height of an edge label's box, in pixels (the 12px font of the graph's second lines). */
const LABEL_HEIGHT = 18;

/** The laid-out graph. */
export interface StageGraphLayout {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Size of the drawing, in pixels. */
  width: number;
  height: number;
}

/** Approximate width of a character of the 13px monospace font the graph uses. */
const CHAR = 7.9;
const NODE_HEIGHT = 50;
const MAX_CHARS = 28;

const stageId = (index: number) => `stage-${index}`;
const imageId = (image: string) => `image:${image}`;
const onbuild = (line: number | undefined) => (line === undefined ? {} : { onbuildLine: line });
const clip = (text: string) => (text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text);

/** Builds and lays out the stage graph of an analysis. */
export function layoutStageGraph(analysis: Analysis): StageGraphLayout {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: "TB", nodesep: 28, ranksep: 44, marginx: 8, marginy: 8 });
  graph.setDefaultEdgeLabel(() => ({}));

  const targetStage = analysis.target === null ? null : analysis.stages[analysis.target];
  const targetLabel = targetStage ? stageLabel(targetStage) : "";
  const nodes = new Map<string, Omit<GraphNode, "x" | "y">>();

  for (const stage of analysis.stages) {
    const label = stageLabel(stage);
    const parent = stage.baseStage === null ? undefined : analysis.stages[stage.baseStage];
    const base: GraphBase = parent ? { kind: "stage", stage: { label: stageLabel(parent), named: parent.name !== null } } : { kind: "image", ref: stage.base };
    const sublabel = graphSublabel(base);
    const buildkit = analysis.buildkitStages.includes(stage.index);
    const legacy = analysis.legacyStages.includes(stage.index);
    const skip: SkipReason | null = buildkit ? null : { kind: legacy ? "legacy-only" : "after-target", target: targetLabel };
    const node = {
      id: stageId(stage.index),
      kind: "stage" as const,
      index: stage.index,
      label,
      base,
      sublabel,
      baseText: graphBaseText(base),
      width: Math.max(clip(label).length + 9, clip(sublabel).length) * CHAR + 28,
      height: NODE_HEIGHT,
      target: stage.index === analysis.target,
      buildkit,
      legacy,
      skip,
      skipReason: skip && skipReasonText(skip),
    };
    nodes.set(node.id, node);
  }
  for (const source of analysis.externalSources) {
    const id = imageId(source.image);
    const pulledByBuilt = analysis.buildkitStages.includes(source.stage);
    const existing = nodes.get(id);
    if (existing) {
      existing.buildkit ||= pulledByBuilt;
      if (existing.buildkit) {
        existing.skip = null;
        existing.skipReason = null;
      }
      continue;
    }
    const skip: SkipReason | null = pulledByBuilt ? null : { kind: "image-unused" };
    nodes.set(id, {
      id,
      kind: "image",
      index: null,
      label: source.image,
      base: null,
      sublabel: graphSublabel(null),
      baseText: "",
      width: Math.max(clip(source.image).length, 13) * CHAR + 28,
      height: NODE_HEIGHT,
      target: false,
      buildkit: pulledByBuilt,
      legacy: analysis.legacyStages.includes(source.stage),
      skip,
      skipReason: skip && skipReasonText(skip),
    });
  }
  for (const node of nodes.values()) graph.setNode(node.id, { width: node.width, height: node.height });

  // Lesson 6 copies three files from `build`: one edge with "3 × COPY --from", not three drawn on top of each other.
  const edges: Omit<GraphEdge, "points" | "labelAt">[] = [];
  const dependencies = [
    ...analysis.edges.map((e) => ({ from: stageId(e.from), to: stageId(e.to), kind: e.kind, line: e.line, ...onbuild(e.onbuildLine) })),
    ...analysis.externalSources.map((s) => ({ from: imageId(s.image), to: stageId(s.stage), kind: s.kind, line: s.line, ...onbuild(s.onbuildLine) })),
  ];
  for (const d of dependencies) {
    const same = edges.find((e) => e.from === d.from && e.to === d.to && e.kind === d.kind && e.onbuildLine === d.onbuildLine);
    if (same) same.lines.push(d.line);
    else edges.push({ ...d, lines: [d.line], label: null });
  }
  for (const edge of edges) if (edge.lines.length > 1) edge.label = `${edge.lines.length} × ${KIND_KEYWORD[edge.kind]}`;
  edges.forEach((edge, i) =>
    graph.setEdge(edge.from, edge.to, edge.label ? { width: edge.label.length * CHAR * (12 / 13) + 10, height: LABEL_HEIGHT, labelpos: "c" } : {}, `e${i}`),
  );

  dagre.layout(graph);

  const laidOut: GraphNode[] = [...nodes.values()].map((node) => {
    const position = graph.node(node.id);
    return { ...node, x: position.x, y: position.y };
  });
  const laidEdges: GraphEdge[] = edges.map((edge, i) => {
    const laid = graph.edge({ v: edge.from, w: edge.to, name: `e${i}` }) as { points?: { x: number; y: number }[]; x?: number; y?: number } | undefined;
    return {
      ...edge,
      points: (laid?.points ?? []).map((p) => ({ x: p.x, y: p.y })),
      labelAt: edge.label && laid?.x !== undefined && laid.y !== undefined ? { x: laid.x, y: laid.y } : null,
    };
  });
  const size = graph.graph();
  return { nodes: laidOut, edges: laidEdges, width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0) };
}
