"use client";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkspaceAnnotation } from "@/components/annotations/annotation-list";
import type { EditorHandle } from "@/components/editor/dockerfile-editor";
import { LazyDockerfileEditor } from "@/components/editor/lazy-dockerfile-editor";
import { StaticCode } from "@/components/editor/static-code";
import { Button } from "@/components/ui/button";
import { downloadText } from "@/components/ui/download-text";
import { PartLoadNotice } from "@/components/ui/part-load-notice";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { useWorkspaceModel } from "@/hooks/use-workspace-model";
import { shareLink } from "@/lib/browser/share";
import { readSavedDockerfile, sessionStore, writeSavedDockerfile } from "@/lib/browser/storage";
import type { Inline } from "@/lib/course/markdown-types";
import type { PresenterSlide } from "@/lib/course/presenter-slides";
import type { LineSpan } from "@/lib/workspace/annotations";
import { diffLines } from "@/lib/workspace/diff";
import { diffPages } from "@/lib/workspace/diff-hunks";
import { isFor, PRESENTER_PANELS, type WorkspaceModel } from "@/lib/workspace/types";
import { KeysDialog, ShareDialog, type ShareTarget } from "./presenter-dialogs";
import { PresenterProblems } from "./presenter-problems";
import { AnnotationSlide, DiffSlide, GraphSlide, IntroSlide, SizesSlide, StepSlide } from "./presenter-slides";
import { useFullscreen } from "./use-fullscreen";
import { usePresenterKeys } from "./use-presenter-keys";
import { useSlideAddress } from "./use-slide-address";

/** Large type for a projector: at least 24px at 1280x720. The static view uses the same metrics (globals.css `.presenter-code`). */
const EDITOR_OPTIONS = {
  fontSize: 26,
  lineHeight: 38,
  lineNumbersMinChars: 3,
  padding: { top: 16, bottom: 16 },
  wordWrap: "on",
  renderLineHighlight: "none",
} as const;

interface PresenterProps {
  slug: string;
  /** 1-based position in the course. */
  number: number;
  title: string;
  objectives: Inline[][];
  annotations: WorkspaceAnnotation[];
  /** The lesson's Dockerfile: what R restores. */
  original: string;
  /** The slides, in order (lib/course/presenter-slides.ts). */
  slides: PresenterSlide[];
  /** The model of the lesson's Dockerfile (graph and highlights), computed at build time. */
  initial: WorkspaceModel;
}

/** Slides that show the Dockerfile beside them. */
const showsCode = (slide: PresenterSlide) => slide.kind === "annotation" || slide.kind === "step" || slide.kind === "graph";

/**
 * A lesson as slides for a projector, from a list of slide descriptors: the title, the
 * measured sizes, one slide per annotation (its lines highlighted), the changes, the stage
 * graph. Clicker keys step through them, and the slide is in the address. The code is shown
 * static until the instructor chooses to edit (E), so no stray key lands in the Dockerfile;
 * the highlights, the graph and a large Problems strip follow the edits.
 */
