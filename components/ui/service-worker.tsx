"use client";
import { useEffect } from "react";

/**
 * Registers the service worker that keeps the course available offline (out/sw.js, written
 * by scripts/postbuild.ts). Only in the built site, and only once the page has loaded, so
 * precaching never competes with the first paint.
 */
export function ServiceWorkerRegistration() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const register = () => {
      navigator.serviceWorker.register("/sw.js").catch(() => {
        // Offline support is a bonus: the course works without it.
      });
    };
    if (document.readyState === "complete") register();
    else window.addEventListener("load", register, { once: true });
  }, []);
  return null;
}
