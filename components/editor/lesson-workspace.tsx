"use client";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useId, useImperativeHandle, useMemo, useRef, useState, type MouseEvent, type ReactNode, type Ref } from "react";
import type { AnnotationAnchor, LineSpan } from "@/lib/workspace/annotations";
import type { LessonBuild } from "@/lib/lessons/build-context";
import type { LivePanels } from "@/lib/live-analysis";
import type { SimulationView } from "@/lib/simulation-view";
import type { Inline } from "@/lib/course/markdown-types";
import { browserStorage, readSavedDockerfile, writeSavedDockerfile } from "@/lib/browser/storage";
import { StageGraph } from "@/components/graph/stage-graph";
import { InlineText } from "@/components/lesson/inline-text";
import { Button } from "@/components/ui/button";
import { downloadText } from "@/components/ui/download-text";
import { BuildLog } from "./build-log";
import { BuildPanel } from "./build-panel";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import type { EditorHandle } from "./dockerfile-editor";
import { FileTree } from "./file-tree";
import { ImagePanel } from "./image-panel";
import { ProblemsPanel } from "./problems-panel";
import { StaticCode } from "./static-code";

// Monaco is ~1.1 MB gzip: it loads when the student starts editing, never on the way to first paint.
const DockerfileEditor = dynamic(() => import("./dockerfile-editor").then((m) => m.DockerfileEditor), { ssr: false });

/** An annotation as the workspace needs it. */
export interface WorkspaceAnnotation {
  id: string;
  title: string;
  text: Inline[];
  anchor: AnnotationAnchor;
}

/**
 * The panels' data. `simulation` is null where the workspace shows no image panel (an
 * exercise's editor), so neither the build nor the browser computes an estimate nobody sees.
 */
export type WorkspaceLive = LivePanels & { simulation: SimulationView | null };

/** What the workspace reports to its page (the playground keeps its URL current with it). */
export interface WorkspaceState {
  text: string;
  target: string | null;
}

/** What a page may do to the workspace from outside (an exercise loads its solution). */
export interface WorkspaceControl {
  /** Replaces the whole text, as an edit (saved, and Reset still restores the original). */
  replaceText(text: string): void;
}

interface DockerfileWorkspaceProps {
  /** Where edits are saved in the browser, or null when the page keeps its own state. */
  storageKey: string | null;
  /** What Reset restores. */
  original: string;
  /** The panels' data for the first render (computed at build time), and the starting text and target. */
  initial: WorkspaceLive;
  annotations?: WorkspaceAnnotation[];
  /** Called after every change of text or target. */
  onStateChange?(state: WorkspaceState): void;
  /** Extra toolbar buttons. */
  actions?(state: WorkspaceState): ReactNode;
  /** `full` (default): stage graph and build panel beside or below the editor; `problems`: the editor and its Problems list only. */
  panels?: "full" | "problems";
  /** How the status line names the unedited text (default "The lesson's Dockerfile"). */
  originalLabel?: string;
  controlRef?: Ref<WorkspaceControl>;
  /** The project around the Dockerfile, for the simulated build (the lesson's files, its tag, the course's measured size). */
  build?: LessonBuild;
}

type EditorState = "static" | "loading" | "ready";
type SaveState = "original" | "saved" | "restored" | "unavailable" | "unreadable" | "none";

const LINE_HEIGHT = 20;
const PAD_Y = 12;
/** Room for Monaco's horizontal scrollbar, so a long line never hides the last one. */
const SCROLLBAR = 10;
const MIN_LINES = 10;
const MAX_LINES = 36;

/** Editor height for a text: grows with it up to a cap, identical for the static view and Monaco. */
function codeHeight(text: string): number {
  const lines = text.split("\n").length;
  return Math.min(Math.max(lines, MIN_LINES), MAX_LINES) * LINE_HEIGHT + 2 * PAD_Y + SCROLLBAR;
}

/**
 * Live analysis pauses above these sizes: the analysis and graph layout of 5,000 lines take
 * about 200 ms on this project's reference machine, and typing must never wait on them.
 * The text stays fully editable.
 */
export const MAX_ANALYSIS_LINES = 5_000;
export const MAX_ANALYSIS_CHARS = 200_000;

/** Why live analysis is paused for a text, or null when it runs. */
export function analysisPausedReason(text: string): string | null {
  const lines = text.split("\n").length;
  if (lines <= MAX_ANALYSIS_LINES && text.length <= MAX_ANALYSIS_CHARS) return null;
  return `Live analysis is paused: this Dockerfile has ${lines.toLocaleString("en")} lines and ${text.length.toLocaleString("en")} characters, more than the ${MAX_ANALYSIS_LINES.toLocaleString("en")} lines or ${(MAX_ANALYSIS_CHARS / 1000).toLocaleString("en")} KB it analyses while you type. You can keep editing; shorten it to bring the analysis back.`;
}

