import { editorText as textOf, expect, FINISHED_LESSON, LESSON, openTab, startEditing as startEditingIn, test } from "./fixtures";

/** The lesson's own workspace (a lesson page also holds one editor per exercise). */
const workspace = (page: import("@playwright/test").Page) => page.getByRole("complementary", { name: "Workbench" });
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

    // The lesson: the editor (Monaco and its worker), then every workbench tab, each of which
    // loads its own code (the graph, the Target control, the log, the run, Monaco's diff editor).
    await page.goto(FINISHED_LESSON);
    await startEditing(page, 2);
    await page.keyboard.type("# csp ");
    await expect.poll(() => editorText(page)).toContain("# csp");
    await openTab(page, "Stages");
    await expect(workspace(page).getByRole("list", { name: "Stage graph" }).locator('[data-stage="build"]')).toBeVisible();
    await expect(workspace(page).getByRole("combobox", { name: "Target" })).toBeVisible();
    await openTab(page, "Problems");
    await expect(workspace(page).getByRole("tabpanel")).toContainText("No problems");
    await openTab(page, "Image");
    await expect(workspace(page).getByTestId("simulation")).toContainText("8.34MB");
    await openTab(page, "Log");
    await expect(workspace(page).getByTestId("log-buildkit")).toContainText("COPY --from=build /app/build/hello .");
    await openTab(page, "Run");
    await expect(workspace(page).getByTestId("run-panel")).toBeVisible();
    await openTab(page, "Diff");
    await expect(workspace(page).locator('[data-diff-ready="true"]')).toBeAttached();
    await expect(workspace(page).locator(".monaco-diff-editor .line-insert").first()).toBeVisible();
    await expect(page.getByTestId("part-load-notice")).toHaveCount(0);
    expect(await violations()).toEqual([]);

    for (const path of ["/playground/", `${LESSON}present/`, "/rules/"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
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

test.describe("storage faults", () => {
  /** Where the walkthrough keeps the student's edits of lesson 1, and where the one-page lesson kept them. */
  const WALKTHROUGH_KEY = "stagecraft:v1:lesson:why-multi-stage:walkthrough";
  const ONE_PAGE_KEY = "stagecraft:v1:lesson:why-multi-stage:dockerfile";

  test("localStorage that throws: every page loads, editing works, and the student is told edits cannot be saved", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
    for (const path of ["/", "/playground/", "/rules/"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    await page.goto(FINISHED_LESSON);
    await expect(workspace(page).getByRole("status").filter({ hasText: "cannot be saved in this browser" })).toBeVisible();
    await startEditing(page, 1);
    await page.keyboard.type("# still editable ");
    await expect.poll(() => editorText(page)).toContain("# still editable");
    await expect(workspace(page).getByRole("status").filter({ hasText: "cannot be saved in this browser" })).toHaveCount(1);
  });

  test("a full localStorage: editing works and the student is told once", async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await page.goto(FINISHED_LESSON);
    await startEditing(page, 1);
    await page.keyboard.type("# full ");
    await expect.poll(() => editorText(page)).toContain("# full");
    await expect(workspace(page).getByRole("status").filter({ hasText: "cannot be saved in this browser (storage is unavailable or full)" })).toHaveCount(1);
  });

  test("corrupted saved data is set aside with a message, never shown as a Dockerfile", async ({ page }) => {
    // Written from the course page, which never reads it: the lesson page then reads it once, at load.
    await page.goto("/");
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ text: 42, savedAt: "yesterday" })), WALKTHROUGH_KEY);
    await page.goto(FINISHED_LESSON);
    const status = workspace(page).getByRole("status").filter({ hasText: "could not be read; they are kept aside" });
    await expect(status).toHaveText("The edits saved in this browser could not be read; they are kept aside, and the original is shown.");
    expect(await page.evaluate((key) => localStorage.getItem(`${key}:unreadable`), WALKTHROUGH_KEY)).toBe(JSON.stringify({ text: 42, savedAt: "yesterday" }));
    // The step the link names is shown, and it is not taken for the student's edit.
    await expect(workspace(page).getByLabel("Dockerfile (press Enter to edit)").locator('[data-line="4"]')).toContainText("FROM alpine:latest AS build");
    await expect(workspace(page).getByLabel("Dockerfile (press Enter to edit)").locator('[data-line="25"]')).toContainText("COPY --from=build /app/build/hello .");
    // Past the save delay (hooks/use-saved-text.ts, 400 ms): the step's text was not saved as an edit.
    await page.waitForTimeout(1_000);
    await expect(status).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), WALKTHROUGH_KEY)).toBeNull();
  });

  test("edits saved in the old formats are migrated, not discarded", async ({ page }) => {
    const line = (n: number) => workspace(page).getByLabel("Dockerfile (press Enter to edit)").locator(`[data-line="${n}"]`);
    const saved = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null") as { text: string; savedAt: number } | null, WALKTHROUGH_KEY);
    // Format 0: the raw text under `stagecraft:lesson:<slug>`.
    await page.goto("/");
    await page.evaluate(() => localStorage.setItem("stagecraft:lesson:why-multi-stage", "# from an old save\nFROM alpine:latest AS build\n"));
    await page.goto(FINISHED_LESSON);
    await expect(line(1)).toContainText("# from an old save");
    await expect(line(2)).toContainText("FROM alpine:latest AS build");
    await expect(workspace(page).getByRole("status").filter({ hasText: "Your edits from last time" })).toHaveText("Your edits from last time, restored from this browser.");
    expect((await saved())?.text).toBe("# from an old save\nFROM alpine:latest AS build\n");
    expect(await page.evaluate(() => localStorage.getItem("stagecraft:lesson:why-multi-stage"))).toBeNull();

    // The one-page lesson's `{ text, savedAt }` under `…:dockerfile`, kept with its time.
    await page.evaluate(
      ([from, to]) => {
        localStorage.removeItem(to);
        localStorage.setItem(from, JSON.stringify({ text: "# saved by the one-page lesson\nFROM alpine:3.20\n", savedAt: 1_700_000_000_000 }));
      },
      [ONE_PAGE_KEY, WALKTHROUGH_KEY] as const,
    );
    await page.goto(LESSON);
    await expect(line(1)).toContainText("# saved by the one-page lesson");
    await expect(line(2)).toContainText("FROM alpine:3.20");
    expect(await saved()).toEqual({ text: "# saved by the one-page lesson\nFROM alpine:3.20\n", savedAt: 1_700_000_000_000 });
    expect(await page.evaluate((key) => localStorage.getItem(key), ONE_PAGE_KEY)).toBeNull();

    // Restored edits stay put when a step link is opened: it does not replace them unasked.
    await page.goto(FINISHED_LESSON);
    await expect(line(1)).toContainText("# saved by the one-page lesson");
  });
});

