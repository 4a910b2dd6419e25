/**
 * `npm run budget`: measures a lesson page of the built site against the performance budget
 * and prints the numbers. Exit 1 when a number is over budget.
 *
 * - Lighthouse 12 (mobile preset, the default): performance, accessibility, total blocking
 *   time, cumulative layout shift, largest contentful paint. Lighthouse varies from run to
 *   run (more so on a busy 2-core machine), so it runs RUNS times and the median counts, as
 *   Lighthouse's own documentation recommends.
 * - The JavaScript the page fetches before the student starts editing, gzip-compressed.
 */
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROMIUM_ARGS, findChromium } from "./chromium-path.mjs";
import { serveOut } from "./serve-out";

const PAGE = "/lessons/why-multi-stage/";
const RUNS = Number(process.env.BUDGET_RUNS ?? 3);
const BUDGET = { performance: 95, accessibility: 100, tbtMs: 200, cls: 0.02, jsKb: 160 };

async function javascriptBeforeEditing(url: string, executablePath: string): Promise<{ files: number; gzipBytes: number }> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const bodies: Promise<Buffer>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") bodies.push(response.body());
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.waitForTimeout(1000);
  const buffers = await Promise.all(bodies);
  await browser.close();
  return { files: buffers.length, gzipBytes: buffers.reduce((sum, b) => sum + gzipSync(b).length, 0) };
}

async function runLighthouse(url: string, chromePath: string) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", ...CHROMIUM_ARGS] });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
    if (!result) throw new Error("Lighthouse returned no result");
    const { categories, audits } = result.lhr;
    return {
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? Number.NaN),
      cls: Number((audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN).toFixed(3)),
      lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? Number.NaN),
      failedA11y: Object.values(audits)
        .filter((a) => a.scoreDisplayMode === "binary" && a.score === 0 && result.lhr.categories.accessibility?.auditRefs.some((r) => r.id === a.id))
        .map((a) => a.id),
    };
  } finally {
    await chrome.kill();
  }
}

async function main() {
  const chromePath = findChromium();
  if (!chromePath) throw new Error("No Chromium: run `node scripts/ensure-chromium.mjs`.");
  const server = await serveOut(4174);
  try {
    const url = `${server.url}${PAGE}`;
    const js = await javascriptBeforeEditing(url, chromePath);
    const runs: Awaited<ReturnType<typeof runLighthouse>>[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runLighthouse(url, chromePath));
    const median = (pick: (r: (typeof runs)[number]) => number) => {
      const sorted = runs.map(pick).sort((a, b) => a - b);
      return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    };
    const lh = {
      performance: median((r) => r.performance),
      accessibility: median((r) => r.accessibility),
      tbtMs: median((r) => r.tbtMs),
      cls: median((r) => r.cls),
      lcpMs: median((r) => r.lcpMs),
      failedA11y: [...new Set(runs.flatMap((r) => r.failedA11y))],
    };
    console.log(`Lighthouse runs (performance / TBT ms): ${runs.map((r) => `${r.performance} / ${r.tbtMs}`).join(", ")}`);
    const jsKb = Math.round(js.gzipBytes / 102.4) / 10;
    const rows: [string, string, string, boolean][] = [
      ["Lighthouse performance (mobile)", String(lh.performance), `>= ${BUDGET.performance}`, lh.performance >= BUDGET.performance],
      ["Lighthouse accessibility", String(lh.accessibility), `= ${BUDGET.accessibility}`, lh.accessibility >= BUDGET.accessibility],
      ["Total blocking time", `${lh.tbtMs} ms`, `<= ${BUDGET.tbtMs} ms`, lh.tbtMs <= BUDGET.tbtMs],
      ["Cumulative layout shift", String(lh.cls), `<= ${BUDGET.cls}`, lh.cls <= BUDGET.cls],
      ["Largest contentful paint", `${lh.lcpMs} ms`, "(reported)", true],
      [`JavaScript before editing (${js.files} files, gzip)`, `${jsKb} KB`, `<= ${BUDGET.jsKb} KB`, jsKb <= BUDGET.jsKb],
    ];
    console.log(`Budget for ${PAGE} (median of ${RUNS} Lighthouse runs)`);
    for (const [name, value, limit, ok] of rows) console.log(`${ok ? "ok  " : "OVER"}  ${name.padEnd(44)} ${value.padStart(9)}   budget ${limit}`);
    if (lh.failedA11y.length) console.log(`Accessibility audits failing: ${lh.failedA11y.join(", ")}`);
    process.exitCode = rows.every((r) => r[3]) ? 0 : 1;
  } finally {
    server.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(2);
});
