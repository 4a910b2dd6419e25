import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { Locator, Page } from "@playwright/test";
import { expect, LESSON, test } from "./fixtures";

// lz-string is CommonJS without detectable named exports: load it the CommonJS way in Node.
const { compressToEncodedURIComponent } = createRequire(import.meta.url)("lz-string") as typeof import("lz-string");

const PLAYGROUND = "/playground/";
const code = (scope: Page | Locator) => scope.getByLabel("Dockerfile (press Enter to edit)");
const target = (page: Page) => page.getByLabel("Target", { exact: true });
const linkOf = (json: string) => `${PLAYGROUND}#v1=${compressToEncodedURIComponent(json)}`;

/** The editor's visible text, with Monaco's non-breaking spaces turned back into spaces. */
async function editorText(scope: Page | Locator): Promise<string> {
  const lines = await scope.locator(".monaco-editor .view-lines .view-line").allInnerTexts();
  return lines.map((l) => l.replace(/\u00a0/g, " ")).join("\n");
}

/** Clicks the first line of the static code and waits for Monaco to take over, focused. */
async function startEditing(scope: Page | Locator) {
  await code(scope).locator('[data-line="1"]').click();
  await expect(scope.locator('[data-editor-state="ready"]')).toBeVisible();
  await expect(scope.getByRole("textbox", { name: "Dockerfile editor" })).toBeFocused();
}

/** Types a new last line into the editor. */
async function appendLine(page: Page, line: string, scope: Page | Locator = page) {
  await startEditing(scope);
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type(line);
  await expect.poll(() => editorText(scope)).toContain(line);
}

test("a copied playground link reproduces the Dockerfile and target in a fresh browser", async ({ page, context, browser, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(PLAYGROUND);
  await expect(code(page)).toContainText("FROM alpine:latest AS build");
  await appendLine(page, "LABEL shared=yes");
  await target(page).selectOption("build");

  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.getByText("Link copied ✓")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Link copied to the clipboard" })).toBeAttached();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/playground\/#v1=[A-Za-z0-9+\-$]+$/);
  // The address itself is the same link.
  expect(page.url()).toBe(copied);

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    const errors: string[] = [];
    other.on("pageerror", (e) => errors.push(e.message));
    other.on("console", (m) => void (m.type() === "error" && !/net::ERR_ABORTED/.test(m.text()) && errors.push(m.text())));
    await other.goto(copied);
    await expect(other.getByText("Opened from a link.")).toBeVisible();
    await expect(code(other)).toContainText("LABEL shared=yes");
    await expect(code(other)).toContainText("FROM alpine:latest AS build");
    await expect(target(other)).toHaveValue("build");
    await expect(other.getByTestId("target-explanation")).toContainText("docker build --target build");
    expect(errors).toEqual([]);
  } finally {
    await fresh.close();
  }
});

