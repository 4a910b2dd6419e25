import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { editorText, expect, LESSON, test } from "./fixtures";

const PRESENT = `${LESSON}present/`;
const ANNOTATIONS = ["The build stage", "The build tools", "Compiling", "A fresh runtime stage", "Copying the binary across", "Running it"];
/** Title, one step per annotation, the diff and the graph. */
const STEPS = 1 + ANNOTATIONS.length + 2;

const counter = (page: Page) => page.getByTestId("step-counter");

/** Opens presenter view and waits for Monaco (it loads at once there). */
async function present(page: Page) {
  await page.goto(PRESENT);
  await expect(page.locator("[data-presenter] .monaco-editor")).toBeAttached();
  await expect(counter(page)).toHaveText(`Step 1 of ${STEPS}`);
}

/** The 1-based line numbers Monaco shows beside the highlighted lines. */
async function highlightedTops(page: Page): Promise<number[]> {
  return page.locator(".monaco-editor .annotation-highlight").evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
}

test("the lesson page links to presenter view, which hides the site's navigation", async ({ page }) => {
  await page.goto(LESSON);
  await page.getByRole("link", { name: "Present this lesson" }).click();
  await expect(page).toHaveURL(PRESENT);
  await expect(counter(page)).toHaveText(`Step 1 of ${STEPS}`);
  await expect(page.getByRole("navigation", { name: "Site" })).toBeHidden();
  await expect(page.getByText("Stagecraft is free software")).toBeHidden();
  await expect(page.getByText("In this lesson you will")).toBeVisible();
});

test("a clicker steps through every annotation, highlighting its lines and showing its text", async ({ page }) => {
  await present(page);
  const note = page.getByTestId("presenter-annotation");
  const keys = ["ArrowRight", "PageDown", " "];
  for (const [i, title] of ANNOTATIONS.entries()) {
    await page.keyboard.press(keys[i % keys.length] ?? "ArrowRight");
    await expect(counter(page)).toHaveText(`Step ${i + 2} of ${STEPS}`);
    await expect(note.getByRole("heading", { level: 2 })).toHaveText(title);
    await expect(page.locator(".monaco-editor .annotation-highlight").first()).toBeVisible();
    // The highlight sits on the line the annotation names ("line 14" / "lines 5–7").
    const where = (await note.textContent()) ?? "";
    const first = Number(/lines? (\d+)/.exec(where)?.[1]);
    // Polled: Monaco may still be scrolling the lines into view when the step changes.
    const lineTop = () =>
      page
        .locator(".monaco-editor .margin-view-overlays .line-numbers", { hasText: new RegExp(`^${first}$`) })
        .evaluate((e) => Math.round(e.closest("div[style*='top']")?.getBoundingClientRect().top ?? -1));
    await expect.poll(async () => (await highlightedTops(page)).includes(await lineTop())).toBe(true);
  }
  await expect(note).toContainText("line 28");
  // Back with the arrow and Page Up.
  await page.keyboard.press("ArrowLeft");
  await expect(note.getByRole("heading", { level: 2 })).toHaveText(ANNOTATIONS[4] ?? "");
  await page.keyboard.press("PageUp");
  await expect(note.getByRole("heading", { level: 2 })).toHaveText(ANNOTATIONS[3] ?? "");
  // Next: the diff, then the graph; the last step stays put.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { name: "Single-stage → Multi-stage" })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(counter(page)).toHaveText(`Step ${STEPS} of ${STEPS}`);
  await expect(page.getByRole("heading", { name: "The stages" })).toBeVisible();
});

test("the on-screen buttons step too, and Space on a focused button steps once", async ({ page }) => {
  await present(page);
  await page.getByRole("button", { name: "Next step" }).click();
  await expect(counter(page)).toHaveText(`Step 2 of ${STEPS}`);
  await page.keyboard.press(" ");
  await expect(counter(page)).toHaveText(`Step 3 of ${STEPS}`);
  await page.getByRole("button", { name: "Previous step" }).click();
  await expect(counter(page)).toHaveText(`Step 2 of ${STEPS}`);
});

test("the editor is large enough for the back of the room", async ({ page }) => {
  await present(page);
  await page.keyboard.press("ArrowRight");
  const size = await page.locator(".monaco-editor .view-line").first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(size).toBeGreaterThanOrEqual(24);
});

