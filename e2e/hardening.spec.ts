import { editorText as textOf, expect, LESSON, startEditing as startEditingIn, test } from "./fixtures";

/** The lesson's own workspace (a lesson page also holds one editor per exercise). */
const workspace = (page: import("@playwright/test").Page) => page.getByRole("region", { name: "The Dockerfile" });
const startEditing = (page: import("@playwright/test").Page, line: number) => startEditingIn(workspace(page), line);
const editorText = (page: import("@playwright/test").Page) => textOf(workspace(page));

test.describe("content security policy", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
  });

  test("every page carries a strict policy, and walking the course violates it nowhere", async ({ page }) => {
    const violations = async () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    await page.goto("/");
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toContain("script-src 'self' 'sha256-");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).toMatch(/script-src [^;]*/);
    expect(/script-src [^;]*/.exec(policy ?? "")?.[0]).not.toContain("unsafe-inline");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("worker-src 'self'");
    expect(await violations()).toEqual([]);

    await page.goto(LESSON);
    await startEditing(page, 25);
    await page.keyboard.type("# csp ");
    await expect.poll(() => editorText(page)).toContain("# csp");
    const compare = page.getByRole("region", { name: "Compare single-stage and multi-stage" });
    await compare.scrollIntoViewIfNeeded();
    await expect(compare.locator('[data-diff-ready="true"]')).toBeAttached();
    expect(await violations()).toEqual([]);

    for (const path of ["/playground/", `${LESSON}present/`, "/rules/"]) {
      const response = await page.goto(path);
      if (response?.status() === 404) continue; // a route that does not exist yet is not a violation
      await page.waitForLoadState("networkidle");
      expect(await violations(), path).toEqual([]);
    }
  });
});

test.describe("offline after the first visit", () => {
  // Next prefetches the header's links; with the network cut those prefetches fail, harmlessly.
  test.use({ serviceWorkers: "allow", expectedConsoleErrors: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/] });

  test("a student who opened the course once can open another lesson offline, editor included", async ({ page, context }) => {
    await page.goto("/");
    // Wait until the service worker controls the page and has precached the course.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect
      .poll(async () => page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (k) => (await (await caches.open(k)).keys()).length))).reduce((a, b) => a + b, 0)), { timeout: 30_000 })
      .toBeGreaterThan(50);
    await context.setOffline(true);
    await page.goto("/lessons/naming-stages/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Naming stages");
    await startEditing(page, 1);
    await page.keyboard.type("# offline ");
    await expect.poll(() => editorText(page)).toContain("# offline");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Naming stages");
    await context.setOffline(false);
  });
});
