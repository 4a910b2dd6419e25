/**
 * Serves out/ compressed on a loopback port for scripts that measure the built site, as a
 * real static host would serve it. Returns the URL and a function that stops the server.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

export async function serveOut(port: number): Promise<{ url: string; stop: () => void }> {
  if (!existsSync("out/index.html")) throw new Error("out/ is missing: run `npm run build` first.");
  const child = spawn("npx", ["serve", "out", "--listen", String(port), "--no-port-switching", "--no-clipboard"], {
    stdio: "ignore",
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`${url}/`);
      if (res.ok) return { url, stop: () => process.kill(-(child.pid ?? 0), "SIGTERM") };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  process.kill(-(child.pid ?? 0), "SIGTERM");
  throw new Error(`serve did not start on port ${port}`);
}