test("? lists every key; D and G jump to the diff and the graph", async ({ page }) => {
  await present(page);
  await page.keyboard.press("?");
  const keys = page.getByRole("dialog", { name: "Keys" });
  await expect(keys).toBeVisible();
  for (const action of ["Next step", "Previous step", "Full screen", "Show the diff", "Show the stage graph", "Reset the editor", "leave presenter view", "Show or hide this list"]) {
    await expect(keys).toContainText(action);
  }
  for (const key of ["Page Down", "Page Up", "Space", "F", "D", "G", "R", "Esc", "?"]) {
    await expect(keys.locator("kbd", { hasText: new RegExp(`^${key.replace("?", "\\?")}$`) })).toHaveCount(1);
  }
  // Keys do not step under the dialog; ? closes it.
  await page.keyboard.press("ArrowRight");
  await expect(counter(page)).toHaveText(`Step 1 of ${STEPS}`);
  await page.keyboard.press("?");
  await expect(keys).toBeHidden();

  await page.keyboard.press("d");
  await expect(counter(page)).toHaveText(`Step ${STEPS - 1} of ${STEPS}`);
  await expect(page.locator(".presenter-diff tr[data-diff=added]").first()).toBeVisible();
  await expect(page.locator(".presenter-diff tr[data-diff=removed]").first()).toBeVisible();
  await page.keyboard.press("g");
  await expect(counter(page)).toHaveText(`Step ${STEPS} of ${STEPS}`);
  await expect(page.getByTestId("stage-graph-svg")).toBeVisible();
  await expect(page.getByRole("list", { name: "Stage graph" }).getByRole("listitem")).toHaveCount(2);
});

test("typing in the editor does not step, and the graph follows the edits; R resets", async ({ page }) => {
  await present(page);
  await page.keyboard.press("g");
  await page.locator(".monaco-editor .view-line").first().click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("FROM alpine AS debug d g r");
  await expect(counter(page)).toHaveText(`Step ${STEPS} of ${STEPS}`);
  await expect(page.getByRole("list", { name: "Stage graph" }).getByRole("listitem")).toHaveCount(3);
  await expect.poll(() => editorText(page)).toContain("FROM alpine AS debug d g r");
  // Leave the editor, then R brings the lesson's Dockerfile back.
  await page.getByRole("button", { name: "Done editing" }).click();
  await page.keyboard.press("r");
  await expect(page.getByRole("list", { name: "Stage graph" }).getByRole("listitem")).toHaveCount(2);
  await expect.poll(() => editorText(page)).not.toContain("debug");
});

test("Escape leaves presenter view for the lesson page", async ({ page }) => {
  await present(page);
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(LESSON);
  await expect(page.getByRole("navigation", { name: "Site" })).toBeVisible();
});

test("F asks for full screen, or says how to get it", async ({ page }) => {
  await present(page);
  await page.keyboard.press("f");
  await expect
    .poll(async () => (await page.evaluate(() => document.fullscreenElement !== null)) || (await page.getByRole("status").filter({ hasText: "Full screen" }).count()) > 0)
    .toBe(true);
});

