import type { Locator, Page } from "@playwright/test";
import { editorText, editorTextbox, expect, LESSON, test } from "./fixtures";

/**
 * Lesson 1 with the keyboard only (issue 17): open the editor, type, leave it (Monaco keeps
 * Tab for indenting; the page says which key releases it), choose an annotation, run the
 * exercise's Check and reveal a hint. No mouse. Every control the Tab key reaches shows
 * where the focus is. Locators go by role and accessible name, so they survive the lesson
 * page's layout changing around them.
 */

/** How the focused element shows its focus, or why it does not (Monaco's own text box excepted: its cursor is the indicator). */
async function focusIndicator(page: Page): Promise<{ what: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement) || el === document.body) return { what: "body", visible: false };
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} "${(el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 40)}"`;
    if (el.closest(".monaco-editor")) return { what: `${name} (in Monaco)`, visible: true };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== "none";
    return { what: name, visible: el.matches(":focus-visible") && (outline || shadow) };
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, checking on the way that every
 * control reached shows a visible focus indicator. Returns how many presses it took.
 */
async function tabTo(page: Page, target: Locator, { max = 250, backwards = false } = {}): Promise<number> {
  const unmarked: string[] = [];
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    const focus = await focusIndicator(page);
    if (!focus.visible) unmarked.push(focus.what);
    if (await target.evaluate((el) => el === document.activeElement)) {
      expect(unmarked, "controls reached with no visible focus indicator").toEqual([]);
      return presses;
    }
  }
  throw new Error(`Tab did not reach ${target} in ${max} presses`);
}

test("lesson 1 with the keyboard only: edit, leave the editor, an annotation, Check, a hint", async ({ page }) => {
  test.setTimeout(90_000);
  // The walkthrough's step with the finished Dockerfile in the workbench.
  await page.goto(`${LESSON}?step=copy-only-the-binary`);
  const workspace = page.getByRole("complementary", { name: "Workbench" });

  // The static code view takes the focus and Enter turns it into the editor.
  await tabTo(page, workspace.getByLabel("Dockerfile (press Enter to edit)"));
  await page.keyboard.press("Enter");
  await expect(workspace.locator('[data-editor-state="ready"]')).toBeVisible({ timeout: 30_000 });
  const textbox = editorTextbox(workspace);
  await expect(textbox).toBeFocused();

  // The page says which key releases Tab, next to the editor.
  const hint = workspace.getByTestId("tab-hint");
  await expect(hint).toHaveText("Tab types a tab in the editor. Press Ctrl+M, then Tab, to leave it.");

  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("# typed with the keyboard only");
  await expect.poll(() => editorText(workspace)).toContain("# typed with the keyboard only");

  // Tab is the editor's (it indents), as the hint says: the focus stays.
  await page.keyboard.press("Tab");
  await expect(textbox).toBeFocused();
  await page.keyboard.press("Control+z");
  await page.keyboard.press("Control+m");
  await expect(hint).toHaveText("Tab moves on from the editor. Ctrl+M: Tab types a tab again.");
  await page.keyboard.press("Tab");
  await expect(textbox).not.toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.closest(".monaco-editor") == null)).toBe(true);
  expect((await focusIndicator(page)).visible).toBe(true);
  // The hint stays where it was: leaving the editor moves nothing under the pointer.
  await expect(hint).toHaveText("Tab moves on from the editor. Ctrl+M: Tab types a tab again.");
  await expect.poll(() => editorText(workspace)).toMatch(/# typed with the keyboard only$/);

  // An annotation, in the workbench's Notes tab: Enter shows its lines (the cursor moves there, so it becomes the current one).
  const notes = workspace.getByRole("tab", { name: "Notes", exact: true });
  await tabTo(page, notes);
  await page.keyboard.press("Enter");
  await expect(notes).toHaveAttribute("aria-selected", "true");
  const annotation = page.getByRole("list", { name: "Annotations" }).getByRole("button", { name: /Compiling/ });
  await tabTo(page, annotation);
  await page.keyboard.press("Enter");
  await expect(annotation).toHaveAttribute("aria-current", "true");
  await expect(annotation).toBeFocused();

  // The exercise, at its step: the step's button, then Check, then a hint.
  const stepButton = page.locator("#step-split-it-yourself").getByRole("button", { name: "Open the exercise" });
  await tabTo(page, stepButton, { backwards: true, max: 400 });
  await page.keyboard.press("Enter");
  const exercise = page.getByRole("region", { name: /^Exercise 1:/ });
  const check = exercise.getByRole("button", { name: "Check", exact: true });
  await tabTo(page, check);
  await page.keyboard.press("Enter");
  await expect(exercise.getByRole("status").filter({ hasText: /checks? pass/ })).toContainText(/\d+ of \d+ checks? pass/);
  await expect(exercise.getByRole("list", { name: "Checks" }).getByRole("listitem").first()).toBeVisible();

  const showHint = exercise.getByRole("button", { name: /^Show a hint/ });
  await tabTo(page, showHint);
  await page.keyboard.press("Enter");
  await expect(exercise.getByRole("list", { name: "Hints" }).getByRole("listitem")).toHaveCount(1);
  await expect(exercise.getByRole("list", { name: "Hints" })).toContainText("Hint 1:");
  // The button now offers the next hint and keeps the focus.
  await expect(exercise.getByRole("button", { name: /^Show another hint|^All/ }).or(exercise.getByText(/^All \d+ hints shown/))).toBeVisible();
});
