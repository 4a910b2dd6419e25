"use client";
import dynamic from "next/dynamic";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { EditorHandle } from "@/components/editor/dockerfile-editor";
import type { WorkspaceAnnotation } from "@/components/editor/lesson-workspace";
import { StaticCode } from "@/components/editor/static-code";
import { StageGraph } from "@/components/graph/stage-graph";
import { InlineText } from "@/components/lesson/inline-text";
import { StaticDiff } from "@/components/lesson/static-diff";
import { Button } from "@/components/ui/button";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import type { LiveAnalysis } from "@/lib/live-analysis";
import type { Inline } from "@/lib/course/markdown-types";
import { encodeShareState } from "@/lib/browser/share";
import { PRESENTER_KEYS } from "./presenter-keys";
import { QrCode } from "./qr-code";

// A presenting tool: Monaco loads at once here (from the app's own bundle), not on first edit.
const DockerfileEditor = dynamic(() => import("@/components/editor/dockerfile-editor").then((m) => m.DockerfileEditor), { ssr: false });

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
  /** The panels' data for the lesson's Dockerfile, computed at build time. */
  initial: LiveAnalysis;
}

type Step = { kind: "intro" } | { kind: "annotation"; index: number } | { kind: "diff" } | { kind: "graph" };

/** Elements whose keys belong to the instructor's typing, not to the slides. */
const TYPING = ".monaco-editor, input, textarea, select, [contenteditable='true']";

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
  const [live, setLive] = useState<LiveAnalysis>(initial);
  const [editorReady, setEditorReady] = useState(false);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState("");
  const [share, setShare] = useState<{ lessonUrl: string; link: string; edited: boolean } | null>(null);
  // An edited Dockerfile makes a dense code; the lesson's short address scans from further away.
  const [shareEdits, setShareEdits] = useState(true);
  const handle = useRef<EditorHandle | null>(null);
  const keysDialog = useRef<HTMLDialogElement>(null);
  const shareDialog = useRef<HTMLDialogElement>(null);
  const stage = useRef<HTMLDivElement>(null);

  const step: Step = steps[stepIndex] ?? { kind: "intro" };
  const lessonHref = `/lessons/${slug}/`;
  const diffIndex = steps.length - 2;
  const graphIndex = steps.length - 1;

  // The highlights and the graph follow live edits, with the same analyser as the lesson page.
  const anchors = useRef(annotations.map((a) => a.anchor));
  useEffect(() => {
    if (live.text === text) return;
    let stale = false;
    void import("@/lib/live-analysis").then(({ analyzeLive }) => {
      if (!stale) setLive(analyzeLive(text, null, anchors.current));
    });
    return () => {
      stale = true;
    };
  }, [text, live.text]);

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
    const lessonUrl = new URL(lessonHref, window.location.href).href;
    const encoded = text === original ? null : encodeShareState({ text, target: null });
    const link = encoded?.ok ? new URL(`/playground/${encoded.hash}`, window.location.href).href : lessonUrl;
    setShare({ lessonUrl, link, edited: link !== lessonUrl });
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

  // One listener for the whole page; it reads the latest state through a ref.
  const onKey = useRef<(event: KeyboardEvent) => void>(() => undefined);
  useEffect(() => {
    onKey.current = (event) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      // The instructor is typing: the keys are theirs.
      if (target?.closest(TYPING)) return;
      const dialogOpen = keysDialog.current?.open || shareDialog.current?.open;
      if (dialogOpen) {
        // Escape closes a dialog natively; only `?` means something over one.
        if (event.key === "?") {
          event.preventDefault();
          toggleKeys();
        }
        return;
      }
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const actions: Record<string, () => void> = {
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
      };
      const action = actions[key];
      if (!action) return;
      event.preventDefault();
      action();
    };
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey.current(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  const onEditorReady = useCallback((h: EditorHandle) => {
    handle.current = h;
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
                <DockerfileEditor
                  initialText={original}
                  initialLine={null}
                  ariaLabel="Dockerfile editor"
                  highlight={span}
                  diagnostics={live.text === text ? live.analysis.diagnostics : []}
                  onChange={setText}
                  onCursorLine={() => undefined}
                  onReady={onEditorReady}
                  options={EDITOR_OPTIONS}
                />
              </div>
            </div>
          </div>

          {step.kind === "intro" && (
            <section className="mx-auto flex h-full max-w-5xl flex-col justify-center overflow-auto px-10 py-8" aria-label="Title">
              <p className="m-0 text-2xl font-semibold text-muted">Lesson {number}</p>
              <p className="m-0 mt-2 text-6xl font-extrabold leading-tight tracking-tight">{title}</p>
              <h2 className="mt-10 text-3xl font-bold">In this lesson you will</h2>
              <ul className="mt-4 list-disc space-y-3 pl-10 text-3xl leading-snug">
                {objectives.map((objective, i) => (
                  <li key={i}>
                    <InlineText nodes={objective} />
                  </li>
                ))}
              </ul>
            </section>
          )}

          {annotation && step.kind === "annotation" && (
            <section className="presenter-note min-h-0 overflow-auto px-8 py-8" aria-labelledby="presenter-note-title" data-testid="presenter-annotation">
              <p className="m-0 flex items-center gap-3 text-xl font-semibold text-muted">
                <span aria-hidden="true" className="inline-flex h-10 w-10 items-center justify-center rounded-full bg-accent text-xl font-bold text-white">
                  {step.index + 1}
                </span>
                Annotation {step.index + 1} of {annotations.length}
                {span && <span className="font-mono text-lg">· {span.line === span.endLine ? `line ${span.line}` : `lines ${span.line}–${span.endLine}`}</span>}
              </p>
              <h2 id="presenter-note-title" className="mt-4 text-4xl font-bold leading-tight">
                {annotation.title}
              </h2>
              <p className="mt-5 text-[1.75rem] leading-snug">
                <InlineText nodes={annotation.text} />
              </p>
              {!span && <p className="mt-5 text-2xl text-muted">The lines this explains are no longer in the Dockerfile. Press R to reset it.</p>}
            </section>
          )}

          {step.kind === "diff" && (
            <section className="flex h-full min-h-0 flex-col px-8 py-6" aria-labelledby="presenter-diff-title">
              <h2 id="presenter-diff-title" className="text-3xl font-bold">
                {compare ? `${compare.beforeLabel} → ${compare.afterLabel}` : "The lesson's Dockerfile → the edited one"}
              </h2>
              <p className="mt-1 text-xl text-muted">Lines marked − are only in the first, lines marked + only in the second.</p>
              <div className="presenter-diff mt-4 min-h-0 flex-1 overflow-auto rounded-xl border border-border bg-[var(--code-bg)] py-3">
                {compare ? (
                  <StaticDiff before={compare.before} after={compare.after} beforeLabel={compare.beforeLabel} afterLabel={compare.afterLabel} />
                ) : (
                  <StaticDiff before={original} after={text} beforeLabel="Lesson's" afterLabel="Edited" />
                )}
              </div>
            </section>
          )}

          {step.kind === "graph" && (
            <section className="presenter-graph min-h-0 overflow-auto px-6 py-6" aria-labelledby="presenter-graph-title">
              <h2 id="presenter-graph-title" className="text-3xl font-bold">
                The stages
              </h2>
              <p className="mt-1 mb-4 text-xl text-muted">Follows the editor as you type.</p>
              <StageGraph
                graph={live.graph}
                analysis={live.analysis}
                activeStage={null}
                onSelectStage={(index) => {
                  const stageSpan = live.stageSpans[index];
                  if (stageSpan) handle.current?.selectSpan(stageSpan);
                }}
              />
            </section>
          )}
        </div>
      </div>

      <dialog ref={keysDialog} aria-labelledby="presenter-keys-title" className="presenter-dialog m-auto max-w-2xl rounded-xl border border-border bg-surface p-8 text-text">
        <h2 id="presenter-keys-title" className="text-3xl font-bold">
          Keys
        </h2>
        <table className="mt-4 w-full text-xl">
          <tbody>
            {PRESENTER_KEYS.map(({ keys, action }) => (
              <tr key={action} className="border-t border-border">
                <th scope="row" className="py-2 pr-6 text-left font-normal whitespace-nowrap">
                  {keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && " "}
                      <kbd className="rounded border border-border bg-surface-2 px-2 py-0.5 font-mono text-lg">{k}</kbd>
                    </span>
                  ))}
                </th>
                <td className="py-2">{action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-4 text-lg text-muted">The keys pause while you type in the editor.</p>
        <form method="dialog" className="mt-4 text-right">
          <Button type="submit">Close</Button>
        </form>
      </dialog>

      <dialog ref={shareDialog} aria-labelledby="presenter-share-title" className="presenter-dialog m-auto max-w-5xl rounded-xl border border-border bg-surface p-8 text-text">
        <h2 id="presenter-share-title" className="text-3xl font-bold">
          Share with the class
        </h2>
        {share && (
          <div className="mt-6 flex flex-wrap items-center gap-8">
            {share.edited && shareEdits ? (
              <QrCode text={share.link} label="QR code for the playground, with the Dockerfile on screen" size={480} />
            ) : (
              <QrCode text={share.lessonUrl} label={`QR code for ${share.lessonUrl}`} size={360} />
            )}
            <div className="min-w-0 flex-1">
              <p className="m-0 text-xl">
                {share.edited && shareEdits
                  ? "Scan the code to open the Dockerfile on screen, with its edits, in the playground. Or type the lesson's address:"
                  : "Scan the code, or type:"}
              </p>
              <p className="mt-2 font-mono text-2xl font-bold" data-testid="share-url">
                {/* Long addresses wrap after a slash, never inside a word. */}
                {share.lessonUrl.split(/(?<=\/)/).map((part, i) => (
                  <span key={i}>
                    {part}
                    <wbr />
                  </span>
                ))}
              </p>
              {share.edited && (
                <p className="mt-3 flex flex-wrap items-center gap-3 text-lg">
                  <Button onClick={() => setShareEdits(!shareEdits)}>
                    {shareEdits ? "Lesson link instead (a coarser code)" : "Share the edits instead"}
                  </Button>
                  <a href={share.link} className="font-semibold text-accent underline" data-testid="share-playground-link">
                    The playground link
                  </a>
                </p>
              )}
            </div>
          </div>
        )}
        <form method="dialog" className="mt-6 text-right">
          <Button type="submit">Close</Button>
        </form>
      </dialog>
    </div>
  );
}
