"use client";
import { useEffect, useRef } from "react";
import type { LineSpan } from "@/lib/workspace/annotations";
import type { Diagnostic } from "@/lib/dockerfile/analysis/types";
import { PROBLEM_SOURCE_LABEL, primaryOf, problemSource, type ProblemGroup } from "@/lib/workspace/problems";
import { ruleAnchor } from "@/lib/workspace/rule-anchor";
import type { AnalysisModel } from "@/lib/workspace/types";
import { attachAnalysis } from "./monaco-language";
import { DOCKERFILE_LANGUAGE, monaco, SHARED_OPTIONS } from "./monaco-setup";
import { NARROW_QUERY, WRAP_BREAKS } from "./narrow";

/** What the workspace may ask of a mounted editor. */
export interface EditorHandle {
  /** Replaces the whole text as one undoable edit (Ctrl+Z brings the old text back). */
  replaceText(text: string): void;
  /** Moves the cursor to the span's first line and scrolls the span into view. */
  revealSpan(span: LineSpan, focus: boolean): void;
  /** Selects the span's lines, scrolls them into view and focuses the editor (unless `focus` is false). */
  selectSpan(span: LineSpan, focus?: boolean): void;
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
  /** The diagnostics grouped by cause: an echo's marker points at its group's primary finding. */
  problems?: ProblemGroup[];
  /** The latest analysis of the text, read by the quick fixes, completion and go to definition. */
  analysis: { readonly current: AnalysisModel };
  onChange(text: string): void;
  onCursorLine(line: number): void;
  onReady(handle: EditorHandle): void;
  /** Options over the shared ones, read at mount (the presenter's large type). */
  options?: monaco.editor.IEditorOptions;
  /**
   * Called when the editor gains or loses the focus, and when Ctrl+M switches what Tab does:
   * null while the focus is elsewhere, else whether Tab now moves the focus on (true) or types
   * a tab (false, Monaco's default: the keyboard is trapped until Ctrl+M).
   */
  onTabState?(tabMovesFocus: boolean | null): void;
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
    // Long lines wrap on a narrow screen (and wherever the surface asks for it), at spaces only.
    const narrow = window.matchMedia(NARROW_QUERY);
    const wrapping = (): monaco.editor.IEditorOptions => {
      const on = narrow.matches || options?.wordWrap === "on";
      // Wrapped, only a ruler's clipped tail is wider than the editor (monaco-rulers.ts): no scrollbar for it.
      return { wordWrap: on ? "on" : "off", scrollbar: { ...SHARED_OPTIONS.scrollbar, horizontal: on ? "hidden" : "auto" } };
    };
    const editor = monaco.editor.create(host, { ...SHARED_OPTIONS, ...WRAP_BREAKS, ...options, ...wrapping(), model, ariaLabel, tabFocusMode: false });
    editorRef.current = editor;
    const onWidth = () => editor.updateOptions(wrapping());
    narrow.addEventListener("change", onWidth);
    decorations.current = editor.createDecorationsCollection();

    const detach = attachAnalysis(model, () => latest.current.analysis.current);
    const tabState = () => latest.current.onTabState?.(editor.hasTextFocus() ? editor.getOption(monaco.editor.EditorOption.tabFocusMode) : null);
    // Monaco's own Ctrl+M flips a page-wide flag the API cannot read, so the hint beside the
    // editor could not say what Tab does now; this editor's option does the same, readably.
    const toggleTab = editor.addAction({
      id: "stagecraft.toggleTabMovesFocus",
      label: "Toggle Tab Key Moves Focus",
      // Ctrl+M, as Monaco has it; Ctrl+Shift+M on a Mac, where Cmd+M minimises the window.
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM, monaco.KeyMod.WinCtrl | monaco.KeyMod.Shift | monaco.KeyCode.KeyM],
      run: () => editor.updateOptions({ tabFocusMode: !editor.getOption(monaco.editor.EditorOption.tabFocusMode) }),
    });
    const subscriptions = [
      toggleTab,
      model.onDidChangeContent(() => latest.current.onChange(model.getValue())),
      // While lines wrap, only a ruler's clipped tail is wider than the editor: never scroll
      // sideways to it, which would hide every line's start under the gutter.
      editor.onDidScrollChange((e) => {
        if (e.scrollLeft !== 0 && editor.getOption(monaco.editor.EditorOption.wrappingInfo).isViewportWrapping) editor.setScrollLeft(0);
      }),
      editor.onDidChangeCursorPosition((e) => latest.current.onCursorLine(e.position.lineNumber)),
      editor.onDidFocusEditorText(tabState),
      editor.onDidBlurEditorText(tabState),
      // Ctrl+M (Monaco's "Toggle Tab Key Moves Focus") recomputes the option.
      editor.onDidChangeConfiguration((e) => {
        if (e.hasChanged(monaco.editor.EditorOption.tabFocusMode)) tabState();
      }),
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
      selectSpan(span, focus = true) {
        const end = Math.min(span.endLine, model.getLineCount());
        editor.setSelection(new monaco.Range(span.line, 1, end, model.getLineMaxColumn(end)));
        editor.revealLinesInCenterIfOutsideViewport(span.line, end);
        if (focus) editor.focus();
      },
      focus: () => editor.focus(),
    };

    if (initialLine !== null) {
      editor.setPosition({ lineNumber: Math.min(initialLine, model.getLineCount()), column: 1 });
      editor.revealLineInCenterIfOutsideViewport(initialLine);
    }
    latest.current.onReady(handle);

    return () => {
      narrow.removeEventListener("change", onWidth);
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

  const { diagnostics, problems } = props;
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const severity = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info };
    const lines = model.getLineCount();
    const onModel = (line: number) => line >= 1 && line <= lines;
    // One marker per diagnostic (the quick fixes find theirs by rule and line); an echo's
    // marker names the finding it follows from, as related information.
    const primaries = primaryOf(problems ?? [], diagnostics.length);
    monaco.editor.setModelMarkers(
      model,
      "stagecraft",
      diagnostics.flatMap((d, i) => {
        if (!onModel(d.line)) return [];
        const onFix = d.fix && d.fix.line === d.line;
        const primary = diagnostics[primaries[i] ?? i];
        const related = primary && primary !== d && onModel(primary.line) ? [{ resource: model.uri, message: `Follows from: ${primary.message}`, startLineNumber: primary.line, startColumn: 1, endLineNumber: primary.line, endColumn: model.getLineMaxColumn(primary.line) }] : [];
        return [
          {
            severity: severity[d.severity],
            message: d.message,
            source: PROBLEM_SOURCE_LABEL[problemSource(d)],
            code: { value: d.rule, target: monaco.Uri.parse(new URL(`/rules/#${ruleAnchor(d.rule)}`, window.location.href).href) },
            startLineNumber: d.line,
            endLineNumber: d.line,
            startColumn: onFix ? (d.fix?.startColumn ?? 1) : model.getLineFirstNonWhitespaceColumn(d.line) || 1,
            endColumn: onFix ? (d.fix?.endColumn ?? 1) : model.getLineMaxColumn(d.line),
            relatedInformation: related,
          },
        ];
      }),
    );
  }, [diagnostics, problems]);

  return <div ref={container} className="h-full w-full" data-testid="monaco-host" />;
}
