"use client";
/**
 * Monaco, from the app's own bundle (never a CDN), with only what the lesson needs: the
 * editor API, its features, our Dockerfile colouring and the editor worker. Imported only
 * through next/dynamic, after the student starts editing, so it costs nothing on first load.
 */
import * as monaco from "monaco-editor/editor/editor.api";
import "monaco-editor/features/register.all";
import { highlightLine, INITIAL_HIGHLIGHT_STATE, type HighlightState } from "@/lib/dockerfile/highlight";
import { registerDockerfileFeatures } from "./monaco-language";
import "./monaco-rulers";

declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

// Without the worker the diff editor computes no diff at all (TOOLCHAIN.md).
window.MonacoEnvironment = {
  getWorker: () => new Worker(new URL("monaco-editor/editor/editor.worker", import.meta.url), { type: "module" }),
};

class LineState implements monaco.languages.IState {
  constructor(readonly value: HighlightState) {}
  clone(): LineState {
    return new LineState(this.value);
  }
  equals(other: monaco.languages.IState): boolean {
    return (
      other instanceof LineState && other.value.continued === this.value.continued && other.value.inFrom === this.value.inFrom
    );
  }
}

export const DOCKERFILE_LANGUAGE = "dockerfile";
/** Monaco's one theme, redefined from the page's CSS variables whenever the page theme changes. */
export const PAGE_THEME = "stagecraft";

// The same tokenizer as the static view, so colours do not change when the editor arrives.
monaco.languages.register({ id: DOCKERFILE_LANGUAGE, extensions: [".Dockerfile"], filenames: ["Dockerfile"] });
monaco.languages.setLanguageConfiguration(DOCKERFILE_LANGUAGE, {
  comments: { lineComment: "#" },
  brackets: [
    ["{", "}"],
    ["[", "]"],
  ],
  autoClosingPairs: [
    { open: "[", close: "]" },
    { open: "{", close: "}" },
    { open: '"', close: '"' },
  ],
});
monaco.languages.setTokensProvider(DOCKERFILE_LANGUAGE, {
  getInitialState: () => new LineState(INITIAL_HIGHLIGHT_STATE),
  tokenize(line, state) {
    const result = highlightLine(line, (state as LineState).value);
    let startIndex = 0;
    const tokens = result.tokens.map((token) => {
      const out = { startIndex, scopes: token.kind === "plain" ? "" : token.kind };
      startIndex += token.text.length;
      return out;
    });
    return { tokens, endState: new LineState(result.state) };
  },
});

registerDockerfileFeatures(monaco, DOCKERFILE_LANGUAGE);

/**
 * Monaco's theme from the design tokens in app/globals.css (the --code-* and --tok-*
 * variables of the page theme in force), so the editor and the static view can never differ.
 */
function definePageTheme(): void {
  const style = getComputedStyle(document.documentElement);
  // The built CSS may shorten `#000000` to `#000` or use a name; Monaco takes only #rrggbb.
  const probe = document.createElement("span");
  document.body.append(probe);
  const colour = (name: string): string => {
    probe.style.color = style.getPropertyValue(name).trim();
    const rgb = (getComputedStyle(probe).color.match(/\d+/g) ?? ["0", "0", "0"]).slice(0, 3);
    return `#${rgb.map((c) => Number(c).toString(16).padStart(2, "0")).join("")}`;
  };
  const token = (name: string) => colour(name).slice(1);
  const dark = style.getPropertyValue("color-scheme").trim() === "dark";
  const bold = document.documentElement.dataset.theme === "contrast" ? "bold" : "";
  monaco.editor.defineTheme(PAGE_THEME, {
    base: dark ? "vs-dark" : "vs",
    inherit: true,
    rules: [
      { token: "", foreground: token("--code-text") },
      { token: "keyword", foreground: token("--tok-keyword"), fontStyle: bold },
      { token: "comment", foreground: token("--tok-comment"), fontStyle: "italic" },
      { token: "string", foreground: token("--tok-string") },
      { token: "variable", foreground: token("--tok-variable") },
      { token: "flag", foreground: token("--tok-flag") },
    ],
    colors: {
      "editor.background": colour("--code-bg"),
      "editor.foreground": colour("--code-text"),
      "editorGutter.background": colour("--code-bg"),
      "editorLineNumber.foreground": colour("--code-gutter"),
      // The number of a last, empty line is "dimmed" by default, too faint to read (axe: 1.79:1).
      "editorLineNumber.dimmedForeground": colour("--code-gutter"),
      "editorLineNumber.activeForeground": colour("--code-text"),
      "editor.lineHighlightBackground": colour("--code-line-highlight"),
      // The diff editor's defaults (a translucent green and red over the line, a stronger
      // one over the changed characters) leave coloured tokens below 4.5:1 (axe: 3.87:1 for a
      // comment on a removed word, 4.1:1 for a flag on an inserted one). The lines take the
      // page's own diff colours, which every token colour was chosen against; the changed
      // characters get a border instead of a second background.
      "diffEditor.insertedLineBackground": colour("--diff-add-bg"),
      "diffEditor.removedLineBackground": colour("--diff-del-bg"),
      "diffEditor.insertedTextBackground": "#00000000",
      "diffEditor.removedTextBackground": "#00000000",
      "diffEditor.insertedTextBorder": colour("--diff-add-text"),
      "diffEditor.removedTextBorder": colour("--diff-del-text"),
      "diffEditorGutter.insertedLineBackground": colour("--diff-add-bg"),
      "diffEditorGutter.removedLineBackground": colour("--diff-del-bg"),
    },
  });
  probe.remove();
}

