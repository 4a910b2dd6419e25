/**
 * Live analysis pauses above these sizes: the analysis and graph layout of 5,000 lines take
 * about 200 ms on this project's reference machine, and typing must never wait on them.
 * The text stays fully editable.
 */
export const MAX_ANALYSIS_LINES = 5_000;
export const MAX_ANALYSIS_CHARS = 200_000;

/** Why live analysis is paused for a text, or null when it runs. */
export function analysisPausedReason(text: string): string | null {
  const lines = text.split("\n").length;
  if (lines <= MAX_ANALYSIS_LINES && text.length <= MAX_ANALYSIS_CHARS) return null;
  return `Live analysis is paused: this Dockerfile has ${lines.toLocaleString("en")} lines and ${text.length.toLocaleString("en")} characters, more than the ${MAX_ANALYSIS_LINES.toLocaleString("en")} lines or ${(MAX_ANALYSIS_CHARS / 1000).toLocaleString("en")} KB it analyses while you type. You can keep editing; shorten it to bring the analysis back.`;
}
