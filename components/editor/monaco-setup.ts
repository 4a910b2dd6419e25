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
export const LIGHT_THEME = "stagecraft-light";
export const DARK_THEME = "stagecraft-dark";
export const CONTRAST_THEME = "stagecraft-contrast";

/** The Monaco theme for the page theme (<html data-theme>, set by the layout's inline script). */
function pageTheme(): string {
  const theme = document.documentElement.dataset.theme;
  return theme === "dark" ? DARK_THEME : theme === "contrast" ? CONTRAST_THEME : LIGHT_THEME;
}

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

// Colours chosen for contrast on a projector; the same values as the --tok-* CSS variables.
monaco.editor.defineTheme(LIGHT_THEME, {
  base: "vs",
  inherit: true,
  rules: [
    { token: "keyword", foreground: "1d4ed8" },
    { token: "comment", foreground: "4b5563", fontStyle: "italic" },
    { token: "string", foreground: "a31515" },
    { token: "variable", foreground: "7e22ce" },
    { token: "flag", foreground: "0f766e" },
  ],
  colors: {
    "editor.background": "#fbfcfd",
    "editorLineNumber.foreground": "#5b6472",
    "editorLineNumber.activeForeground": "#111827",
    "editor.lineHighlightBackground": "#eef1f5",
    "editorGutter.background": "#fbfcfd",
  },
});

// The same values as the dark and high-contrast --tok-* and --code-* CSS variables.
monaco.editor.defineTheme(DARK_THEME, {
  base: "vs-dark",
  inherit: true,
  rules: [
    { token: "keyword", foreground: "93c5fd" },
    { token: "comment", foreground: "b4c0d0", fontStyle: "italic" },
    { token: "string", foreground: "fca5a5" },
    { token: "variable", foreground: "d8b4fe" },
    { token: "flag", foreground: "5eead4" },
  ],
  colors: {
    "editor.background": "#0f172a",
    "editor.foreground": "#f1f5f9",
    "editorLineNumber.foreground": "#9aa7ba",
    "editorLineNumber.activeForeground": "#f1f5f9",
    "editor.lineHighlightBackground": "#1c2740",
    "editorGutter.background": "#0f172a",
  },
});
monaco.editor.defineTheme(CONTRAST_THEME, {
  base: "vs",
  inherit: true,
  rules: [
    { token: "", foreground: "000000" },
    { token: "keyword", foreground: "1e3a8a", fontStyle: "bold" },
    { token: "comment", foreground: "333333", fontStyle: "italic" },
    { token: "string", foreground: "8b0000" },
    { token: "variable", foreground: "581c87" },
    { token: "flag", foreground: "134e4a" },
  ],
  colors: {
    "editor.background": "#ffffff",
    "editor.foreground": "#000000",
    "editorLineNumber.foreground": "#333333",
    "editorLineNumber.activeForeground": "#000000",
    "editor.lineHighlightBackground": "#ececec",
    "editorGutter.background": "#ffffff",
  },
});

// Monaco's theme is global: follow the page theme whenever the toggle changes it.
new MutationObserver(() => monaco.editor.setTheme(pageTheme())).observe(document.documentElement, {
  attributes: true,
  attributeFilter: ["data-theme"],
});

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
  // A getter: every editor created reads the page theme of that moment (create() sets it globally).
  get theme() {
    return pageTheme();
  },
} satisfies monaco.editor.IEditorOptions & monaco.editor.IGlobalEditorOptions;

export { monaco };