test.describe("huge and hostile input", () => {
  test("pasting 20,000 lines pauses the analysis with a message, and the text stays editable", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(FINISHED_LESSON);
    await startEditing(page, 1);
    const huge = Array.from({ length: 20_000 }, (_, i) => `RUN echo "line ${i}" \u202e\u0301 \u0007`).join("\n");
    await page.evaluate((text) => navigator.clipboard.writeText(text), huge);
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Control+v");
    await expect(workspace(page).getByTestId("analysis-paused")).toContainText("Live analysis is paused: this Dockerfile has 20,000 lines");
    // The tabs say nothing about a text the analysis has not read: no stale graph, problems or image.
    for (const tab of ["Stages", "Problems", "Image"]) {
      await openTab(page, tab);
      await expect(workspace(page).getByRole("tabpanel")).toHaveText("Nothing to show while the analysis is paused or the build fails.");
    }
    await expect(workspace(page).getByRole("list", { name: "Stage graph" })).toHaveCount(0);
    await workspace(page).locator(".monaco-editor").click();
    await page.keyboard.press("Control+Home");
    await page.keyboard.type("# still typing ");
    await expect.poll(() => editorText(page)).toContain("# still typing");
    // Shortening it brings the analysis back.
    await page.keyboard.press("Control+a");
    await page.keyboard.type("FROM alpine AS x\n");
    await expect(workspace(page).getByTestId("analysis-paused")).toHaveCount(0);
    await openTab(page, "Stages");
    await expect(workspace(page).getByRole("list", { name: "Stage graph" }).locator('[data-stage="x"]')).toBeVisible();
    await expect(workspace(page).getByRole("tab", { name: /^Problems/ })).toHaveText("Problems (0)");
  });

  test("NUL bytes, control characters, right-to-left and combining text, and a 100,000-character line are analysed without a crash", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(FINISHED_LESSON);
    await startEditing(page, 1);
    const controls = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => c !== "\n" && c !== "\r").join("");
    const text = `FROM alpine AS שלב\u0301\nRUN echo ${controls}\u0000\u202e\nRUN echo ${"x".repeat(100_000)}\nFROM alpine\nCOPY --from=שלב /a /b\n`;
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press("Control+a");
    await page.keyboard.press("Control+v");
    await expect(workspace(page).getByTestId("analysis-paused")).toHaveCount(0);
    await openTab(page, "Problems");
    await expect(workspace(page).getByRole("list", { name: "Problems" })).toBeVisible();
    await openTab(page, "Stages");
    const stages = workspace(page).getByRole("list", { name: "Stage graph" });
    await expect(stages.getByRole("listitem")).toHaveCount(2);
    // The right-to-left name with its combining mark is kept, and the COPY --from finds its stage.
    await expect(stages.locator('[data-stage="שלב\u0301"]')).toBeVisible();
    await expect(workspace(page).getByTestId("part-load-notice")).toHaveCount(0);
  });
});
