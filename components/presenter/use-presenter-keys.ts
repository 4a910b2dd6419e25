"use client";
import { useEffect, useRef } from "react";

/** Form fields whose keys are the instructor's (the theme menu): slide keys leave them alone. */
const FIELDS = "input, textarea, select, [contenteditable='true']";

/** What the keys do; each entry of `actions` is keyed by KeyboardEvent.key (single characters lower-cased). */
export interface PresenterKeyMap {
  actions: Record<string, () => void>;
  /** True while a dialog is open: only `?` (and the dialog's own Escape) mean something then. */
  dialogOpen(): boolean;
  /** Toggles the keys dialog (`?`, also over a dialog). */
  toggleKeys(): void;
  /** Esc typed in the editor that the editor did not use itself (to close a suggestion, say): leave edit mode. */
  leaveEditor(): void;
}

/**
 * One keydown listener for the whole page, reading the latest map through a ref. In the
 * editor every key is the instructor's, except an Esc the editor leaves unused, which ends
 * editing; the editor only has the focus in edit mode, so a clicker's key never types into
 * the Dockerfile.
 */
export function usePresenterKeys(map: PresenterKeyMap): void {
  const latest = useRef(map);
  useEffect(() => {
    latest.current = map;
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      const { actions, dialogOpen, toggleKeys, leaveEditor } = latest.current;
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(".monaco-editor")) {
        // Monaco stops the Esc that closes its own widgets; one that reaches here is ours.
        if (event.key === "Escape") {
          event.preventDefault();
          leaveEditor();
        }
        return;
      }
      if (target?.closest(FIELDS)) return;
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
