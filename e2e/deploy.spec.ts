import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { cacheName } from "../lib/browser/service-worker/strategy";
import { deriveDeploy, type DerivedDeploy } from "../scripts/derive-deploy";
import { precacheList } from "../scripts/postbuild";
import { startDeployServer, type DeployServer } from "./deploy-server";
import { editorText, expect, LESSON, openTab, startEditing, staticLine, test as base, workbench } from "./fixtures";

/**
 * An instructor deploys a corrected lesson mid-week while students have tabs open. Deploy 1 is
 * the built site (out/); deploy 2 is derived from it (scripts/derive-deploy.ts): lesson 1's
 * summary says "ship just the binary" instead of "ship only the binary" (on the course page)
 * and its problem "That works." instead of "This works." (on the lesson page), every hashed build
 * file and the build id have new names (so no chunk a deploy-1 tab may still ask for is on
 * the host any more), and its service worker has its own cache version. One test-controlled
 * host serves both from one origin and switches which is live.
 */
const OLD_TEXT = "ship only the binary";
const NEW_TEXT = "ship just the binary";
/** Lesson 1's problem, as its page opens with it (the summary is on the course page only). */
const OLD_HOOK = "This works. It ships a compiler.";
const NEW_HOOK = "That works. It ships a compiler.";

interface Deploys {
  one: string;
  two: string;
  derived: DerivedDeploy;
  /** The service-worker version of deploy 1, as out/sw.js names its cache. */
  versionOne: string;
  /** Deploy 1's chunk holding Monaco, the editor, by its URL. */
  editorChunk: string;
}

const test = base.extend<{ host: DeployServer }, { deploys: Deploys }>({
  deploys: [
    // Playwright reads a fixture's dependencies from its first parameter: none here.
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const one = path.resolve("out");
      const two = mkdtempSync(path.join(tmpdir(), "stagecraft-deploy-2-"));
      const derived = deriveDeploy(one, two, [
        { from: OLD_TEXT, to: NEW_TEXT },
        { from: OLD_HOOK, to: NEW_HOOK },
      ]);
      const versionOne = /"([0-9a-f]{16})"/.exec(readFileSync(path.join(one, "sw.js"), "utf8"))?.[1] ?? "";
      const chunks = path.join(one, "_next", "static", "chunks");
      const editor = readdirSync(chunks).find((name) => name.endsWith(".js") && readFileSync(path.join(chunks, name), "utf8").includes("MonacoEnvironment"));
      await provide({ one, two, derived, versionOne, editorChunk: `/_next/static/chunks/${editor}` });
      rmSync(two, { recursive: true, force: true });
    },
    { scope: "worker" },
  ],
  host: async ({ deploys }, provide) => {
    const host = await startDeployServer({ one: deploys.one, two: deploys.two }, "one");
    await provide(host);
    await host.close();
  },
  baseURL: async ({ host }, provide) => provide(host.url),
});

/** Lesson 1's step that holds its first exercise. */
const EXERCISE_STEP = `${LESSON}?step=split-it-yourself`;
/** The lesson's first exercise, as its step shows it in the workbench. */
const exercise = (page: Page) => workbench(page).getByRole("region", { name: /^Exercise 1: Split the build into two stages/ });

/** The course's caches in this browser: name → number of entries. */
const cacheContents = (page: Page) =>
  page.evaluate(async () => Promise.all((await caches.keys()).map(async (name) => [name, (await (await caches.open(name)).keys()).length] as const)));

