"use client";
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type ReactNode, type Ref } from "react";
import type { WorkspaceAnnotation } from "@/components/annotations/annotation-list";
import type { EditorHandle } from "@/components/editor/dockerfile-editor";
import { lazyPart } from "@/components/ui/lazy-part";
import { useSavedText } from "@/hooks/use-saved-text";
import { useWorkspaceModel } from "@/hooks/use-workspace-model";
import type { LineSpan } from "@/lib/workspace/annotations";
import { saveStatusMessage } from "@/lib/workspace/save-status";
import { ALL_PANELS, PROBLEMS_ONLY, type WorkspaceBuild, type WorkspaceModel } from "@/lib/workspace/types";
import { EditorCard, type EditorState } from "./editor-card";

// The graph and the target panel load when first shown (the walkthrough's Stages tab, or the playground).
const StageGraph = lazyPart(() => import("@/components/graph/stage-graph").then((m) => m.StageGraph), "graph");
const BuildPanel = lazyPart(() => import("@/components/graph/build-panel").then((m) => m.BuildPanel), "targets");
// So do the walkthrough's Problems and Notes tabs, and the one-column layout's simulated build.
const ProblemsPanel = lazyPart(() => import("@/components/problems/problems-panel").then((m) => m.ProblemsPanel), "problems");
const AnnotationList = lazyPart(() => import("@/components/annotations/annotation-list").then((m) => m.AnnotationList), "notes");
const SimulationSection = lazyPart(() => import("@/components/simulation/simulation-section").then((m) => m.SimulationSection), "simulation");

export type { WorkspaceAnnotation };

/** What the workspace reports to its page (the playground keeps its URL current with it). */
export interface WorkspaceState {
  text: string;
  target: string | null;
}

/** What a page may do to the workspace from outside (an exercise loads its solution). */
export interface WorkspaceControl {
  /** Replaces the whole text, as an edit (saved, and Reset still restores the original). */
  replaceText(text: string): void;
  /** Saves a pending edit now (before the page reloads). */
  save(): void;
  /** Sets the Target control (null: the last stage). */
  setTarget(target: string | null): void;
}

/** The workspace's parts, for a page that arranges them itself (the walkthrough's workbench). */
export interface WorkspaceParts {
  /** The editor card (no Problems list: see `problems`). */
  card: ReactNode;
  /** The stage graph, or null while analysis is paused (it would show an older text's stages). */
  graph: ReactNode;
  /** The Target control and what each builder runs, or null while analysis is paused. */
  buildPanel: ReactNode;
  /** The Problems list, or null while analysis is paused. */
  problems: ReactNode;
  /** How many problems (groups by cause) the list shows. */
  problemCount: number;
  /** The annotations whose instruction is in the current text, or null without annotations. */
  annotationList: ReactNode;
  /** The simulated build, or null while analysis is paused or there is none. */
  simulation: { view: NonNullable<ReturnType<typeof useWorkspaceModel>["simulation"]>["view"]; current: boolean; target: string | null } | null;
  text: string;
  target: string | null;
}

interface DockerfileWorkspaceProps {
  /** Where edits are saved in the browser, or null when the page keeps its own state. */
  storageKey: string | null;
  /** What Reset restores. */
  original: string;
  /** The model for the first render (computed at build time); its input is the starting text and target. */
  initial: WorkspaceModel;
  annotations?: WorkspaceAnnotation[];
  /** Called after every change of text or target. */
  onStateChange?(state: WorkspaceState): void;
  /** Extra toolbar buttons; `saveNow` saves what is typed at once (before a reload). */
  actions?(state: WorkspaceState, saveNow: () => void): ReactNode;
  /** `full` (default): stage graph and build panel beside or below the editor; `problems`: the editor and its Problems list only. */
  panels?: "full" | "problems";
  /** How the status line names the unedited text (default "The lesson's Dockerfile"). */
  originalLabel?: string;
  controlRef?: Ref<WorkspaceControl>;
  /** Saves what the page keeps of the workspace itself (the playground's address and autosave), before a reload. */
  onSaveNow?(): void;
  /** The project around the Dockerfile, for the simulated build (the lesson's files, its tag, the course's measured size). */
  build?: WorkspaceBuild;
  /** Lines to highlight from outside (a term hovered in the lesson text), over the cursor's annotation. */
  highlight?: LineSpan | null;
  /** A fixed height for the editor (CSS), instead of one that grows with the text. */
  editorHeight?: string;
  /** Only these annotations (by id) are listed; all are still tracked. Default: all. */
  shownAnnotations?: string[];
  /** Arranges the parts itself (and the editor takes this fixed height); default: the lesson page's layout. */
  layout?: { editorHeight: string; render(parts: WorkspaceParts): ReactNode };
}

