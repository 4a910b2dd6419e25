/**
 * Page themes (classroom mode). The choice lives in localStorage; without one the page follows
 * the system's `prefers-color-scheme`. Themes only redefine the CSS variables in app/globals.css.
 */
export type Theme = "light" | "dark" | "contrast";

/** The themes, in the order the toggle offers them. */
export const THEMES: { value: Theme; label: string }[] = [
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
  { value: "contrast", label: "High contrast" },
];

export const THEME_STORAGE_KEY = "stagecraft:theme";

export function isTheme(value: unknown): value is Theme {
  return value === "light" || value === "dark" || value === "contrast";
}

/**
 * Runs before first paint (inline in <head>), so a dark page never flashes light. Kept tiny and
 * static: a strict CSP can allow it by its hash.
 */
export const THEME_SCRIPT = `try{var t=localStorage.getItem("${THEME_STORAGE_KEY}")}catch(e){}document.documentElement.dataset.theme=t==="light"||t==="dark"||t==="contrast"?t:matchMedia("(prefers-color-scheme: dark)").matches?"dark":"light"`;
