"use client";
/**
 * A Dockerfile kept in this browser: the server rendered the original, the student's edits
 * from last time are restored after hydration, and edits are written a moment after the last
 * keystroke (and at once when the page is hidden or left), never on every keystroke.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { browserStorage, readSavedDockerfile, writeSavedDockerfile } from "@/lib/browser/storage";
import type { SaveState } from "@/lib/workspace/save-status";

/** Edits are written this long after the last change. */
export const SAVE_DELAY_MS = 400;

/** The text, how to change it, and where it stands. */
export interface SavedText {
  text: string;
  /** Changes the text; the change is saved (debounced) when the workspace keeps a copy. */
  setText(next: string): void;
  /** Writes a pending change now, instead of after the delay (before the page reloads). */
  save(): void;
  saveState: SaveState;
}

/** `storageKey` null: the page keeps no copy (the playground keeps its own state). */
export function useSavedText(storageKey: string | null, original: string, initialText: string): SavedText {
  const [text, setTextState] = useState(initialText);
  const [saveState, setSaveState] = useState<SaveState>(storageKey === null ? "none" : "original");
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // What Reset restores may change (a walkthrough step); the saved copy is read once per key.
  const originalRef = useRef(original);
  useEffect(() => {
    originalRef.current = original;
  });

  // Restore the student's edits after hydration (the server rendered the original).
  useEffect(() => {
    if (storageKey === null) return;
    const saved = readSavedDockerfile(browserStorage(), storageKey, Date.now());
    if (saved.status === "restored" && saved.text !== originalRef.current) {
      setTextState(saved.text);
      setSaveState("restored");
    } else if (saved.status === "unavailable") {
      setSaveState("unavailable");
    } else if (saved.status === "corrupt") {
      setSaveState("unreadable");
    }
  }, [storageKey]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    if (storageKey === null || next === null) return;
    pending.current = null;
    // Compared with the original as it is now, not as it was at the keystroke: a walkthrough
    // step (a `?step=` link, Apply) puts its text in and makes it the original in one go, and
    // that text is the step's, not the student's edit, so it is not saved as one.
    const result = writeSavedDockerfile(browserStorage(), storageKey, next, originalRef.current, Date.now());
    // Showing the original again keeps saying that unreadable edits were set aside.
    setSaveState((was) => (result === "failed" ? "unavailable" : result === "saved" ? "saved" : was === "unreadable" ? "unreadable" : "original"));
  }, [storageKey]);

  // Leaving or hiding the page inside the delay still saves the last keystroke.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", onHide);
    return () => {
      window.removeEventListener("pagehide", flush);
      document.removeEventListener("visibilitychange", onHide);
      flush();
    };
  }, [flush]);

  const setText = useCallback(
    (next: string) => {
      setTextState(next);
      if (storageKey === null) return;
      pending.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [storageKey, flush],
  );

  return { text, setText, save: flush, saveState };
}
