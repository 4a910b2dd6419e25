import ms from "ms";

/** The text the server answers with, given how long it has been running (milliseconds). */
export function greeting(uptimeMs: number): string {
  return `Hello from Node.js! Up for ${ms(uptimeMs, { long: true })}.`;
}