test("the address follows the typing, and the playground is autosaved in this browser", async ({ page }) => {
  await page.goto(PLAYGROUND);
  await appendLine(page, "LABEL saved=yes");
  const before = page.url();
  await expect.poll(() => page.url()).not.toBe(before);
  const linked = page.url();
  expect(linked).toMatch(/#v1=/);

  // Without the hash, the autosave comes back.
  await page.goto(PLAYGROUND);
  await expect(page.getByText("Your playground from last time, restored from this browser.")).toBeVisible();
  await expect(code(page)).toContainText("LABEL saved=yes");
});

test.describe("hostile links are harmless", () => {
  const hostileText = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script>';
  const broken: { name: string; hash: () => string; message: RegExp }[] = [
    { name: "invalid base64", hash: () => `${PLAYGROUND}#v1=%%%not*base64!!`, message: /damaged/ },
    { name: "JSON with wrong types", hash: () => linkOf(JSON.stringify({ text: { html: "<b>x</b>" }, target: 7 })), message: /not text/ },
    { name: "a huge payload", hash: () => `${PLAYGROUND}#v1=${"A".repeat(300_000)}`, message: /at most 100 KB/ },
    { name: "a zip bomb", hash: () => linkOf(`{"text":"${"a".repeat(700_000)}"}`), message: /at most 100 KB/ },
    { name: "a future format", hash: () => `${PLAYGROUND}#v9=abc`, message: /format v9/ },
  ];

  for (const { name, hash, message } of broken) {
    test(`${name}: a clear message and a usable playground with the default example`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await page.goto(hash());
      // Next's route announcer and Monaco have alert regions of their own.
      const alert = page.getByRole("alert").filter({ hasText: "This link could not be opened." });
      await expect(alert).toContainText("This link could not be opened.");
      await expect(alert).toContainText(message);
      await expect(code(page)).toContainText("FROM alpine:latest AS build");
      await appendLine(page, "LABEL still=usable");
      // The first change replaces the broken link with a working one.
      await expect.poll(() => page.url()).toMatch(/#v1=[A-Za-z0-9+\-$]+$/);
      expect(dialogs).toEqual([]);
    });
  }

  test("markup in a link's text and target stays text: no dialog, no element, no script", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const hostileTarget = '"><img src=x onerror=alert(3)>';
    await page.goto(linkOf(JSON.stringify({ text: `FROM alpine AS build\n# ${hostileText}\nLABEL x=1`, target: hostileTarget })));
    await expect(code(page)).toContainText(hostileText);
    await expect(target(page)).toHaveValue(hostileTarget);
    await startEditing(page);
    await expect.poll(() => editorText(page)).toContain("<img src=x onerror=");
    await expect(page.locator('img[src="x"], main script:not([src])')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.getByRole("alert").filter({ hasText: "could not be opened" })).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
});

test("Open in playground carries the lesson's edited Dockerfile over", async ({ page }) => {
  await page.goto(`${LESSON}?step=copy-only-the-binary`);
  const workspace = page.getByRole("complementary", { name: "Workbench" });
  await appendLine(page, "LABEL carried=over", workspace);
  await workspace.getByRole("button", { name: "Open in playground" }).click();
  await expect(page).toHaveURL(/\/playground\/#v1=/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Playground");
  await expect(code(page)).toContainText("LABEL carried=over");
  await expect(code(page)).toContainText("COPY --from=build /app/build/hello .");
});

test("choosing an example loads it, and Back returns to what was there", async ({ page }) => {
  const targets = await readFile("lessons/stopping-at-a-target/targets.Dockerfile", "utf8");
  const firstLine = targets.split("\n").find((l) => l.startsWith("FROM")) ?? "";
  await page.goto(PLAYGROUND);
  await appendLine(page, "LABEL before=example");
  await page.getByLabel("Example", { exact: true }).selectOption({ label: "Lesson 4: Stopping at a target" });
  await page.getByRole("button", { name: "Load example" }).click();
  await expect(code(page)).toContainText(firstLine);
  await expect(code(page)).not.toContainText("LABEL before=example");
  await expect(target(page)).toHaveValue("");

  await page.getByLabel("Example", { exact: true }).selectOption({ label: "Empty" });
  await page.getByRole("button", { name: "Load example" }).click();
  await expect(code(page)).not.toContainText("FROM");
  await expect(page.getByTestId("target-explanation")).toContainText("cannot be empty");

  await page.goBack();
  await expect(code(page)).toContainText(firstLine);
});

test("a Dockerfile whose link would pass 2,000 characters is offered as a download, not as a link that gets cut off", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  // 140 build steps with distinct arguments: lz-string compresses them to 2,834 characters.
  const steps = Array.from({ length: 140 }, (_, i) => `RUN echo "step ${i}: ${((i * 7919) % 104729).toString(36)} ${((i * 104729) % 7919).toString(16)}" > /tmp/s${i}`);
  const text = `FROM alpine:3.20 AS build\n${steps.join("\n")}\n\nFROM alpine:3.20\nCOPY --from=build /tmp /tmp\n`;
  await page.goto(linkOf(JSON.stringify({ text, target: null })));
  await expect(code(page)).toContainText("FROM alpine:3.20 AS build");
  await page.evaluate(() => navigator.clipboard.writeText("untouched"));

  await page.getByRole("button", { name: "Share" }).click();
  const instead = page.getByTestId("share-instead");
  await expect(instead).toContainText("No link: too long to send safely.");
  const length = Number(/would be ([\d,]+) characters long/.exec((await instead.textContent()) ?? "")?.[1]?.replace(/,/g, ""));
  expect(length).toBeGreaterThan(2000);
  expect(length).toBe(page.url().length);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("untouched");
  await expect(page.getByText("Link copied ✓")).toHaveCount(0);

  const [download] = await Promise.all([page.waitForEvent("download"), instead.getByRole("button", { name: "Download the Dockerfile" }).click()]);
  expect(download.suggestedFilename()).toBe("Dockerfile");
  expect(await readFile((await download.path()) ?? "", "utf8")).toBe(text);

  await instead.getByRole("button", { name: "Dismiss" }).click();
  await expect(instead).not.toContainText("No link");
});
