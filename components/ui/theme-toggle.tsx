"use client";
import { useEffect, useState } from "react";
import { isTheme, THEME_STORAGE_KEY, THEMES, type Theme } from "@/lib/browser/theme";

type Choice = Theme | "system";

function systemTheme(): Theme {
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function readChoice(): Choice {
  try {
    const saved = window.localStorage.getItem(THEME_STORAGE_KEY);
    return isTheme(saved) ? saved : "system";
  } catch {
    return "system";
  }
}

/** The page theme: system, light, dark or high contrast, remembered in this browser. */
export function ThemeToggle({ className = "" }: { className?: string }) {
  // The server renders "system"; the saved choice is read after hydration (the inline script
  // in the layout has already applied it to <html>).
  const [choice, setChoice] = useState<Choice>("system");
  useEffect(() => setChoice(readChoice()), []);

  useEffect(() => {
    if (choice !== "system") return;
    const query = window.matchMedia("(prefers-color-scheme: dark)");
    const follow = () => (document.documentElement.dataset.theme = systemTheme());
    query.addEventListener("change", follow);
    return () => query.removeEventListener("change", follow);
  }, [choice]);

  function choose(next: Choice) {
    setChoice(next);
    try {
      if (next === "system") window.localStorage.removeItem(THEME_STORAGE_KEY);
      else window.localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      // Storage unavailable: the theme still applies to this page.
    }
    document.documentElement.dataset.theme = next === "system" ? systemTheme() : next;
  }

  return (
    <select
      aria-label="Theme"
      value={choice}
      onChange={(e) => choose(e.target.value as Choice)}
      className={`min-h-9 rounded-md border border-border bg-surface px-2 text-sm text-text ${className}`}
    >
      <option value="system">Theme: system</option>
      {THEMES.map((t) => (
        <option key={t.value} value={t.value}>
          Theme: {t.label.toLowerCase()}
        </option>
      ))}
    </select>
  );
}