definePageTheme();

/** Called after Monaco has taken a new page theme, for what Monaco does not redraw itself. */
const themeListeners = new Set<() => void>();

/** Runs `listener` after each change of the page theme has reached Monaco; returns its removal. */
export function afterThemeChange(listener: () => void): () => void {
  themeListeners.add(listener);
  return () => themeListeners.delete(listener);
}

// Monaco's theme is global: follow the page theme whenever the toggle changes it.
new MutationObserver(() => {
  definePageTheme();
  monaco.editor.setTheme(PAGE_THEME);
  themeListeners.forEach((listener) => listener());
}).observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });

/** What Monaco holds, for `npm run bench:session` (scripts/long-session.ts) to watch for leaks. */
export interface MonacoCounts {
  editors: number;
  models: number;
  decorations: number;
  markers: number;
}

// Only under automation (navigator.webdriver), so a student's page carries no such global.
if (navigator.webdriver) {
  (window as Window & { __stagecraftMonacoCounts?: () => MonacoCounts }).__stagecraftMonacoCounts = () => {
    const models = monaco.editor.getModels();
    return {
      editors: monaco.editor.getEditors().length,
      models: models.length,
      decorations: models.reduce((n, m) => n + m.getAllDecorations().length, 0),
      markers: monaco.editor.getModelMarkers({}).length,
    };
  };
  /** The text and the Stagecraft markers of the editor inside `selector` (e2e/model.spec.ts compares them with the page). */
  (window as Window & { __stagecraftEditorState?: (selector: string) => EditorState | null }).__stagecraftEditorState = (selector) => {
    const editor = monaco.editor.getEditors().find((e) => e.getContainerDomNode().closest(selector) && !e.getContainerDomNode().closest(".monaco-diff-editor"));
    const model = editor?.getModel();
    if (!model) return null;
    return {
      text: model.getValue(),
      markers: monaco.editor.getModelMarkers({ resource: model.uri, owner: "stagecraft" }).map((m) => ({
        line: m.startLineNumber,
        rule: typeof m.code === "object" ? m.code.value : (m.code ?? ""),
        severity: m.severity === monaco.MarkerSeverity.Error ? "error" : m.severity === monaco.MarkerSeverity.Warning ? "warning" : "info",
        message: m.message,
      })),
    };
  };
}

/** What `__stagecraftEditorState` reports: the model's text and its markers (1-based lines). */
export interface EditorState {
  text: string;
  markers: { line: number; rule: string; severity: "error" | "warning" | "info"; message: string }[];
}

/** Options shared by the editor and the diff editor; the static view mirrors these metrics. */
export const SHARED_OPTIONS = {
  fontFamily: 'ui-monospace, "SFMono-Regular", "Cascadia Mono", "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace',
  fontSize: 14,
  lineHeight: 20,
  padding: { top: 12, bottom: 12 },
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  folding: false,
  glyphMargin: false,
  lineNumbersMinChars: 3,
  lineDecorationsWidth: 12,
  overviewRulerLanes: 0,
  renderLineHighlight: "line",
  // Word-occurrence backgrounds under coloured keywords fail colour contrast (axe), and a
  // Dockerfile gains little from them.
  occurrencesHighlight: "off",
  stickyScroll: { enabled: false },
  scrollbar: { alwaysConsumeMouseWheel: false, verticalScrollbarSize: 10, horizontalScrollbarSize: 10 },
  theme: PAGE_THEME,
} satisfies monaco.editor.IEditorOptions & monaco.editor.IGlobalEditorOptions;

export { monaco };
