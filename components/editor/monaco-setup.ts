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
  theme: LIGHT_THEME,
} satisfies monaco.editor.IEditorOptions & monaco.editor.IGlobalEditorOptions;

export { monaco };
