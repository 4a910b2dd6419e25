"use client";
import { useEffect, useRef } from "react";

/** Elements whose keys belong to the instructor's typing, not to the slides. */
const TYPING = ".monaco-editor, input, textarea, select, [contenteditable='true']";

/** What the keys do; each entry of `actions` is keyed by KeyboardEvent.key (single characters lower-cased). */
export interface PresenterKeyMap {
  actions: Record<string, () => void>;
  /** True while a dialog is open: only `?` (and the dialog's own Escape) mean something then. */
  dialogOpen(): boolean;
  /** Toggles the keys dialog (`?`, also over a dialog). */
  toggleKeys(): void;
}

/** One keydown listener for the whole page, reading the latest map through a ref. */
export function usePresenterKeys(map: PresenterKeyMap): void {
  const latest = useRef(map);
  useEffect(() => {
    latest.current = map;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      const { actions, dialogOpen, toggleKeys } = latest.current;
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      // The instructor is typing: the keys are theirs.
      if (target?.closest(TYPING)) return;
      if (dialogOpen()) {
        // Escape closes a dialog natively; only `?` means something over one.
        if (event.key === "?") {
          event.preventDefault();
          toggleKeys();
        }
        return;
      }
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const action = actions[key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);
}