/** Console errors of a page other than the fixture's (which its guard checks). */
function watchErrors(page: Page, errors: string[], expected: RegExp[] = []) {
  page.on("console", (m) => {
    if (m.type() === "error" && !/net::ERR_ABORTED/.test(m.text()) && !expected.some((e) => e.test(m.text()))) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
}

test.describe("a deploy while students work", () => {
  // Offline, Next's prefetches of the header's links fail, harmlessly.
  test.use({ serviceWorkers: "allow", expectedConsoleErrors: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/] });

  test("a tab opened on deploy 1 keeps working after deploy 2 goes live; reloading shows deploy 2, offline too, and deploy 1's cache goes with its last tab", async ({
    page,
    context,
    host,
    deploys,
  }) => {
    test.setTimeout(120_000);
    const others: string[] = [];

    // Monday: a first visit. The tab is left open; it has loaded none of the lazy parts yet.
    await page.goto(LESSON);
    await expect(page.getByTestId("hook-sentence")).toContainText(OLD_HOOK);
    // The worker precaches deploy 1, all of it.
    await expect.poll(() => cacheContents(page), { timeout: 30_000 }).toEqual([[cacheName(deploys.versionOne), precacheList(deploys.one).length]]);

    // In a second tab the student solves the lesson's first exercise: a saved edit and progress.
    const other = await context.newPage();
    watchErrors(other, others);
    await other.goto(EXERCISE_STEP);
    const ex = exercise(other);
    await ex.getByRole("button", { name: "Show solution" }).click();
    await ex.getByRole("button", { name: "Yes, show the solution" }).click();
    await ex.getByRole("button", { name: "Load the solution into the editor" }).click();
    await ex.getByRole("button", { name: "Check", exact: true }).click();
    await expect(ex.getByRole("status").filter({ hasText: /checks? pass/ })).toHaveText(/^Solved! All \d+ checks pass\.$/);
    await expect(staticLine(ex, 1)).toContainText("# Build Stage");
    await other.close();

    // Wednesday: deploy 2 goes live. None of deploy 1's chunks is on the host any more.
    host.goLive("two");
    expect((await fetch(`${host.url}${deploys.editorChunk}`)).status).toBe(404);

    // The open tab still loads the editor, the live analysis, every workbench tab, the diff and the exercise with its checker.
    const ws = workbench(page);
    await startEditing(ws, 1);
    await page.keyboard.press("Control+Home");
    await page.keyboard.type("FROM alpine:3.20 AS after-deploy\n");
    await expect.poll(() => editorText(ws)).toContain("FROM alpine:3.20 AS after-deploy");
    await expect(ws.getByRole("status").filter({ hasText: "Saved in this browser" })).toBeVisible();
    await openTab(page, "Stages");
    await expect(ws.getByRole("list", { name: "Stage graph" }).locator('[data-stage="after-deploy"]').first()).toBeAttached();
    await ws.getByRole("combobox", { name: "Target" }).selectOption("after-deploy");
    await openTab(page, "Log");
    await expect(ws.getByTestId("build-log")).toContainText("--target after-deploy");
    await openTab(page, "Run");
    await expect(ws.getByTestId("run-panel")).toBeVisible();
    await openTab(page, "Diff");
    await expect(ws.locator('[data-diff-ready="true"]')).toBeAttached();
    await page.locator('[data-step="split-it-yourself"]').getByRole("button", { name: "Open the exercise" }).click();
    await exercise(page).getByRole("button", { name: "Check", exact: true }).click();
    await expect(exercise(page).getByRole("status").filter({ hasText: /checks? pass/ })).toHaveText(/^Solved! All \d+ checks pass\.$/);
    await expect(page.getByTestId("part-load-notice")).toHaveCount(0);

    // Reloading (at the exercise's step, which the address keeps) shows deploy 2's text, with the edits and the progress kept.
    await page.reload();
    await expect(page.getByTestId("hook-sentence")).toContainText(NEW_HOOK);
    await expect(staticLine(exercise(page), 1)).toContainText("# Build Stage");
    await expect(exercise(page).getByText(/^✓\s*Solved$/)).toBeVisible();
    await workbench(page).getByRole("button", { name: "Step 5's Dockerfile" }).click();
    await expect(staticLine(workbench(page), 1)).toContainText("FROM alpine:3.20 AS after-deploy");

    // The reload found deploy 2's worker; it precaches deploy 2 and waits for deploy 1's tab to close.
    await expect
      .poll(async () => (await cacheContents(page)).map(([name, entries]) => `${name} ${entries > 0 ? "filled" : "empty"}`), { timeout: 30_000 })
      .toEqual([`${cacheName(deploys.versionOne)} filled`, `${cacheName(deploys.derived.version)} filled`]);

    // Offline, with deploy 1's worker still in charge of this tab, deploy 2 is what opens.
    await context.setOffline(true);
    await page.goto("/");
    await expect(page.locator("main")).toContainText(NEW_TEXT);
    await expect(page.locator("main")).not.toContainText(OLD_TEXT);
    await expect(page.locator('[data-lesson-progress="why-multi-stage"]')).toContainText("Visited");
    await expect(page.locator('[data-lesson-progress="why-multi-stage"]')).toContainText(/1 of \d+ exercises? solved/);

    // Deploy 1's last tab closes: its worker and its cache go; deploy 2 opens offline.
    await page.close();
    const later = await context.newPage();
    watchErrors(later, others, [/ERR_INTERNET_DISCONNECTED/]);
    await later.goto(LESSON);
    await expect(later.getByTestId("hook-sentence")).toContainText(NEW_HOOK);
    await expect(staticLine(workbench(later), 1)).toContainText("FROM alpine:3.20 AS after-deploy");
    await expect.poll(async () => (await cacheContents(later)).map(([name]) => name), { timeout: 15_000 }).toEqual([cacheName(deploys.derived.version)]);
    await startEditing(workbench(later), 2);
    await later.keyboard.type("# offline on deploy 2 ");
    await expect.poll(() => editorText(workbench(later))).toContain("# offline on deploy 2");
    await context.setOffline(false);
    expect(others, "console errors in the other tabs").toEqual([]);
  });
});

test.describe("a deploy-1 chunk the host no longer has", () => {
  // No service worker (a browser that blocks it, or a tab opened before it was installed).
  test.use({ serviceWorkers: "block", expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 404|ChunkLoadError|Failed to load chunk/] });

  test("the page says which part could not load and offers a reload, and nothing typed is lost", async ({ page, host }) => {
    await page.goto(LESSON);
    const ws = workbench(page);
    await startEditing(ws, 1);
    await page.keyboard.type("# typed on deploy 1\n");
    await expect(ws.getByRole("status").filter({ hasText: "Saved in this browser" })).toBeVisible();
    // Everything the typing needs has loaded (the image estimate, in the open Image tab, comes last, after a pause).
    await expect(ws.getByTestId("simulation")).toHaveAttribute("aria-busy", "false");

    // The Log tab's code loads when the tab is first opened: after the deploy it is gone.
    host.goLive("two");
    await openTab(page, "Log");
    const notice = ws.getByRole("tabpanel").getByRole("alert");
    await expect(notice).toContainText("This part of the page could not load: the build log.");
    await expect(notice).toContainText("The site may have been updated since this page was opened");
    expect(host.log.some((r) => r.deploy === "two" && r.status === 404 && r.path.startsWith("/_next/static/chunks/"))).toBe(true);

    // Typed just before the reload, inside the save delay: nothing is lost on the way.
    await ws.locator(".monaco-editor").click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("# typed after the deploy");
    await notice.getByRole("button", { name: "Reload the page" }).click();
    await expect(page.getByTestId("hook-sentence")).toContainText(NEW_HOOK);
    const lines = workbench(page).getByLabel("Dockerfile (press Enter to edit)");
    await expect(lines).toContainText("# typed on deploy 1");
    await expect(lines).toContainText("# typed after the deploy");
  });

  test("the playground keeps what was typed when an example cannot load after a deploy", async ({ page, host }) => {
    await page.goto("/playground/");
    await startEditing(page, 1);
    await page.keyboard.type("# my playground\n");
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#v1=/);
    // Everything the typing needs has loaded (the image estimate comes last, after a pause).
    await expect(page.getByTestId("simulation")).toHaveAttribute("aria-busy", "false");

    host.goLive("two");
    await page.getByLabel("Example").selectOption({ index: 1 });
    await page.getByRole("button", { name: "Load example" }).click();
    const notice = page.getByRole("alert").filter({ hasText: "This part of the page could not load" });
    await expect(notice).toContainText("the live analysis");
    await notice.getByRole("button", { name: "Reload the page" }).click();
    await expect(page.getByLabel("Dockerfile (press Enter to edit)").locator('[data-line="1"]')).toContainText("# my playground");
  });
});
