"use client";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useId, useRef, useState, type MouseEvent } from "react";
import type { AnnotationAnchor, LineSpan } from "@/lib/annotations";
import type { Inline } from "@/lib/lessons/markdown-types";
import { browserStorage, lessonStorageKey, readSavedDockerfile, writeSavedDockerfile } from "@/lib/storage";
import { InlineText } from "@/components/lesson/inline-text";
import { Button } from "@/components/ui/button";
import { downloadText } from "@/components/ui/download-text";
import type { EditorHandle } from "./dockerfile-editor";
import { StaticCode } from "./static-code";

// Monaco is ~1.1 MB gzip: it loads when the student starts editing, never on the way to first paint.
const DockerfileEditor = dynamic(() => import("./dockerfile-editor").then((m) => m.DockerfileEditor), { ssr: false });

/** An annotation as the workspace needs it. */
export interface WorkspaceAnnotation {
  id: string;
  title: string;
  text: Inline[];
  anchor: AnnotationAnchor;
  /** Where it points in the unedited Dockerfile (resolved at build time). */
  span: LineSpan;
}

interface LessonWorkspaceProps {
  slug: string;
  /** The lesson's Dockerfile, as shipped. */
  original: string;
  annotations: WorkspaceAnnotation[];
}

type EditorState = "static" | "loading" | "ready";
type SaveState = "original" | "saved" | "restored" | "unavailable";

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

export function LessonWorkspace({ slug, original, annotations }: LessonWorkspaceProps) {
  const storageKey = lessonStorageKey(slug);
  const [text, setText] = useState(original);
  const [editor, setEditor] = useState<EditorState>("static");
  const [startLine, setStartLine] = useState<{ line: number | null; focus: boolean }>({ line: null, focus: true });
  const [cursorLine, setCursorLine] = useState<number | null>(null);
  const [saveState, setSaveState] = useState<SaveState>("original");
  const [undoText, setUndoText] = useState<string | null>(null);
  const [resolved, setResolved] = useState<{ text: string; spans: (LineSpan | null)[] } | null>(null);
  const handle = useRef<EditorHandle | null>(null);
  const staticRef = useRef<HTMLDivElement>(null);
  const annotationsHeading = useId();

  // Restore the student's edits after hydration (the server rendered the original).
  useEffect(() => {
    const saved = readSavedDockerfile(browserStorage(), storageKey);
    if (saved.status === "restored" && saved.text !== original) {
      setText(saved.text);
      setSaveState("restored");
    } else if (saved.status === "unavailable") {
      setSaveState("unavailable");
    }
  }, [storageKey, original]);

  // Annotations follow the text: re-anchor after every edit (the parser loads with the first one).
  useEffect(() => {
    if (text === original) return;
    let stale = false;
    void import("@/lib/resolve-annotations").then(({ resolveAnnotationSpans }) => {
      if (!stale) setResolved({ text, spans: resolveAnnotationSpans(text, annotations.map((a) => a.anchor)) });
    });
    return () => {
      stale = true;
    };
  }, [text, original, annotations]);

  const spans = text === original || !resolved ? annotations.map((a) => a.span) : resolved.spans;
  const activeIndex = cursorLine === null ? -1 : spans.findIndex((s) => s !== null && cursorLine >= s.line && cursorLine <= s.endLine);
  const highlight = activeIndex >= 0 ? (spans[activeIndex] ?? null) : null;

  const persist = useCallback(
    (next: string) => {
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

  function activate(index: number) {
    const span = spans[index];
    if (!span) return;
    setCursorLine(span.line);
    if (handle.current) {
      handle.current.revealSpan(span, false);
    } else {
      staticRef.current?.querySelector(`[data-line="${span.line}"]`)?.scrollIntoView({ block: "nearest" });
      startEditing(span.line, false);
    }
  }

  function replaceAll(next: string) {
    if (handle.current) {
      handle.current.replaceText(next); // fires onEditorChange, which saves
    } else {
      setText(next);
      persist(next);
    }
  }

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
      ? "Your edits cannot be saved in this browser (storage is unavailable). Download the Dockerfile to keep them."
      : text === original
        ? "The lesson's Dockerfile, unchanged."
        : saveState === "restored"
          ? "Your edits from last time, restored from this browser."
          : "Edited. Saved in this browser.";

  const height = codeHeight(text);

  return (
    <section aria-labelledby="workspace-heading" className="mt-8">
      <h2 id="workspace-heading" className="text-2xl font-bold">
        The Dockerfile
      </h2>
      <p className="mt-1 text-muted">Click the code to edit it, or choose an annotation to see the lines it explains.</p>
      <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="min-w-0 self-start overflow-hidden rounded-xl border border-border bg-surface shadow-sm">
          <div className="flex flex-wrap items-center justify-between gap-2 border-b border-border px-3 py-2">
            <span className="font-mono text-sm font-semibold">Dockerfile</span>
            <div className="flex flex-wrap gap-2">
              <Button variant="primary" onClick={() => (handle.current ? handle.current.focus() : startEditing(cursorLine ?? 1, true))} disabled={editor === "loading"}>
                {editor === "ready" ? "Editing" : editor === "loading" ? "Loading editor…" : "Edit"}
              </Button>
              <Button onClick={reset} disabled={text === original}>
                Reset
              </Button>
              <Button onClick={() => downloadText("Dockerfile", text)}>Download</Button>
            </div>
          </div>
          <div className="relative" style={{ height }} data-editor-state={editor}>
            <div
              ref={staticRef}
              className={`h-full overflow-y-auto ${editor === "ready" ? "hidden" : ""} cursor-text`}
              onClick={onStaticClick}
              onKeyDown={(e) => {
                if (e.key === "Enter" || (e.key.length === 1 && !e.ctrlKey && !e.metaKey)) startEditing(cursorLine ?? 1, true);
              }}
            >
              <StaticCode text={text} highlight={highlight} label="Dockerfile (press Enter to edit)" />
            </div>
            {editor !== "static" && (
              <div className={`absolute inset-0 ${editor === "ready" ? "" : "invisible"}`}>
                <DockerfileEditor
                  initialText={text}
                  initialLine={startLine.line}
                  ariaLabel="Dockerfile editor"
                  highlight={highlight}
                  onChange={onEditorChange}
                  onCursorLine={setCursorLine}
                  onReady={onEditorReady}
                />
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
        </div>

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
                    onClick={() => activate(i)}
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
                      <span className="mt-1 block text-sm text-muted">
                        The line this explains is no longer in your Dockerfile. Reset to bring it back.
                      </span>
                    )}
                  </button>
                </li>
              );
            })}
          </ol>
        </div>
      </div>
    </section>
  );
}