const within = (line: number | null, span: LineSpan | null | undefined) => line !== null && !!span && line >= span.line && line <= span.endLine;

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
  build,
}: DockerfileWorkspaceProps) {
  const [text, setText] = useState(initial.text);
  const [target, setTarget] = useState<string | null>(initial.target);
  const [live, setLive] = useState<WorkspaceLive>(initial);
  const [editor, setEditor] = useState<EditorState>("static");
  const [startLine, setStartLine] = useState<{ line: number | null; focus: boolean }>({ line: null, focus: true });
  const [cursorLine, setCursorLine] = useState<number | null>(null);
  const [saveState, setSaveState] = useState<SaveState>(storageKey === null ? "none" : "original");
  const [undoText, setUndoText] = useState<string | null>(null);
  /** A lazily loaded part (editor, analysis, estimate) that failed to load, said once. */
  const [loadError, setLoadError] = useState<string | null>(null);
  const handle = useRef<EditorHandle | null>(null);
  const staticRef = useRef<HTMLDivElement>(null);
  const annotationsHeading = useId();
  const imageHeading = useId();
  const treeHeading = useId();
  const logHeading = useId();
  const hasAnnotations = annotations.length > 0;

  // Restore the student's edits after hydration (the server rendered the original).
  useEffect(() => {
    if (storageKey === null) return;
    const saved = readSavedDockerfile(browserStorage(), storageKey, Date.now());
    if (saved.status === "restored" && saved.text !== original) {
      setText(saved.text);
      setSaveState("restored");
    } else if (saved.status === "unavailable") {
      setSaveState("unavailable");
    } else if (saved.status === "corrupt") {
      setSaveState("unreadable");
    }
  }, [storageKey, original]);

  // The panels follow the text and the target. The analyser loads with the first change;
  // after that each analysis takes well under a millisecond for a lesson's Dockerfile.
  const anchorsRef = useRef(annotations.map((a) => a.anchor));
  const buildRef = useRef({ contextFiles: build?.contextFiles, tag: build?.tag });
  const paused = analysisPausedReason(text);
  useEffect(() => {
    if ((live.text === text && live.target === target) || analysisPausedReason(text) !== null) return;
    let stale = false;
    import("@/lib/live-analysis")
      .then(({ analyzePanels }) => {
        if (!stale) setLive((previous) => ({ ...analyzePanels(text, target, anchorsRef.current), simulation: previous.simulation }));
      })
      .catch(() => setLoadError("The live analysis could not load (offline on a first visit, or the site was just updated). Reload the page to try again; your edits are kept."));
    return () => {
      stale = true;
    };
  }, [text, target, live.text, live.target]);

  // The simulated build (sizes, file tree, logs) takes longer than the analysis and matters
  // less mid-word: it follows 250 ms after the last change, off the typing path.
  const [simulatedFor, setSimulatedFor] = useState({ text: initial.text, target: initial.target });
  const simulationCurrent = simulatedFor.text === text && simulatedFor.target === target;
  useEffect(() => {
    if (simulationCurrent || live.simulation === null || analysisPausedReason(text) !== null) return;
    let stale = false;
    const timer = setTimeout(() => {
      import("@/lib/simulation-view")
        .then(({ simulateForPanels }) => {
          if (stale) return;
          const simulation = simulateForPanels(text, { ...buildRef.current, ...(target === null ? {} : { target }) });
          setLive((previous) => ({ ...previous, simulation }));
          setSimulatedFor({ text, target });
        })
        .catch(() => setLoadError("The image estimate could not load (offline on a first visit, or the site was just updated). Reload the page to try again; your edits are kept."));
    }, 250);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [text, target, simulationCurrent, live.simulation]);

  const stateChange = useRef(onStateChange);
  useEffect(() => {
    stateChange.current = onStateChange;
  });
  useEffect(() => {
    stateChange.current?.({ text, target });
  }, [text, target]);

  const spans = live.annotationSpans;
  const activeIndex = spans.findIndex((s) => within(cursorLine, s));
  const highlight = activeIndex >= 0 ? (spans[activeIndex] ?? null) : null;
  const activeStage = cursorLine === null ? null : live.stageSpans.findIndex((s) => within(cursorLine, s));

  const persist = useCallback(
    (next: string) => {
      if (storageKey === null) return;
      const result = writeSavedDockerfile(browserStorage(), storageKey, next, original, Date.now());
      setSaveState(result === "failed" ? "unavailable" : result === "saved" ? "saved" : "original");
    },
    [storageKey, original],
  );

  const onEditorChange = useCallback(
    (next: string) => {
      setText(next);
      persist(next);
    },
    [persist],
  );

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
    setStartLine({ line, focus });
    setEditor("loading");
  }

  function onStaticClick(event: MouseEvent<HTMLDivElement>) {
    const lineEl = (event.target as HTMLElement).closest("[data-line]");
    const line = lineEl ? Number(lineEl.getAttribute("data-line")) : null;
    if (line !== null) setCursorLine(line);
    startEditing(line, true);
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
    if (handle.current) {
      handle.current.replaceText(next); // fires onEditorChange, which saves
    } else {
      setText(next);
      persist(next);
    }
  }

  useImperativeHandle(controlRef, () => ({ replaceText: replaceAll }));

  function reset() {
    if (text === original) return;
    setUndoText(text);
    replaceAll(original);
  }

  function undoReset() {
    if (undoText === null) return;
    replaceAll(undoText);
    setUndoText(null);
  }

  const status =
    saveState === "unavailable"
      ? "Your edits cannot be saved in this browser (storage is unavailable or full). Download the Dockerfile to keep them."
      : saveState === "unreadable" && text === original
        ? "The edits saved in this browser could not be read; they are kept aside, and the original is shown."
        : saveState === "none"
        ? text === original
          ? "The example, unchanged."
          : "Edited."
        : text === original
          ? `${originalLabel}, unchanged.`
          : saveState === "restored"
            ? "Your edits from last time, restored from this browser."
            : "Edited. Saved in this browser.";

  const height = codeHeight(text);
  const analysisCurrent = live.text === text;

  const editorCard = (
    <div className="min-w-0 self-start overflow-hidden rounded-xl border border-border bg-surface shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-border px-3 py-2">
        <span className="font-mono text-sm font-semibold">Dockerfile</span>
        <div className="flex flex-wrap gap-2">
          <Button
            variant="primary"
            onClick={() => (handle.current ? handle.current.focus() : startEditing(cursorLine ?? 1, true))}
            disabled={editor === "loading"}
          >
            {editor === "ready" ? "Editing" : editor === "loading" ? "Loading editor…" : "Edit"}
          </Button>
          <Button onClick={reset} disabled={text === original}>
            Reset
          </Button>
          <Button onClick={() => downloadText("Dockerfile", text)}>Download</Button>
          {actions?.({ text, target })}
        </div>
      </div>
      <div className="relative" style={{ height }} data-editor-state={editor}>
        <div
          ref={staticRef}
          className={`h-full cursor-text overflow-y-auto ${editor === "ready" ? "hidden" : ""}`}
          onClick={onStaticClick}
          onKeyDown={(e) => {
            if (e.key === "Enter" || (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey)) startEditing(cursorLine ?? 1, true);
          }}
        >
          <StaticCode text={text} highlight={highlight} label="Dockerfile (press Enter to edit)" />
        </div>
        {editor !== "static" && (
          <div className={`absolute inset-0 ${editor === "ready" ? "" : "invisible"}`}>
            <ErrorBoundary
              fallback={null}
              onError={() => {
                setEditor("static");
                setLoadError("The editor could not load (offline on a first visit, or the site was just updated). Reload the page to try again; your edits are kept.");
              }}
            >
            <DockerfileEditor
              initialText={text}
              initialLine={startLine.line}
              ariaLabel="Dockerfile editor"
              highlight={highlight}
              diagnostics={analysisCurrent ? live.analysis.diagnostics : []}
              onChange={onEditorChange}
              onCursorLine={setCursorLine}
              onReady={onEditorReady}
            />
            </ErrorBoundary>
          </div>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3 border-t border-border px-3 py-2 text-sm text-muted">
        <p role="status" className="m-0">
          {status}
        </p>
        {undoText !== null && text === original && (
          <Button className="min-h-8 py-0" onClick={undoReset}>
            Undo reset
          </Button>
        )}
      </div>
      {loadError !== null && (
        <p role="alert" className="border-t border-border bg-[var(--diff-del-bg)] px-3 py-2 text-sm text-[var(--diff-del-text)]">
          {loadError}
        </p>
      )}
      {paused !== null && (
        <p role="status" className="border-t border-border bg-[#fff4e5] px-3 py-2 text-sm text-[#7c2d12]" data-testid="analysis-paused">
          {paused}
        </p>
      )}
      {paused === null && <ProblemsPanel diagnostics={live.analysis.diagnostics} onChoose={(line) => goTo({ line, endLine: line }, "focus")} />}
    </div>
  );

  const graph = (
    <StageGraph
      graph={live.graph}
      analysis={live.analysis}
      activeStage={activeStage}
      onSelectStage={(index) => {
        const span = live.stageSpans[index];
        if (span) goTo(span, "select");
      }}
    />
  );
  const buildPanel = <BuildPanel live={live} target={target} activeStage={activeStage !== null && activeStage >= 0 ? activeStage : null} onTargetChange={setTarget} />;

  // Memoised: a 2,000-line Dockerfile makes a long build log, and re-rendering it on every
  // keystroke, while the simulation itself waits for a pause, would slow typing down.
  const measured = build?.measured ?? null;
  const tag = build?.tag;
  const simulationView = live.simulation;
  const liveTarget = live.target;
  const simulation = useMemo(
    () => simulationView && (
    <section aria-labelledby={imageHeading} aria-busy={!simulationCurrent} className="defer-render mt-8" data-testid="simulation">
      <h3 id={imageHeading} className="text-xl font-bold">
        The image
      </h3>
      <p className="mt-1 text-muted">
        What the build would make, estimated from sourced sizes as you type. Nothing is built: no Docker engine runs here or in your browser.
      </p>
      <div className="mt-3 grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="min-w-0">
          <ImagePanel sim={simulationView} measured={measured} />
        </div>
        <div className="min-w-0 space-y-6">
          <section aria-labelledby={treeHeading}>
            <h4 id={treeHeading} className="text-base font-bold">
              Final image contents
            </h4>
            <p className="mb-2 text-sm text-muted">What a container of this image starts with: the base image&apos;s folders, and every path the build put there, marked with the stage it came from.</p>
            <FileTree tree={simulationView.tree} />
          </section>
          <section aria-labelledby={logHeading}>
            <h4 id={logHeading} className="mb-2 text-base font-bold">
              Build log
            </h4>
            <BuildLog logs={simulationView.logs} target={liveTarget} {...(tag ? { tag } : {})} />
          </section>
        </div>
      </div>
    </section>
    ),
    [imageHeading, treeHeading, logHeading, simulationCurrent, simulationView, measured, liveTarget, tag],
  );

  if (panels === "problems") return <div data-analysis-text-length={live.text.length}>{editorCard}</div>;

  return (
    <div data-analysis-text-length={live.text.length}>
      <div className={`grid gap-6 ${hasAnnotations ? "lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" : "lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]"}`}>
        {editorCard}
        {hasAnnotations ? (
          <div className="min-w-0">
            <h3 id={annotationsHeading} className="text-lg font-bold">
              Annotations
            </h3>
            <ol aria-labelledby={annotationsHeading} className="mt-2 space-y-2">
              {annotations.map((annotation, i) => {
                const span = spans[i] ?? null;
                const current = i === activeIndex;
                return (
                  <li key={annotation.id}>
                    <button
                      type="button"
                      aria-current={current ? "true" : undefined}
                      aria-disabled={span === null ? "true" : undefined}
                      onClick={() => span && goTo(span, "reveal")}
                      className={`block w-full rounded-lg border p-3 text-left transition-colors ${
                        current ? "border-[var(--code-highlight-border)] bg-[var(--code-highlight)]" : "border-border bg-surface hover:border-accent"
                      } ${span === null ? "opacity-70" : ""}`}
                    >
                      <span className="flex items-baseline gap-2">
                        <span aria-hidden="true" className="inline-flex h-6 w-6 shrink-0 items-center justify-center rounded-full bg-accent text-xs font-bold text-white">
                          {i + 1}
                        </span>
                        <span className="font-semibold">{annotation.title}</span>
                        <span className="ml-auto shrink-0 font-mono text-xs text-muted">
                          {span === null ? "removed" : span.line === span.endLine ? `line ${span.line}` : `lines ${span.line}–${span.endLine}`}
                        </span>
                      </span>
                      <span className="mt-1 block text-sm leading-relaxed">
                        <InlineText nodes={annotation.text} />
                      </span>
                      {span === null && (
                        <span className="mt-1 block text-sm text-muted">The line this explains is no longer in your Dockerfile. Reset to bring it back.</span>
                      )}
                    </button>
                  </li>
                );
              })}
            </ol>
          </div>
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
      {paused === null && simulation}
    </div>
  );
}
