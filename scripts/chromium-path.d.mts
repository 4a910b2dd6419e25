/** Debian's Chromium first, else Playwright's own download, else null. */
export function findChromium(): string | null;
/** Flags that keep Chromium from reaching for the network or a GPU. */
export const CHROMIUM_ARGS: string[];
