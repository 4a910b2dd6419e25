/**
 * `npm run bench:session`: a long session in one tab, as a student's 90-minute lab: 1,000 edits
 * (typing, pasting, deleting, undoing) and 50 target changes, on lesson 1 and on the
 * playground, in Chromium on the built site. Prints the JavaScript heap after a forced garbage
 * collection (Chrome DevTools Protocol: HeapProfiler.collectGarbage, Runtime.getHeapUsage) at
 * the start, after every 250 edits and at the end, with the page's event listeners and DOM
 * nodes (Performance.getMetrics) and Monaco's editors, models, decorations and markers; and,
 * from heap snapshots, what the second half of the session kept besides compiled code.
 *
 * The edits come in cycles of four that leave the text as it was (type a line, paste two,
 * undo the paste, delete the typed line), so whatever the heap keeps growing by is not the
 * Dockerfile itself. A target change comes every 20 edits, between cycles. Exits 1 when a bound in BOUNDS is passed.
 *
 *   npm run bench:session              SESSION_PORT=4176 by default
 */
import { chromium, type CDPSession, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./chromium-path.mjs";
import { serveOut } from "./serve-out";

const EDITS = Number(process.env.SESSION_EDITS ?? 1_000);
const TARGET_CHANGES = EDITS / 20;
const REPORT_EVERY = EDITS / 4;
/** Edits before the first measurement: the analysis and simulation modules load with the first edits, and are not part of the session's growth. */
const WARM_UP_CYCLES = 5;

/**
 * What a session may grow by, each figure after a forced GC. Why these:
 * - The text is the same at the start and the end, so what a session legitimately keeps is
 *   Monaco's undo stack: a heap-snapshot comparison over 200 edits (start vs. end, grouped by
 *   constructor) found one small edit element and one ArrayBuffer per edit, ~250 bytes, i.e.
 *   ~0.25 MB per 1,000 edits. Most of what usedSize gains in the first few hundred edits is
 *   V8's compiled code for the paths the edits heat up (1.75 MB of the 2.03 MB gained over
 *   those 200 edits was "code"); it levels off once they are optimised.
 * - So the end may be at most 1.5x the start (the warm-up measured 1.25x), and the last 500
 *   edits may add at most 0.5 MB besides compiled code, by heap snapshots at 500 edits and at
 *   the end (1 KB per edit: four times the undo stack's share; a leaked closure per edit that
 *   holds an analysis model, tens of KB for lesson 1, adds megabytes).
 * - Event listeners and DOM nodes: the page shows the same at the start and the end, so
 *   growth beyond 10% (Monaco's hover and suggest widgets, made on first use) is a leak.
 * - Monaco: one model per editor, the same editors at the end as at the start, and
 *   decorations bounded (a collection never cleared grows with every change).
 */
const BOUNDS = { heapRatio: 1.5, lateSlopeBytes: 500_000, listenerGrowth: 0.1, nodeGrowth: 0.1 };

interface MonacoCounts {
  editors: number;
  models: number;
  decorations: number;
  markers: number;
}

interface Sample {
  edits: number;
  heapUsed: number;
  heapTotal: number;
  listeners: number;
  nodes: number;
  monaco: MonacoCounts | null;
}

async function sample(page: Page, cdp: CDPSession, edits: number): Promise<Sample> {
  // Let the analysis, the simulation (250 ms after the last change) and React settle first.
  await page.waitForTimeout(800);
  for (let i = 0; i < 3; i++) await cdp.send("HeapProfiler.collectGarbage");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  const monaco = await page.evaluate(() => (window as Window & { __stagecraftMonacoCounts?: () => MonacoCounts }).__stagecraftMonacoCounts?.() ?? null);
  return { edits, heapUsed: heap.usedSize, heapTotal: heap.totalSize, listeners: metric("JSEventListeners"), nodes: metric("Nodes"), monaco };
}

/**
 * A heap snapshot's total self size, and how much of it is compiled code (V8 compiles hot
 * paths as a session warms up: that is not something the page keeps).
 */
async function snapshotSizes(cdp: CDPSession): Promise<{ total: number; code: number }> {
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on("HeapProfiler.addHeapSnapshotChunk", onChunk);
  await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  cdp.off("HeapProfiler.addHeapSnapshotChunk", onChunk);
  const snapshot = JSON.parse(chunks.join("")) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[] };
  const fields = snapshot.snapshot.meta.node_fields;
  const typeNames = snapshot.snapshot.meta.node_types[0];
  const [typeAt, sizeAt, width] = [fields.indexOf("type"), fields.indexOf("self_size"), fields.length];
  let total = 0;
  let code = 0;
  for (let i = 0; i < snapshot.nodes.length; i += width) {
    const size = snapshot.nodes[i + sizeAt] ?? 0;
    total += size;
    if (typeNames[snapshot.nodes[i + typeAt] ?? 0] === "code") code += size;
  }
  return { total, code };
}

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

