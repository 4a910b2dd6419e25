import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { cacheName } from "../lib/browser/service-worker/strategy";
import { deriveDeploy, type DerivedDeploy } from "../scripts/derive-deploy";
import { precacheList } from "../scripts/postbuild";
import { startDeployServer, type DeployServer } from "./deploy-server";
import { editorText, expect, LESSON, startEditing, staticLine, test as base } from "./fixtures";

/**
 * An instructor deploys a corrected lesson mid-week while students have tabs open. Deploy 1 is
 * the built site (out/); deploy 2 is derived from it (scripts/derive-deploy.ts): lesson 1's
 * summary says "ship just the binary" instead of "ship only the binary", every hashed build
 * file and the build id have new names (so no chunk a deploy-1 tab may still ask for is on
 * the host any more), and its service worker has its own cache version. One test-controlled
 * host serves both from one origin and switches which is live.
 */
const OLD_TEXT = "ship only the binary";
const NEW_TEXT = "ship just the binary";

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
      const derived = deriveDeploy(one, two, [{ from: OLD_TEXT, to: NEW_TEXT }]);
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

/** The lesson's own workspace (a lesson page also holds one editor per exercise). */
const workspace = (page: Page) => page.getByRole("region", { name: "The Dockerfile" });
const exercise = (page: Page) => page.getByRole("region", { name: /^Exercise 1: Split the build into two stages/ });

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

  // fixme: fails after the walkthrough merge (issue 13); to adapt — see the closing note of stop 19.
  test.fixme("a tab opened on deploy 1 keeps working after deploy 2 goes live; reloading shows deploy 2, offline too, and deploy 1's cache goes with its last tab", async ({
    page,
    context,
    host,
    deploys,
  }) => {
    test.setTimeout(90_000);
    const others: string[] = [];

    // Monday: a first visit. The tab is left open; it has loaded none of the lazy parts yet.
    await page.goto(LESSON);
    await expect(page.locator("main")).toContainText(OLD_TEXT);
    // The worker precaches deploy 1, all of it.
    await expect.poll(() => cacheContents(page), { timeout: 30_000 }).toEqual([[cacheName(deploys.versionOne), precacheList(deploys.one).length]]);

    // In a second tab the student solves the lesson's first exercise: a saved edit and progress.
    const other = await context.newPage();
    watchErrors(other, others);
    await other.goto(LESSON);
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

    // The open tab still loads the editor, the live analysis, the image estimate, the diff and the checker.
    const ws = workspace(page);
    await startEditing(ws, 1);
    await page.keyboard.press("Control+Home");
    await page.keyboard.type("FROM alpine:3.20 AS after-deploy\n");
    await expect.poll(() => editorText(ws)).toContain("FROM alpine:3.20 AS after-deploy");
    await expect(ws.getByRole("list", { name: "Stage graph" }).locator('[data-stage="after-deploy"]').first()).toBeAttached();
    await ws.getByRole("combobox", { name: "Target" }).selectOption("after-deploy");
    await expect(ws.getByRole("region", { name: "Build log" })).toContainText("--target after-deploy");
    const compare = page.getByRole("region", { name: "Compare single-stage and multi-stage" });
    await compare.scrollIntoViewIfNeeded();
    await expect(compare.locator('[data-diff-ready="true"]')).toBeAttached();
    await exercise(page).getByRole("button", { name: "Check", exact: true }).click();
    await expect(exercise(page).getByRole("status").filter({ hasText: /checks? pass/ })).toHaveText(/^\d+ of \d+ checks pass\.$/);
    await expect(page.getByTestId("part-load-notice")).toHaveCount(0);
    await expect(ws.getByRole("status").filter({ hasText: "Saved in this browser" })).toBeVisible();

    // Reloading shows deploy 2's text, with the edits and the progress kept.
    await page.reload();
    await expect(page.locator("main")).toContainText(NEW_TEXT);
    await expect(staticLine(workspace(page), 1)).toContainText("FROM alpine:3.20 AS after-deploy");
    await expect(staticLine(exercise(page), 1)).toContainText("# Build Stage");
    await expect(exercise(page).getByText(/^✓\s*Solved$/)).toBeVisible();

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
    await expect(later.locator("main")).toContainText(NEW_TEXT);
    await expect(staticLine(workspace(later), 1)).toContainText("FROM alpine:3.20 AS after-deploy");
    await expect.poll(async () => (await cacheContents(later)).map(([name]) => name), { timeout: 15_000 }).toEqual([cacheName(deploys.derived.version)]);
    await startEditing(workspace(later), 2);
    await later.keyboard.type("# offline on deploy 2 ");
    await expect.poll(() => editorText(workspace(later))).toContain("# offline on deploy 2");
    await context.setOffline(false);
    expect(others, "console errors in the other tabs").toEqual([]);
  });
});

test.describe("a deploy-1 chunk the host no longer has", () => {
  // No service worker (a browser that blocks it, or a tab opened before it was installed).
  test.use({ serviceWorkers: "block", expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 404|ChunkLoadError|Failed to load chunk/] });

  // fixme: fails after the walkthrough merge (issue 13); to adapt — see the closing note of stop 19.
  test.fixme("the page says which part could not load and offers a reload, and nothing typed is lost", async ({ page, host }) => {
    await page.goto(LESSON);
    const ws = workspace(page);
    await startEditing(ws, 1);
    await page.keyboard.type("# typed on deploy 1\n");
    await expect(ws.getByRole("status").filter({ hasText: "Saved in this browser" })).toBeVisible();

    host.goLive("two");
    await exercise(page).getByRole("button", { name: "Check", exact: true }).click();
    const notice = exercise(page).getByRole("alert");
    await expect(notice).toContainText("This part of the page could not load: the exercise checker.");
    await expect(notice).toContainText("The site may have been updated since this page was opened");

    // Typed just before the reload, inside the save delay: the Reload button saves it first.
    await ws.locator(".monaco-editor").click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type("# typed after the deploy");
    await notice.getByRole("button", { name: "Reload the page" }).click();
    await expect(page.locator("main")).toContainText(NEW_TEXT);
    const lines = workspace(page).getByLabel("Dockerfile (press Enter to edit)");
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
