"use client";
import { useCallback, useEffect, useState } from "react";

/** Whether the page is full screen now (the browser's Esc or F11 included), and a toggle that says when it cannot. */
export function useFullscreen(onUnavailable: () => void): { active: boolean; toggle(): void; exit(): void } {
  const [active, setActive] = useState(false);
  useEffect(() => {
    const update = () => setActive(document.fullscreenElement !== null);
    update();
    document.addEventListener("fullscreenchange", update);
    return () => document.removeEventListener("fullscreenchange", update);
  }, []);
  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) {
      void document.exitFullscreen();
      return;
    }
    if (!document.fullscreenEnabled || !document.documentElement.requestFullscreen) onUnavailable();
    else document.documentElement.requestFullscreen().catch(onUnavailable);
  }, [onUnavailable]);
  return { active, toggle, exit };
}