function print(s: Sample, label: string) {
  const m = s.monaco;
  console.log(
    `  ${label.padEnd(12)} heap ${mb(s.heapUsed).padStart(9)} (of ${mb(s.heapTotal)})  listeners ${String(s.listeners).padStart(5)}  DOM nodes ${String(s.nodes).padStart(6)}` +
      (m ? `  Monaco: ${m.editors} editor(s), ${m.models} model(s), ${m.decorations} decorations, ${m.markers} markers` : "  Monaco: not readable"),
  );
}

/** Pastes text into the focused editor the way a browser does (TOOLCHAIN.md: insertText of large text crashes Chromium). */
async function paste(page: Page, text: string) {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    document.activeElement?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/**
 * Edit number `n` (0-based). Every four leave the text as it was: type a line at the end,
 * paste two lines after it, undo the paste, delete the typed line.
 */
async function edit(page: Page, n: number) {
  const step = n % 4;
  if (step === 0) {
    await page.getByRole("textbox", { name: "Dockerfile editor" }).first().focus();
    await page.keyboard.press("Escape"); // a suggestion left open would take the Enter
    await page.keyboard.press("Control+End");
    await page.keyboard.press("Enter");
    await page.keyboard.type(`RUN echo step${n % 97}`);
  } else if (step === 1) {
    await paste(page, `\nENV K${n % 89}=v\nLABEL k${n % 83}=v`);
  } else if (step === 2) {
    await page.keyboard.press("Control+z");
  } else {
    // The typed line is the last: Delete Line takes the line break before it too.
    await page.keyboard.press("Control+Shift+k");
  }
}

async function session(page: Page, url: string, name: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await page.goto(url);
  // The first code view of the page: the lesson's own (before the exercises), or the playground's.
  await page.getByLabel("Dockerfile (press Enter to edit)").first().locator('[data-line="1"]').click();
  await page.locator('[data-editor-state="ready"]').first().waitFor();
  // A lesson's Target control is in its workbench's Stages tab (lesson 1 opens on Image).
  const stagesTab = page.getByRole("tab", { name: "Stages", exact: true });
  if ((await stagesTab.count()) > 0) await stagesTab.click();
  const original = await page.evaluate(() => document.querySelector("[data-analysis-text-length]")?.getAttribute("data-analysis-text-length"));
  const target = page.getByRole("combobox", { name: "Target" }).first();
  const targets = (await target.locator("option").evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).slice(0, 2);

  console.log(`\n${name} (${url})`);
  const loaded = await sample(page, cdp, 0);
  print(loaded, "editor open");
  for (let i = 0; i < WARM_UP_CYCLES * 4; i++) await edit(page, i);
  await target.selectOption(targets[1] ?? "");
  await target.selectOption(targets[0] ?? "");
  const samples = [await sample(page, cdp, 0)];
  print(samples[0] as Sample, "start");

  const everyTarget = EDITS / TARGET_CHANGES;
  let changes = 0;
  let midSnapshot = { total: 0, code: 0 };
  for (let edits = 1; edits <= EDITS; edits++) {
    await edit(page, edits - 1);
    if (edits % everyTarget === 0) {
      await target.selectOption(targets[(++changes) % targets.length] ?? "");
    }
    if (edits === EDITS / 2) midSnapshot = await snapshotSizes(cdp);
    if (edits % REPORT_EVERY === 0) {
      const s = await sample(page, cdp, edits);
      samples.push(s);
      print(s, edits === EDITS ? `end (${edits})` : `${edits} edits`);
    }
  }
  const endSnapshot = await snapshotSizes(cdp);
  const after = await page.evaluate(() => document.querySelector("[data-analysis-text-length]")?.getAttribute("data-analysis-text-length"));
  const problems: string[] = [];
  if (after !== original) problems.push(`${name}: the text did not come back to its original length (${original} → ${after}): the edit cycle is off`);
  if (changes !== TARGET_CHANGES) problems.push(`${name}: ${changes} target changes, not ${TARGET_CHANGES}`);

  const start = samples[0] as Sample;
  const end = samples[samples.length - 1] as Sample;
  const middle = samples.find((s) => s.edits === EDITS / 2) ?? start;
  const growth = end.heapUsed - start.heapUsed;
  const late = end.heapUsed - middle.heapUsed;
  const kept = endSnapshot.total - endSnapshot.code - (midSnapshot.total - midSnapshot.code);
  const ratio = end.heapUsed / start.heapUsed;
  console.log(
    `  heap start → end +${mb(growth)}, ${ratio.toFixed(2)}x (bound ${BOUNDS.heapRatio}x); last ${EDITS / 2} edits +${mb(late)}, of which not compiled code ` +
      `${kept >= 0 ? "+" : ""}${mb(kept)} = ${Math.round(kept / (EDITS / 2))} bytes per edit (bound ${mb(BOUNDS.lateSlopeBytes)}); ${changes} target changes`,
  );
  if (ratio > BOUNDS.heapRatio) problems.push(`${name}: heap grew ${ratio.toFixed(2)}x over ${EDITS} edits (bound ${BOUNDS.heapRatio}x)`);
  if (kept > BOUNDS.lateSlopeBytes) problems.push(`${name}: the last ${EDITS / 2} edits kept ${mb(kept)} besides compiled code (bound ${mb(BOUNDS.lateSlopeBytes)})`);
  if (end.listeners > start.listeners * (1 + BOUNDS.listenerGrowth)) problems.push(`${name}: event listeners ${start.listeners} → ${end.listeners}`);
  if (end.nodes > start.nodes * (1 + BOUNDS.nodeGrowth)) problems.push(`${name}: DOM nodes ${start.nodes} → ${end.nodes}`);
  if (start.monaco && end.monaco) {
    if (end.monaco.models !== end.monaco.editors) problems.push(`${name}: ${end.monaco.models} Monaco models for ${end.monaco.editors} editors`);
    if (end.monaco.editors !== start.monaco.editors) problems.push(`${name}: Monaco editors ${start.monaco.editors} → ${end.monaco.editors}`);
    if (end.monaco.decorations > start.monaco.decorations * 2 + 20) problems.push(`${name}: Monaco decorations ${start.monaco.decorations} → ${end.monaco.decorations}`);
  } else {
    problems.push(`${name}: Monaco's counts could not be read`);
  }
  await cdp.detach();
  return problems;
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium: run `node scripts/ensure-chromium.mjs`.");
  const server = await serveOut(Number(process.env.SESSION_PORT ?? 4176));
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS, "--js-flags=--expose-gc"] });
  const problems: string[] = [];
  try {
    for (const [name, path] of [
      ["lesson 1", "/lessons/why-multi-stage/"],
      ["playground", "/playground/"],
    ] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => void (m.type() === "error" && !/net::ERR_ABORTED/.test(m.text()) && errors.push(m.text())));
      problems.push(...(await session(page, `${server.url}${path}`, name)));
      problems.push(...errors.map((e) => `${name}: console error: ${e}`));
      await page.close();
    }
  } finally {
    await browser.close();
    server.stop();
  }
  if (problems.length > 0) {
    console.log(`\nFAIL\n${problems.map((p) => `  ${p}`).join("\n")}`);
    process.exit(1);
  }
  console.log("\nok: no growth past the bounds");
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
