"use client";
import { useState, type MouseEvent, type ReactNode, type Ref } from "react";
import type { EditorHandle } from "@/components/editor/dockerfile-editor";
import { LazyDockerfileEditor } from "@/components/editor/lazy-dockerfile-editor";
import { StaticCode } from "@/components/editor/static-code";
import { useStaticSnapshot } from "@/components/editor/use-static-snapshot";
import { Button } from "@/components/ui/button";
import { downloadText } from "@/components/ui/download-text";
import { lazyPart } from "@/components/ui/lazy-part";
import { PartLoadNotice, type LazyPart } from "@/components/ui/part-load-notice";
import type { Diagnostic } from "@/lib/dockerfile/analysis/types";
import type { LineSpan } from "@/lib/workspace/annotations";
import type { ProblemGroup } from "@/lib/workspace/problems";
import type { AnalysisModel } from "@/lib/workspace/types";

// The Problems list loads when first shown (the walkthrough shows it in its own tab instead).
const ProblemsPanel = lazyPart(() => import("@/components/problems/problems-panel").then((m) => m.ProblemsPanel), "problems");

/** Where the code surface is: the static view, Monaco loading behind it, or Monaco. */
export type EditorState = "static" | "loading" | "ready";

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

interface EditorCardProps {
  text: string;
  editor: EditorState;
  /** Where Monaco puts the cursor when it mounts. */
  startLine: number | null;
  highlight: LineSpan | null;
  /** The latest analysis's findings: Monaco's markers and the Problems list show this same list. */
  diagnostics: Diagnostic[];
  /** The diagnostics grouped by cause (the model's `problems`). */
  problems?: ProblemGroup[];
  analysis: { readonly current: AnalysisModel };
  /** The status line (where the text is kept). */
  status: string;
  /** Offers "Undo reset" when set. */
  onUndoReset: (() => void) | null;
  canReset: boolean;
  onReset(): void;
  /** The parts whose code could not load (none: nothing is said). */
  failed: readonly LazyPart[];
  /** Saves what is typed at once, before the notice's Reload. */
  onSaveNow(): void;
  /** Why live analysis is paused, or null. */
  paused: string | null;
  /** Extra toolbar buttons. */
  actions?: ReactNode;
  /** Starts loading the editor at a line (null: keep the cursor) and focuses it when ready. */
  onStartEditing(line: number | null): void;
  /** The static view's scroll container (to show a line while Monaco loads). */
  staticRef: Ref<HTMLDivElement>;
  /** The static view was clicked on a line. */
  onStaticLine(line: number): void;
  onEditorFocus(): void;
  onChange(text: string): void;
  onCursorLine(line: number): void;
  onReady(handle: EditorHandle): void;
  onEditorLoadError(): void;
  onChooseProblem(line: number): void;
  /** False: the Problems list is shown elsewhere (the walkthrough's Problems tab). Default true. */
  showProblems?: boolean;
  /** A fixed height for the code (CSS, e.g. `40vh`) instead of one that grows with the text. */
  height?: string;
}

/**
 * What Tab does in the focused editor, and the key that changes it. Monaco keeps Tab for
 * indenting, so a keyboard user needs its Ctrl+M ("Toggle Tab Key Moves Focus"; Ctrl+Shift+M
 * on a Mac) to leave the editor.
 */
function TabHint({ tabMovesFocus }: { tabMovesFocus: boolean }) {
  const key = typeof navigator !== "undefined" && /Mac/.test(navigator.platform) ? "Ctrl+Shift+M" : "Ctrl+M";
  return (
    <p className="m-0 ml-auto text-text" data-testid="tab-hint">
      {tabMovesFocus ? (
        <>
          Tab moves on from the editor. <kbd className="inline-code">{key}</kbd>: Tab types a tab again.
        </>
      ) : (
        <>
          Tab types a tab in the editor. Press <kbd className="inline-code">{key}</kbd>, then Tab, to leave it.
        </>
      )}
    </p>
  );
}

/** The Dockerfile card: toolbar, the static view or Monaco, the status line and the Problems list. */
export function EditorCard(props: EditorCardProps) {
  const { text, editor, highlight, diagnostics, problems, status, failed, paused } = props;
  const staticText = useStaticSnapshot(text, editor === "ready");
  // The last Tab mode the focused editor reported: the hint stays once shown, so leaving the
  // editor does not shift the panels below under the pointer.
  const [tabMovesFocus, setTabMovesFocus] = useState(false);

  function onStaticClick(event: MouseEvent<HTMLDivElement>) {
    const lineEl = (event.target as HTMLElement).closest("[data-line]");
    const line = lineEl ? Number(lineEl.getAttribute("data-line")) : null;
    if (line !== null) props.onStaticLine(line);
    props.onStartEditing(line);
  }

  return (
    <div className="min-w-0 self-start overflow-hidden rounded-xl border border-border bg-surface shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-border px-3 py-2">
        <span className="font-mono text-sm font-semibold">Dockerfile</span>
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" onClick={() => (editor === "ready" ? props.onEditorFocus() : props.onStartEditing(null))} disabled={editor === "loading"}>
            {editor === "ready" ? "Editing" : editor === "loading" ? "Loading editor…" : "Edit"}
          </Button>
          <Button onClick={props.onReset} disabled={!props.canReset}>
            Reset
          </Button>
          <Button onClick={() => downloadText("Dockerfile", text)}>Download</Button>
          {props.actions}
        </div>
      </div>
      <div className="relative" style={{ height: props.height ?? codeHeight(text) }} data-editor-state={editor}>
        {/* Hidden once Monaco is there (a printed handout still shows it). */}
        <div
            ref={props.staticRef}
            className={`h-full cursor-text overflow-y-auto ${editor === "ready" ? "hidden" : ""}`}
            onClick={onStaticClick}
            onKeyDown={(e) => {
              if (e.key === "Enter" || (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey)) props.onStartEditing(null);
            }}
          >
            <StaticCode text={staticText} highlight={highlight} label="Dockerfile (press Enter to edit)" />
          </div>
        {editor !== "static" && (
          <div className={`absolute inset-0 ${editor === "ready" ? "" : "invisible"}`}>
            <LazyDockerfileEditor
              initialText={text}
              initialLine={props.startLine}
              ariaLabel="Dockerfile editor"
              highlight={highlight}
              diagnostics={diagnostics}
              {...(problems ? { problems } : {})}
              analysis={props.analysis}
              onChange={props.onChange}
              onCursorLine={props.onCursorLine}
              onReady={props.onReady}
              onLoadError={props.onEditorLoadError}
              onTabState={(moves) => moves !== null && setTabMovesFocus(moves)}
            />
          </div>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-3 border-t border-border px-3 py-2 text-sm text-muted">
        <p role="status" className="m-0">
          {status}
        </p>
        {props.onUndoReset && (
          <Button className="min-h-8 py-0" onClick={props.onUndoReset}>
            Undo reset
          </Button>
        )}
        {editor === "ready" && <TabHint tabMovesFocus={tabMovesFocus} />}
      </div>
      <PartLoadNotice parts={failed} save={props.onSaveNow} className="border-t border-border" />
      {paused !== null && (
        <p role="status" className="border-t border-border bg-[var(--warning-bg)] px-3 py-2 text-sm text-[var(--warning-text)]" data-testid="analysis-paused">
          {paused}
        </p>
      )}
      {paused === null && props.showProblems !== false && <ProblemsPanel diagnostics={diagnostics} {...(problems ? { problems } : {})} onChoose={props.onChooseProblem} />}
    </div>
  );
}
