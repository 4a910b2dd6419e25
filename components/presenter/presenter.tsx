"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
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
import { PRESENTER_PANELS, type WorkspaceModel } from "@/lib/workspace/types";
import { KeysDialog, ShareDialog, type ShareTarget } from "./presenter-dialogs";
import { AnnotationSlide, DiffSlide, GraphSlide, IntroSlide } from "./presenter-slides";
import { usePresenterKeys } from "./use-presenter-keys";

/** Large type for a projector: at least 24px at 1280x720. The static stand-in uses the same metrics. */
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
  /** The lesson's single-stage / multi-stage comparison, or null (the diff step then compares the edits). */
  compare: { before: string; after: string; beforeLabel: string; afterLabel: string } | null;
  /** The model of the lesson's Dockerfile (graph and highlights), computed at build time. */
  initial: WorkspaceModel;
}

type Step = { kind: "intro" } | { kind: "annotation"; index: number } | { kind: "diff" } | { kind: "graph" };

/**
 * A lesson as slides for a projector: the title and objectives, one step per annotation (its
 * lines highlighted in a live editor), the diff and the stage graph. Clicker keys step through
 * it; the instructor can still edit, and the highlights and graph follow the edits.
 */
export function Presenter({ slug, number, title, objectives, annotations, original, compare, initial }: PresenterProps) {
  const router = useRouter();
  const steps: Step[] = [{ kind: "intro" }, ...annotations.map((_, index) => ({ kind: "annotation" as const, index })), { kind: "diff" }, { kind: "graph" }];
  const [stepIndex, setStepIndex] = useState(0);
  const [text, setText] = useState(original);
  const [anchors] = useState(() => annotations.map((a) => a.anchor));
  const model = useWorkspaceModel({ text, target: null }, initial, { anchors, panels: PRESENTER_PANELS });
  const live = model.analysis;
  const [editorReady, setEditorReady] = useState(false);
  const [editorFailed, setEditorFailed] = useState(false);
  const [editing, setEditing] = useState(false);
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

  const step: Step = steps[stepIndex] ?? { kind: "intro" };
  const lessonHref = `/lessons/${slug}/`;
  const diffIndex = steps.length - 2;
  const graphIndex = steps.length - 1;

  const span = step.kind === "annotation" ? (live.annotationSpans[step.index] ?? null) : null;
  const spanLine = span?.line ?? null;
  const spanEnd = span?.endLine ?? null;
  useEffect(() => {
    if (editorReady && spanLine !== null && spanEnd !== null) handle.current?.revealSpan({ line: spanLine, endLine: spanEnd }, false);
  }, [editorReady, stepIndex, spanLine, spanEnd]);

  const go = useCallback((index: number) => setStepIndex(Math.max(0, Math.min(index, steps.length - 1))), [steps.length]);

  const say = useCallback((message: string) => {
    setNotice(message);
    window.setTimeout(() => setNotice((current) => (current === message ? "" : current)), 6000);
  }, []);

  function reset() {
    if (handle.current) handle.current.replaceText(original);
    else setText(original);
    say("The editor shows the lesson's Dockerfile again.");
  }

  function toggleFullscreen() {
    if (document.fullscreenElement) {
      void document.exitFullscreen();
      return;
    }
    const fail = () => say("Full screen is not available here: use the browser's own (F11, or Ctrl+Cmd+F on a Mac).");
    if (!document.fullscreenEnabled || !document.documentElement.requestFullscreen) fail();
    else document.documentElement.requestFullscreen().catch(fail);
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
    actions: {
      ArrowRight: () => go(stepIndex + 1),
      PageDown: () => go(stepIndex + 1),
      " ": () => go(stepIndex + 1),
      ArrowLeft: () => go(stepIndex - 1),
      PageUp: () => go(stepIndex - 1),
      f: toggleFullscreen,
      d: () => go(diffIndex),
      g: () => go(graphIndex),
      r: reset,
      s: openShare,
      "?": toggleKeys,
      Escape: () => (document.fullscreenElement ? void document.exitFullscreen() : router.push(lessonHref)),
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

  const showEditor = step.kind === "annotation" || step.kind === "graph";
  const annotation = step.kind === "annotation" ? annotations[step.index] : undefined;

  return (
    <div data-presenter className="presenter fixed inset-0 z-40 flex flex-col bg-bg text-text" data-step={step.kind}>
      <header className="presenter-chrome flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-border bg-surface px-4 py-2">
        <h1 className="min-w-0 flex-1 truncate text-lg font-bold">
          <span className="text-muted">Lesson {number} · </span>
          {title}
        </h1>
        <p className="m-0 font-mono text-lg font-bold" aria-live="polite" data-testid="step-counter">
          Step {stepIndex + 1} of {steps.length}
        </p>
        <div className="flex flex-wrap items-center gap-2">
          <Button onClick={() => go(stepIndex - 1)} disabled={stepIndex === 0} aria-label="Previous step">
            ← Back
          </Button>
          <Button variant="primary" onClick={() => go(stepIndex + 1)} disabled={stepIndex === steps.length - 1} aria-label="Next step">
            Next →
          </Button>
          <Button onClick={openShare}>Share</Button>
          <Button onClick={toggleFullscreen}>Full screen</Button>
          <Button onClick={toggleKeys} aria-label="Keyboard shortcuts">
            Keys (?)
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

      <div ref={stage} tabIndex={-1} className="min-h-0 flex-1 outline-none">
        <div className={`h-full ${showEditor ? "grid grid-cols-[minmax(0,3fr)_minmax(0,2fr)]" : ""}`}>
          <div
            className={`presenter-code relative min-h-0 flex-col border-r border-border bg-[var(--code-bg)] ${showEditor ? "flex" : "hidden"}`}
            onFocus={() => setEditing(true)}
            onBlur={(e) => {
              if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setEditing(false);
            }}
          >
            {editing && (
              <div className="presenter-chrome flex items-center justify-between gap-3 border-b border-border bg-surface px-3 py-1.5 text-base">
                <span>Editing: the slide keys pause while you type.</span>
                <Button onClick={() => stage.current?.focus()}>Done editing</Button>
              </div>
            )}
            <div className="relative min-h-0 flex-1">
              {!editorReady && (
                <div className="absolute inset-0 overflow-auto">
                  <StaticCode text={text} highlight={span} label="Dockerfile" />
                </div>
              )}
              <div className={`absolute inset-0 ${editorReady ? "" : "invisible"}`}>
                {/* A presenting tool: Monaco loads at once here (from the app's own bundle), not on first edit. */}
                <LazyDockerfileEditor
                  initialText={original}
                  initialLine={null}
                  ariaLabel="Dockerfile editor"
                  highlight={span}
                  diagnostics={live.analysis.diagnostics}
                  analysis={model.latest}
                  onChange={setText}
                  onCursorLine={() => undefined}
                  onReady={onEditorReady}
                  options={EDITOR_OPTIONS}
                  onLoadError={() => setEditorFailed(true)}
                />
              </div>
            </div>
          </div>

          {step.kind === "intro" && <IntroSlide number={number} title={title} objectives={objectives} />}
          {annotation && step.kind === "annotation" && <AnnotationSlide annotation={annotation} index={step.index} count={annotations.length} span={span} />}
          {step.kind === "diff" &&
            (compare ? (
              <DiffSlide title={`${compare.beforeLabel} → ${compare.afterLabel}`} before={compare.before} after={compare.after} beforeLabel={compare.beforeLabel} afterLabel={compare.afterLabel} />
            ) : (
              <DiffSlide title="The lesson's Dockerfile → the edited one" before={original} after={text} beforeLabel="Lesson's" afterLabel="Edited" />
            ))}
          {step.kind === "graph" && live.graph && (
            <GraphSlide
              graph={live.graph}
              analysis={live.analysis}
              onSelectStage={(index) => {
                const stageSpan = live.stageSpans[index];
                if (stageSpan) handle.current?.selectSpan(stageSpan);
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