const EMPTY_GRAPH = { nodes: [], edges: [], width: 0, height: 0 };

const within = (line: number | null, span: LineSpan | null | undefined) => line !== null && !!span && line >= span.line && line <= span.endLine;

/**
 * A Dockerfile with everything the analyser and the simulator say about it: the editor card
 * (static view until the student starts editing, then Monaco), the annotations, the stage
 * graph and Target control, and the simulated image. One model feeds every panel.
 */
export function DockerfileWorkspace({
  storageKey,
  original,
  initial,
  annotations = [],
  onStateChange,
  actions,
  panels = "full",
  originalLabel = "The lesson's Dockerfile",
  controlRef,
  onSaveNow,
  build,
  highlight: outsideHighlight,
  shownAnnotations,
  layout,
  editorHeight,
}: DockerfileWorkspaceProps) {
  const saved = useSavedText(storageKey, original, initial.analysis.for.text);
  const { text } = saved;
  const [target, setTarget] = useState<string | null>(initial.analysis.for.target);
  const [anchors] = useState(() => annotations.map((a) => a.anchor));
  const model = useWorkspaceModel({ text, target }, initial, {
    anchors,
    panels: panels === "full" ? ALL_PANELS : PROBLEMS_ONLY,
    ...(build ? { build } : {}),
    // The walkthrough puts whole step texts in: what Reset restores is then seen as new.
    ...(layout ? { freshText: original } : {}),
  });
  const { analysis } = model;

  const [editor, setEditor] = useState<EditorState>("static");
  const [startLine, setStartLine] = useState<{ line: number | null; focus: boolean }>({ line: null, focus: true });
  const [cursorLine, setCursorLine] = useState<number | null>(null);
  const [undoText, setUndoText] = useState<string | null>(null);
  const [editorFailed, setEditorFailed] = useState(false);
  const handle = useRef<EditorHandle | null>(null);
  const staticRef = useRef<HTMLDivElement>(null);

  const stateChange = useRef(onStateChange);
  useEffect(() => {
    stateChange.current = onStateChange;
  });
  useEffect(() => {
    stateChange.current?.({ text, target });
  }, [text, target]);

  const spans = analysis.annotationSpans;
  const activeIndex = spans.findIndex((s) => within(cursorLine, s));
  const highlight = outsideHighlight ?? (activeIndex >= 0 ? (spans[activeIndex] ?? null) : null);
  const activeStage = cursorLine === null ? -1 : analysis.stageSpans.findIndex((s) => within(cursorLine, s));

  const onEditorReady = useCallback((h: EditorHandle) => {
    handle.current = h;
    setEditor("ready");
  }, []);

  // Focus only once the editor is shown: a hidden element cannot take focus. An annotation
  // that loaded the editor keeps the focus, so keyboard users stay in the list.
  useEffect(() => {
    if (editor === "ready" && startLine.focus) handle.current?.focus();
  }, [editor, startLine]);

  function startEditing(line: number | null, focus: boolean) {
    if (editor !== "static") return;
    setStartLine({ line: line ?? cursorLine ?? 1, focus });
    setEditor("loading");
  }

  /** Puts the cursor on a span: in the editor when it is there, else in the static view while it loads. */
  function goTo(span: LineSpan, mode: "reveal" | "focus" | "select") {
    setCursorLine(span.line);
    const h = handle.current;
    if (h) {
      if (mode === "select") h.selectSpan(span);
      else h.revealSpan(span, mode === "focus");
      return;
    }
    staticRef.current?.querySelector(`[data-line="${span.line}"]`)?.scrollIntoView({ block: "nearest" });
    startEditing(span.line, mode !== "reveal");
  }

  function replaceAll(next: string) {
    if (handle.current) handle.current.replaceText(next); // fires onChange, which saves
    else saved.setText(next);
  }

  function saveNow() {
    saved.save();
    onSaveNow?.();
  }

  useImperativeHandle(controlRef, () => ({ replaceText: replaceAll, save: saved.save, setTarget }));

  function reset() {
    if (text === original) return;
    setUndoText(text);
    replaceAll(original);
  }

  // The simulated `docker run` finding joins Problems once the simulation has caught up with this text.
  const runFinding = model.simulationCurrent && model.simulation?.for.text === analysis.for.text ? model.simulation.view.runDiagnostic : null;
  const diagnostics = useMemo(() => (runFinding ? [...analysis.analysis.diagnostics, runFinding] : analysis.analysis.diagnostics), [runFinding, analysis.analysis.diagnostics]);
  const problems = useMemo(() => (runFinding ? [...analysis.problems, { primary: analysis.analysis.diagnostics.length, related: [] }] : analysis.problems), [runFinding, analysis.problems, analysis.analysis.diagnostics.length]);

  const card = (
    <EditorCard
      text={text}
      editor={editor}
      startLine={startLine.line}
      highlight={highlight}
      diagnostics={diagnostics}
      problems={problems}
      analysis={model.latest}
      status={saveStatusMessage(saved.saveState, text !== original, originalLabel)}
      onUndoReset={
        undoText !== null && text === original
          ? () => {
              replaceAll(undoText);
              setUndoText(null);
            }
          : null
      }
      canReset={text !== original}
      onReset={reset}
      failed={editorFailed ? ["editor", ...model.failed] : model.failed}
      onSaveNow={saveNow}
      paused={model.paused}
      actions={actions?.({ text, target }, saveNow)}
      staticRef={staticRef}
      onStartEditing={(line) => startEditing(line, true)}
      onStaticLine={setCursorLine}
      onEditorFocus={() => handle.current?.focus()}
      onChange={saved.setText}
      onCursorLine={setCursorLine}
      onReady={onEditorReady}
      onEditorLoadError={() => {
        setEditor("static");
        setEditorFailed(true);
      }}
      onChooseProblem={(line) => goTo({ line, endLine: line }, "focus")}
      {...(layout ? { showProblems: false, height: layout.editorHeight } : editorHeight ? { height: editorHeight } : {})}
    />
  );

  if (panels === "problems") return <div data-analysis-text-length={analysis.for.text.length}>{card}</div>;

  const graph = (
    <StageGraph
      graph={analysis.graph ?? EMPTY_GRAPH}
      analysis={analysis.analysis}
      activeStage={activeStage}
      onSelectStage={(index) => {
        const span = analysis.stageSpans[index];
        if (span) goTo(span, "select");
      }}
    />
  );
  const buildPanel = <BuildPanel model={analysis} target={target} activeStage={activeStage >= 0 ? activeStage : null} onTargetChange={setTarget} />;
  const hasAnnotations = annotations.length > 0;

  if (layout) {
    const present = annotations.map((a, i) => ({ a, i })).filter(({ a }) => !shownAnnotations || shownAnnotations.includes(a.id));
    return (
      <div data-analysis-text-length={analysis.for.text.length} className="contents">
        {layout.render({
          card,
          graph: model.paused === null ? graph : null,
          buildPanel: model.paused === null ? buildPanel : null,
          // The same list as the editor's markers, the simulated `docker run` finding included.
          problems: model.paused === null ? <ProblemsPanel diagnostics={diagnostics} problems={problems} onChoose={(line) => goTo({ line, endLine: line }, "focus")} /> : null,
          problemCount: problems.length,
          annotationList: hasAnnotations ? (
            <AnnotationList
              annotations={present.map(({ a }) => a)}
              spans={present.map(({ i }) => spans[i] ?? null)}
              places={present.flatMap(({ i }) => (analysis.annotations?.[i] ? [analysis.annotations[i]] : []))}
              activeIndex={present.findIndex(({ i }) => i === activeIndex)}
              onChoose={(span) => goTo(span, "reveal")}
            />
          ) : null,
          simulation: model.paused === null && model.simulation ? { view: model.simulation.view, current: model.simulationCurrent, target: model.simulation.for.target } : null,
          text,
          target,
        })}
      </div>
    );
  }

  return (
    <div data-analysis-text-length={analysis.for.text.length}>
      <div className={`grid gap-6 ${hasAnnotations ? "lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" : "lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]"}`}>
        {card}
        {hasAnnotations ? (
          <AnnotationList annotations={annotations} spans={spans} places={analysis.annotations} activeIndex={activeIndex} onChoose={(span) => goTo(span, "reveal")} />
        ) : (
          <div className="min-w-0 space-y-4">
            <section aria-labelledby="graph-heading">
              <h3 id="graph-heading" className="text-lg font-bold">
                Stages
              </h3>
              <div className="mt-2">{graph}</div>
            </section>
            {buildPanel}
          </div>
        )}
      </div>

      {hasAnnotations && (
        <section aria-labelledby="buildkit-heading" className="defer-render mt-8">
          <h3 id="buildkit-heading" className="text-xl font-bold">
            What BuildKit sees
          </h3>
          <p className="mt-1 text-muted">Worked out from your Dockerfile as you type, following BuildKit&apos;s own rules.</p>
          <div className="mt-3 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
            <div className="min-w-0">{graph}</div>
            <div className="min-w-0">{buildPanel}</div>
          </div>
        </section>
      )}
      {model.paused === null && model.simulation && (
        <SimulationSection view={model.simulation.view} simulation={model.simulation} current={model.simulationCurrent} measured={build?.measured ?? null} target={model.simulation.for.target} tag={build?.tag} />
      )}
    </div>
  );
}