export function Presenter({ slug, number, title, objectives, annotations, original, slides, initial }: PresenterProps) {
  const [slideIndex, setSlideIndex] = useSlideAddress(slides.map((s) => s.id));
  const [text, setText] = useState(original);
  const [anchors] = useState(() => annotations.map((a) => a.anchor));
  const model = useWorkspaceModel({ text, target: null }, initial, { anchors, panels: PRESENTER_PANELS });
  const live = model.analysis;
  const [editorReady, setEditorReady] = useState(false);
  const [editorFailed, setEditorFailed] = useState(false);
  const [editing, setEditing] = useState(false);
  /** Lines chosen on this slide (a stage on the graph, a problem), over the slide's own. */
  const [pointed, setPointed] = useState<LineSpan | null>(null);
  const [notice, setNotice] = useState("");
  const [share, setShare] = useState<ShareTarget | null>(null);
  // An edited Dockerfile makes a dense code; the lesson's short address scans from further away.
  const [shareEdits, setShareEdits] = useState(true);
  const handle = useRef<EditorHandle | null>(null);
  /** Edits kept across the notice's Reload, waiting for the editor to take them. */
  const restored = useRef<string | null>(null);
  const keysDialog = useRef<HTMLDialogElement>(null);
  const shareDialog = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const codeView = useRef<HTMLDivElement>(null);

  const say = useCallback((message: string) => {
    setNotice(message);
    window.setTimeout(() => setNotice((current) => (current === message ? "" : current)), 6000);
  }, []);
  const fullscreen = useFullscreen(useCallback(() => say("Full screen is not available here: use the browser's own (F11, or Ctrl+Cmd+F on a Mac)."), [say]));

  const slide = slides[slideIndex] ?? slides[0] ?? { kind: "title", id: "title" };
  const codeShown = showsCode(slide);
  const lessonHref = `/lessons/${slug}/`;
  const place = slide.kind === "annotation" ? live.annotations[slide.index] : undefined;
  const span = pointed ?? (slide.kind === "annotation" ? (live.annotationSpans[slide.index] ?? null) : null);
  /** The Dockerfile this slide shows: a step's own, else the lesson's. */
  const base = slide.kind === "step" ? slide.text : original;
  /** A step's changed lines, emphasised while the code is still that step's. */
  const emphasis = slide.kind === "step" && text === slide.text ? slide.changed : undefined;
  // The lines to bring into view: the highlight, or a step's changed lines.
  const shown = span ?? (emphasis && emphasis.length > 0 ? { line: Math.min(...emphasis), endLine: Math.max(...emphasis) } : null);
  const spanLine = shown?.line ?? null;
  const spanEnd = shown?.endLine ?? null;

  // Bring the highlighted lines into the middle of the code, static or editing.
  useEffect(() => {
    if (spanLine === null || spanEnd === null) return;
    if (editing) {
      handle.current?.revealSpan({ line: spanLine, endLine: spanEnd }, false);
      return;
    }
    const view = codeView.current;
    const first = view?.querySelector<HTMLElement>(`[data-line="${spanLine}"]`);
    const last = view?.querySelector<HTMLElement>(`[data-line="${spanEnd}"]`) ?? first;
    if (!view || !first || !last) return;
    const height = last.offsetTop + last.offsetHeight - first.offsetTop;
    view.scrollTop = Math.max(0, first.offsetTop - Math.max(0, (view.clientHeight - height) / 2));
  }, [slideIndex, spanLine, spanEnd, editing]);

  // Editing starts with the cursor on the lines on screen.
  useEffect(() => {
    if (!editing || !editorReady) return;
    const h = handle.current;
    if (!h) return;
    if (spanLine !== null && spanEnd !== null) h.revealSpan({ line: spanLine, endLine: spanEnd }, true);
    else h.focus();
    // Only when editing starts: later span changes only scroll (the effect above).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editing, editorReady]);

  // Moving to a slide that shows another Dockerfile (the next step's) puts that one on screen;
  // in the editor it is one undoable edit, so Ctrl+Z brings live edits back.
  const shownBase = useRef(original);
  useEffect(() => {
    if (shownBase.current === base) return;
    shownBase.current = base;
    setText(base);
    if (handle.current) handle.current.replaceText(base);
    else restored.current = base;
  }, [base]);

  const stopEditing = useCallback(() => {
    setEditing(false);
    stage.current?.focus({ preventScroll: true });
  }, []);

  function startEditing() {
    if (!codeShown) return;
    if (!editorReady) {
      say("The editor is still loading; press E again in a moment.");
      return;
    }
    setEditing(true);
  }

  function go(index: number) {
    const next = slides[Math.max(0, Math.min(index, slides.length - 1))];
    if (editing && next && !showsCode(next)) stopEditing();
    setPointed(null);
    setSlideIndex(index);
  }
  const goToKind = (kinds: PresenterSlide["kind"][]) => {
    const index = slides.findIndex((s) => kinds.includes(s.kind));
    if (index >= 0) go(index);
  };

  function pointAt(lines: LineSpan) {
    setPointed(lines);
    if (editing) handle.current?.selectSpan(lines, false);
  }

  function reset() {
    if (handle.current) handle.current.replaceText(base);
    else setText(base);
    say(slide.kind === "step" ? "The editor shows this step's Dockerfile again." : "The editor shows the lesson's Dockerfile again.");
  }

  function openShare() {
    // Unedited: the lesson's own address (short, so the QR code stays coarse and easy to scan).
    // Edited: a playground link carrying the Dockerfile on screen now.
    // Edits whose link would be too long for a chat app (or a QR code) travel as a file instead.
    const lessonUrl = new URL(lessonHref, window.location.href).href;
    const edited = text !== original;
    const link = edited ? shareLink(new URL("/playground/", window.location.href).href, { text, target: null }) : null;
    setShare({ lessonUrl, link: link?.ok ? link.url : lessonUrl, edited, noLink: link && !link.ok ? link.message : null });
    keysDialog.current?.close();
    shareDialog.current?.showModal();
  }

  function toggleKeys() {
    const dialog = keysDialog.current;
    if (!dialog) return;
    if (dialog.open) dialog.close();
    else {
      shareDialog.current?.close();
      dialog.showModal();
    }
  }

  usePresenterKeys({
    dialogOpen: () => Boolean(keysDialog.current?.open || shareDialog.current?.open),
    toggleKeys,
    leaveEditor: stopEditing,
    actions: {
      ArrowRight: () => go(slideIndex + 1),
      PageDown: () => go(slideIndex + 1),
      " ": () => go(slideIndex + 1),
      ArrowLeft: () => go(slideIndex - 1),
      PageUp: () => go(slideIndex - 1),
      e: startEditing,
      f: fullscreen.toggle,
      d: () => goToKind(["diff", "edits"]),
      g: () => goToKind(["graph"]),
      r: reset,
      s: openShare,
      "?": toggleKeys,
      // Clickers send Esc: it ends editing (in the editor) or full screen, never presenter view.
      Escape: editing ? stopEditing : fullscreen.exit,
    },
  });

  // The presenter keeps no edits across visits, but the Reload of a part that could not load
  // keeps them across that one reload, in this tab's session storage.
  const reloadKey = `stagecraft:v1:presenter:${slug}:reload`;
  useEffect(() => {
    const stash = sessionStore();
    const kept = readSavedDockerfile(stash, reloadKey);
    if (kept.status !== "restored") return;
    writeSavedDockerfile(stash, reloadKey, original, original, Date.now()); // forgets it: once only
    setText(kept.text);
    if (handle.current) handle.current.replaceText(kept.text);
    else restored.current = kept.text;
  }, [reloadKey, original]);

  const onEditorReady = useCallback((h: EditorHandle) => {
    handle.current = h;
    if (restored.current !== null) h.replaceText(restored.current);
    restored.current = null;
    setEditorReady(true);
  }, []);

  const annotation = slide.kind === "annotation" ? annotations[slide.index] : undefined;
  const showMonaco = editing && editorReady;
  const problemsShown = codeShown && (editing || live.problems.length > 0);

  return (
    <div data-presenter className="presenter fixed inset-0 z-40 flex flex-col bg-bg text-text" data-step={slide.kind} data-editing={editing ? "true" : undefined}>
      <header className="presenter-chrome flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-border bg-surface px-4 py-2">
        <h1 className="min-w-0 flex-1 truncate text-lg font-bold">
          <span className="text-muted">Lesson {number} · </span>
          {title}
        </h1>
        <p className="m-0 font-mono text-lg font-bold" aria-live="polite" data-testid="step-counter">
          Step {slideIndex + 1} of {slides.length}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <Button onClick={() => go(slideIndex - 1)} disabled={slideIndex === 0} aria-keyshortcuts="ArrowLeft PageUp">
            <span aria-hidden="true">←</span> Back
          </Button>
          <Button variant="primary" onClick={() => go(slideIndex + 1)} disabled={slideIndex === slides.length - 1} aria-keyshortcuts="ArrowRight PageDown Space">
            Next <span aria-hidden="true">→</span>
          </Button>
          {codeShown && (
            <Button onClick={editing ? stopEditing : startEditing} aria-keyshortcuts={editing ? "Escape" : "E"}>
              {editing ? "Done editing" : "Edit"}
            </Button>
          )}
          <Button onClick={openShare}>Share</Button>
          <Button onClick={fullscreen.toggle} aria-keyshortcuts="F">
            {fullscreen.active ? "Exit full screen" : "Full screen"}
          </Button>
          <Button onClick={toggleKeys} aria-keyshortcuts="?">
            Keys <span aria-hidden="true">(?)</span>
          </Button>
          <ThemeToggle />
          <Link href={lessonHref} prefetch={false} className="inline-flex min-h-10 items-center rounded-md px-2 text-sm font-semibold text-accent underline-offset-2 hover:underline">
            Exit
          </Link>
        </div>
      </header>
      <PartLoadNotice
        parts={editorFailed ? ["editor", ...model.failed] : model.failed}
        save={() => writeSavedDockerfile(sessionStore(), reloadKey, text, original, Date.now())}
        className="presenter-chrome border-b border-border text-lg"
      />
      {notice && (
        <p role="status" className="m-0 border-b border-border bg-[var(--callout-bg)] px-4 py-2 text-lg">
          {notice}
        </p>
      )}

      <div ref={stage} tabIndex={-1} className="presenter-stage min-h-0 flex-1 outline-none">
        <div className={`h-full ${codeShown ? "grid grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" : ""}`}>
          <div className={`presenter-code relative min-h-0 flex-col border-r border-border bg-[var(--code-bg)] ${codeShown ? "flex" : "hidden"}`}>
            {editing && (
              <p role="status" className="presenter-chrome m-0 border-b border-border bg-surface px-3 py-1.5 text-base">
                Editing: the slide keys pause while you type. Esc or Done editing to stop.
              </p>
            )}
            <div className="relative min-h-0 flex-1">
              <div ref={codeView} className={`absolute inset-0 overflow-auto ${showMonaco ? "invisible" : ""}`}>
                <StaticCode text={text} highlight={span} label="Dockerfile" wrap {...(emphasis ? { emphasis } : {})} />
              </div>
              <div className={`absolute inset-0 ${showMonaco ? "" : "invisible"}`}>
                {/* A presenting tool: Monaco loads at once here (from the app's own bundle), ready for E. */}
                <LazyDockerfileEditor
                  initialText={original}
                  initialLine={null}
                  ariaLabel="Dockerfile editor"
                  highlight={span}
                  diagnostics={live.analysis.diagnostics}
                  problems={live.problems}
                  analysis={model.latest}
                  onChange={setText}
                  onCursorLine={() => undefined}
                  onReady={onEditorReady}
                  options={EDITOR_OPTIONS}
                  onLoadError={() => setEditorFailed(true)}
                />
              </div>
            </div>
            {problemsShown && (
              <PresenterProblems
                diagnostics={live.analysis.diagnostics}
                problems={live.problems}
                current={isFor(live, { text, target: null })}
                onChoose={(line) => pointAt({ line, endLine: line })}
              />
            )}
          </div>

          {slide.kind === "title" && <IntroSlide number={number} title={title} objectives={objectives} />}
          {slide.kind === "sizes" && <SizesSlide before={slide.before} after={slide.after} source={slide.source} />}
          {slide.kind === "step" && <StepSlide step={slide} edited={text !== slide.text} />}
          {annotation && place && <AnnotationSlide annotation={annotation} index={slide.kind === "annotation" ? slide.index : 0} count={annotations.length} place={place} />}
          {slide.kind === "diff" && (
            <DiffSlide
              title={`${slide.beforeLabel} → ${slide.afterLabel}`}
              rows={slide.rows}
              beforeLabel={slide.beforeLabel}
              afterLabel={slide.afterLabel}
              part={slide.pages > 1 ? `change ${slide.page} of ${slide.pages}` : null}
            />
          )}
          {slide.kind === "edits" && (
            <DiffSlide
              title="The lesson's Dockerfile → the edited one"
              rows={diffPages(diffLines(original, text), { context: 1, maxRows: Number.MAX_SAFE_INTEGER })[0] ?? []}
              beforeLabel="Lesson's"
              afterLabel="Edited"
              part={null}
            />
          )}
          {slide.kind === "graph" && live.graph && (
            <GraphSlide
              graph={live.graph}
              analysis={live.analysis}
              onSelectStage={(index) => {
                const stageSpan = live.stageSpans[index];
                if (stageSpan) pointAt(stageSpan);
              }}
            />
          )}
        </div>
      </div>

      <KeysDialog dialogRef={keysDialog} />
      <ShareDialog dialogRef={shareDialog} share={share} shareEdits={shareEdits} onToggleEdits={() => setShareEdits(!shareEdits)} onDownload={() => downloadText("Dockerfile", text)} />
    </div>
  );
}