test("share: the lesson's link and a QR code large enough to scan from the back", async ({ page, baseURL }) => {
  await present(page);
  await page.keyboard.press("s");
  const dialog = page.getByRole("dialog", { name: "Share with the class" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("share-url")).toHaveText(`${baseURL}${LESSON}`);
  const qr = dialog.getByRole("img", { name: `QR code for ${baseURL}${LESSON}` });
  const box = await qr.boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(320);
  expect(box?.height).toBeGreaterThanOrEqual(320);
  // Black modules on a white quiet zone.
  await expect(qr.locator("rect")).toHaveAttribute("fill", "#ffffff");
  expect((await qr.locator("path").getAttribute("d"))?.length).toBeGreaterThan(1000);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(PRESENT);
});

test("share after live edits: the QR code carries the edited Dockerfile to the playground", async ({ page, baseURL }) => {
  await present(page);
  await page.keyboard.press("ArrowRight");
  await page.locator(".monaco-editor .view-line").first().click();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("LABEL class=today");
  await page.getByRole("button", { name: "Done editing" }).click();
  await page.keyboard.press("s");
  const dialog = page.getByRole("dialog", { name: "Share with the class" });
  await expect(dialog.getByRole("img", { name: /QR code for the playground/ })).toBeVisible();
  const href = (await dialog.getByTestId("share-playground-link").getAttribute("href")) ?? "";
  expect(href.startsWith(`${baseURL}/playground/#v1=`)).toBe(true);
  // The edits make a dense code: the lesson's own link is one click away.
  await dialog.getByRole("button", { name: /Lesson link instead/ }).click();
  await expect(dialog.getByRole("img", { name: `QR code for ${baseURL}${LESSON}` })).toBeVisible();
  // The link opens the playground with the edit in it.
  await page.goto(href);
  await expect.poll(() => page.locator("body").innerText()).toMatch(/LABEL\s+class=today/);
});

test("the theme toggle switches the page and the editor, and persists", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await present(page);
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", "light");
  await page.getByRole("combobox", { name: "Theme" }).selectOption("dark");
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(page.locator(".monaco-editor").first()).toHaveClass(/vs-dark/);
  // The dark theme's --bg (#0b1220), not the light one's (#f6f7f9).
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe("rgb(11, 18, 32)");
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("combobox", { name: "Theme" })).toHaveValue("dark");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe("rgb(11, 18, 32)");
  await page.goto(LESSON);
  await expect(html).toHaveAttribute("data-theme", "dark");
  await page.getByRole("combobox", { name: "Theme" }).selectOption("contrast");
  await expect(html).toHaveAttribute("data-theme", "contrast");
  await page.getByRole("combobox", { name: "Theme" }).selectOption("system");
  await expect(html).toHaveAttribute("data-theme", "light");
  expect(await page.evaluate(() => localStorage.getItem("stagecraft:theme"))).toBeNull();
});

test("with no choice saved, the theme follows the system", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(LESSON);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
});

for (const theme of ["light", "dark", "contrast"] as const) {
  test(`every text keeps AA contrast in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem("stagecraft:theme", t), theme);
    for (const url of [LESSON, PRESENT]) {
      await page.goto(url);
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      if (url === PRESENT) {
        await expect(page.locator("[data-presenter] .monaco-editor")).toBeAttached();
        await page.keyboard.press("ArrowRight");
        await expect(page.locator(".monaco-editor .annotation-highlight").first()).toBeVisible();
      }
      const results = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => `${url} ${n.target.join(" ")}: ${n.failureSummary}`))).toEqual([]);
    }
  });
}

test("a lesson prints as a handout: text, numbered annotations, static code and diff, no chrome", async ({ page }, testInfo) => {
  await page.goto(LESSON);
  const workspace = page.locator('section[aria-labelledby="workspace-heading"]');
  // Let Monaco take over the editor and the diff first: the handout must still show the static views.
  await workspace.getByLabel("Dockerfile (press Enter to edit)").locator('[data-line="3"]').click();
  await expect(workspace.locator('[data-editor-state="ready"]')).toBeVisible();
  await page.locator("[data-static-diff]").scrollIntoViewIfNeeded();
  await expect(page.locator("[data-diff-ready=true]")).toBeAttached();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Site" })).toBeHidden();
  await expect(workspace.getByRole("button", { name: "Reset" })).toBeHidden();
  await expect(page.locator(".monaco-editor").first()).toBeHidden();
  await expect(page.getByRole("link", { name: "Present this lesson" })).toBeHidden();
  const code = workspace.getByLabel("Dockerfile (press Enter to edit)");
  await expect(code).toBeVisible();
  await expect(code.locator('[data-line="1"]')).toBeVisible();
  await expect(code).toContainText("COPY --from=build /app/build/hello .");
  const annotations = page.getByRole("list", { name: "Annotations" }).getByRole("listitem");
  await expect(annotations).toHaveCount(6);
  for (const title of ANNOTATIONS) await expect(annotations.getByText(title, { exact: true })).toBeVisible();
  await expect(page.locator("[data-static-diff] tr[data-diff=added]").first()).toBeVisible();
  // No code line runs past the page's right edge.
  const overflow = await page.evaluate(() =>
    [...document.querySelectorAll(".code-block [data-line], .code-block tr")].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length,
  );
  expect(overflow).toBe(0);
  await page.screenshot({ path: testInfo.outputPath("print.png"), fullPage: true });
});
