"use client";
import { useEffect, useRef } from "react";
import type { LineSpan } from "@/lib/workspace/annotations";
import type { Diagnostic } from "@/lib/dockerfile/analysis/types";
import { ruleAnchor } from "@/lib/workspace/rule-anchor";
import type { AnalysisModel } from "@/lib/workspace/types";
import { attachAnalysis } from "./monaco-language";
import { DOCKERFILE_LANGUAGE, monaco, SHARED_OPTIONS } from "./monaco-setup";

/** What the workspace may ask of a mounted editor. */
export interface EditorHandle {
  /** Replaces the whole text as one undoable edit (Ctrl+Z brings the old text back). */
  replaceText(text: string): void;
  /** Moves the cursor to the span's first line and scrolls the span into view. */
  revealSpan(span: LineSpan, focus: boolean): void;
  /** Selects the span's lines, scrolls them into view and focuses the editor. */
  selectSpan(span: LineSpan): void;
  focus(): void;
}

interface DockerfileEditorProps {
  /** Text at mount; later changes come from the student or through replaceText. */
  initialText: string;
  /** 1-based line to put the cursor on at mount (where the student clicked the static view). */
  initialLine: number | null;
  ariaLabel: string;
  /** Lines to highlight for the active annotation. */
  highlight: LineSpan | null;
  /** The analyser's findings, shown as squiggles with hover text: the same list the Problems panel shows. */
  diagnostics: Diagnostic[];
  /** The latest analysis of the text, read by the quick fixes, completion and go to definition. */
  analysis: { readonly current: AnalysisModel };
  onChange(text: string): void;
  onCursorLine(line: number): void;
  onReady(handle: EditorHandle): void;
  /** Options over the shared ones, read at mount (the presenter's large type). */
  options?: monaco.editor.IEditorOptions;
}

export function DockerfileEditor(props: DockerfileEditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  // The editor lives outside React: it reads the latest callbacks through a ref.
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const host = container.current;
    if (!host) return;
    const { initialText, initialLine, ariaLabel, options } = latest.current;
    const model = monaco.editor.createModel(initialText, DOCKERFILE_LANGUAGE);
    const editor = monaco.editor.create(host, { ...SHARED_OPTIONS, ...options, model, ariaLabel, tabFocusMode: false });
    editorRef.current = editor;
    decorations.current = editor.createDecorationsCollection();

    const detach = attachAnalysis(model, () => latest.current.analysis.current);
    const subscriptions = [
      model.onDidChangeContent(() => latest.current.onChange(model.getValue())),
      editor.onDidChangeCursorPosition((e) => latest.current.onCursorLine(e.position.lineNumber)),
    ];

    const handle: EditorHandle = {
      replaceText(text) {
        editor.pushUndoStop();
        editor.executeEdits("reset", [{ range: model.getFullModelRange(), text }]);
        editor.pushUndoStop();
      },
      revealSpan(span, focus) {
        editor.setPosition({ lineNumber: span.line, column: 1 });
        editor.revealLinesInCenterIfOutsideViewport(span.line, span.endLine);
        if (focus) editor.focus();
      },
      selectSpan(span) {
        const end = Math.min(span.endLine, model.getLineCount());
        editor.setSelection(new monaco.Range(span.line, 1, end, model.getLineMaxColumn(end)));
        editor.revealLinesInCenterIfOutsideViewport(span.line, end);
        editor.focus();
      },
      focus: () => editor.focus(),
    };

    if (initialLine !== null) {
      editor.setPosition({ lineNumber: Math.min(initialLine, model.getLineCount()), column: 1 });
      editor.revealLineInCenterIfOutsideViewport(initialLine);
    }
    latest.current.onReady(handle);

    return () => {
      subscriptions.forEach((s) => s.dispose());
      detach();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
  }, []);

  const { highlight } = props;
  useEffect(() => {
    decorations.current?.set(
      highlight
        ? [
            {
              range: new monaco.Range(highlight.line, 1, highlight.endLine, 1),
              options: { isWholeLine: true, className: "annotation-highlight", linesDecorationsClassName: "annotation-highlight-gutter" },
            },
          ]
        : [],
    );
  }, [highlight]);

  const { diagnostics } = props;
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info };
    monaco.editor.setModelMarkers(
      model,
      "stagecraft",
      diagnostics
        .filter((d) => d.line >= 1 && d.line <= model.getLineCount())
        .map((d) => {
          const onFix = d.fix && d.fix.line === d.line;
          return {
            severity: severity[d.severity],
            message: d.message,
            source: d.url.startsWith("https://") ? "docker build --check" : "Stagecraft",
            code: { value: d.rule, target: monaco.Uri.parse(new URL(`/rules/#${ruleAnchor(d.rule)}`, window.location.href).href) },
            startLineNumber: d.line,
            endLineNumber: d.line,
            startColumn: onFix ? (d.fix?.startColumn ?? 1) : model.getLineFirstNonWhitespaceColumn(d.line) || 1,
            endColumn: onFix ? (d.fix?.endColumn ?? 1) : model.getLineMaxColumn(d.line),
          };
        }),
    );
  }, [diagnostics]);

  return <div ref={container} className="h-full w-full" data-testid="monaco-host" />;
}
