"use client";
import { useCallback, useEffect, useRef, useState } from "react";

/** The slide id in `location.hash` (`#diff` → `diff`). */
const idFromHash = (hash: string) => decodeURIComponent(hash.startsWith("#") ? hash.slice(1) : hash);

/**
 * The current slide, kept in the address as `#<slide id>` (`#annotation-3`, `#diff`), so a
 * reload, or the link sent to a colleague, opens the same slide. The address is replaced, not
 * pushed: the browser's Back still leaves presenter view in one step.
 */
export function useSlideAddress(ids: readonly string[]): [number, (index: number) => void] {
  const [index, setIndex] = useState(0);
  /** The mount's own run of the writing effect is skipped: the address is read first. */
  const mounted = useRef(false);
  const latestIds = useRef(ids);
  useEffect(() => {
    latestIds.current = ids;
  });

  // After hydration (the static page always renders the first slide): the slide the address names.
  useEffect(() => {
    const fromAddress = () => {
      const found = latestIds.current.indexOf(idFromHash(window.location.hash));
      if (found >= 0) setIndex(found);
    };
    fromAddress();
    window.addEventListener("hashchange", fromAddress);
    return () => window.removeEventListener("hashchange", fromAddress);
  }, []);

  // The first slide is the bare address (the link a lesson page gives), every other one `#id`.
  const id = index === 0 ? "" : (ids[index] ?? "");
  useEffect(() => {
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    if (idFromHash(window.location.hash) === id) return;
    const { pathname, search } = window.location;
    // Next's router keeps its own entry in history.state: pass it on.
    window.history.replaceState(window.history.state, "", id === "" ? `${pathname}${search}` : `#${encodeURIComponent(id)}`);
  }, [id]);

  const go = useCallback((next: number) => setIndex(Math.max(0, Math.min(next, latestIds.current.length - 1))), []);
  return [index, go];
}
