"use client";
import { useEffect, useRef, useState } from "react";
import { afterThemeChange, DOCKERFILE_LANGUAGE, monaco, SHARED_OPTIONS } from "./monaco-setup";
import { NARROW_QUERY, WRAP_BREAKS } from "./narrow";

interface DockerfileDiffProps {
  before: string;
  after: string;
  beforeLabel: string;
  afterLabel: string;
  /** Called once Monaco has computed and drawn the diff. */
  onReady(): void;
}

/** Monaco's diff editor, read-only: side by side, inline where the screen is narrow. */
export function DockerfileDiff({ before, after, beforeLabel, afterLabel, onReady }: DockerfileDiffProps) {
  const host = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const readyRef = useRef(onReady);
  useEffect(() => {
    readyRef.current = onReady;
  });

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const original = monaco.editor.createModel(before, DOCKERFILE_LANGUAGE);
    const modified = monaco.editor.createModel(after, DOCKERFILE_LANGUAGE);
    const diff = monaco.editor.createDiffEditor(element, {
      ...SHARED_OPTIONS,
      ...WRAP_BREAKS,
      // On a narrow screen (the inline view) long lines wrap, as in the editor.
      wordWrap: window.matchMedia(NARROW_QUERY).matches ? "on" : "off",
      readOnly: true,
      originalEditable: false,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: true,
      renderSideBySideInlineBreakpoint: 760,
      renderOverviewRuler: false,
      originalAriaLabel: `${beforeLabel} Dockerfile`,
      modifiedAriaLabel: `${afterLabel} Dockerfile`,
    });
    diff.setModel({ original, modified });
    // Monaco 0.57 does not pass originalAriaLabel/modifiedAriaLabel on to the sides' input
    // elements (axe: aria-input-field-name, the text boxes had aria-label=""); each side
    // takes its own.
    diff.getOriginalEditor().updateOptions({ ariaLabel: `${beforeLabel} Dockerfile` });
    diff.getModifiedEditor().updateOptions({ ariaLabel: `${afterLabel} Dockerfile` });
    const done = diff.onDidUpdateDiff(() => {
      setReady(true);
      readyRef.current();
    });
    // The inline view draws removed lines once, with the token colours of the theme then in
    // force, and does not redraw them when the theme changes (axe: #808080 on the dark red, a
    // light-theme token under the dark colour map). Setting the models again redraws them.
    const stopRedrawing = afterThemeChange(() => {
      diff.setModel(null);
      diff.setModel({ original, modified });
    });
    return () => {
      stopRedrawing();
      done.dispose();
      // Dispose the widget before its models, or Monaco throws "TextModel got disposed
      // before DiffEditorWidget model got reset" (TOOLCHAIN.md).
      diff.setModel(null);
      diff.dispose();
      original.dispose();
      modified.dispose();
    };
  }, [before, after, beforeLabel, afterLabel]);

  return <div ref={host} className="h-full w-full" data-diff-ready={ready ? "true" : "false"} />;
}
