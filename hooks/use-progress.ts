"use client";
import { useMemo, useSyncExternalStore } from "react";
import { LAST_LESSON_KEY, PROGRESS_KEY, readLastLessonRaw, readProgressRaw, type LastLesson, type Progress } from "@/lib/browser/progress";

/** Fired on this page after progress is written (the `storage` event covers other tabs). */
const CHANGED = "stagecraft:progress-changed";

function subscribe(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

// The raw string is the snapshot: it compares by value, so an unchanged entry re-renders nothing.
function rawItem(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}
const rawProgress = () => rawItem(PROGRESS_KEY);
const rawLastLesson = () => rawItem(LAST_LESSON_KEY);

/** The saved progress, or null before hydration (the static HTML knows nothing of the student). */
export function useProgress(): Progress | null {
  const raw = useSyncExternalStore(subscribe, rawProgress, () => undefined);
  return useMemo(() => (raw === undefined ? null : readProgressRaw(raw)), [raw]);
}

/** The lesson opened last in this browser; undefined before hydration, null when none. */
export function useLastLesson(): LastLesson | null | undefined {
  const raw = useSyncExternalStore(subscribe, rawLastLesson, () => undefined);
  return useMemo(() => (raw === undefined ? undefined : readLastLessonRaw(raw)), [raw]);
}

/** Tells every useProgress on the page that progress was written. */
export function notifyProgressChanged() {
  window.dispatchEvent(new Event(CHANGED));
}
