"use client";
import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { analysisPausedReason } from "@/lib/workspace/limits";

/** While Monaco is shown, the hidden static view catches up this long after the last keystroke. */
const SNAPSHOT_DELAY_MS = 1000;

/**
 * The text the static view shows. Before the editor is ready it is the text itself; once
 * Monaco is shown the static view is hidden (it is what a printed handout shows), so it is
 * brought up to date after a pause in typing and right before printing, instead of being
 * highlighted again on every keystroke.
 */
export function useStaticSnapshot(text: string, editing: boolean): string {
  const [snapshot, setSnapshot] = useState(text);
  const latest = useRef(text);
  useEffect(() => {
    latest.current = text;
    // A text too large to analyse live is too large to highlight again after every pause: it catches up before printing only.
    if (!editing || analysisPausedReason(text) !== null) return;
    const timer = setTimeout(() => setSnapshot(text), SNAPSHOT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, editing]);
  useEffect(() => {
    // The print layout is made right after beforeprint: render the current text before it.
    const beforePrint = () => flushSync(() => setSnapshot(latest.current));
    window.addEventListener("beforeprint", beforePrint);
    return () => window.removeEventListener("beforeprint", beforePrint);
  }, []);
  return editing ? snapshot : text;
}
