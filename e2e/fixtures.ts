import { test as base, expect, type Locator, type Page } from "@playwright/test";

/**
 * Every spec runs under two guards a student would care about: no request leaves the
 * site's origin (the course works offline and tracks nobody), and the console stays free
 * of errors. Both are checked after each test.
 */
export const test = base.extend<{ guard: void; expectedConsoleErrors: RegExp[] }>({
  /** Console errors a spec causes on purpose (the offline spec cuts the network). */
  expectedConsoleErrors: [[], { option: true }],
  guard: [
    async ({ page, baseURL, expectedConsoleErrors }, use) => {
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      page.on("request", (request) => {
        const url = request.url();
        if (/^(data|blob|about):/.test(url)) return;
        if (new URL(url).origin !== origin) foreign.push(url);
      });
      page.on("console", (message) => {
        if (message.type() !== "error") return;
        const text = message.text();
        // Link prefetch in a static export aborts harmlessly on navigation (TOOLCHAIN.md).
        if (/net::ERR_ABORTED/.test(text)) return;
        if (expectedConsoleErrors.some((pattern) => pattern.test(text))) return;
        errors.push(text);
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use();
      expect(foreign, "requests that left the site's origin").toEqual([]);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const LESSON = "/lessons/why-multi-stage/";

/** Lesson 1 at the walkthrough's step that holds the finished multi-stage Dockerfile. */
export const FINISHED_LESSON = `${LESSON}?step=copy-only-the-binary`;

/** The lesson's workbench: the editor and the tabs below it. */
export const workbench = (page: Page) => page.getByRole("complementary", { name: "Workbench" });

/** Opens one of the workbench's tabs (Stages, Problems (n), Image, Log, Run, Diff, Notes). */
export async function openTab(page: Page, name: string | RegExp) {
  await workbench(page).getByRole("tab", { name: typeof name === "string" ? new RegExp(`^${name}`) : name }).click();
}

/** A page, or a part of it: a lesson page holds several editors (the lesson's and one per exercise). */
export type Scope = Page | Locator;

/** The Monaco editor's text area, by its accessible name. */
export const editorTextbox = (page: Scope) => page.getByRole("textbox", { name: "Dockerfile editor" });

/** Line n of the workspace's static code view (before the editor loads). */
export const staticLine = (page: Scope, line: number) => page.getByLabel("Dockerfile (press Enter to edit)").locator(`[data-line="${line}"]`);

/** Clicks a line of the static code view and waits for Monaco to take over, focused on it. */
export async function startEditing(page: Scope, line = 1) {
  await staticLine(page, line).click();
  await expect(page.locator('[data-editor-state="ready"]')).toBeVisible();
  await expect(editorTextbox(page)).toBeFocused();
}

/** Replaces the text of line n (1-based) in the focused editor, through Ctrl+G. */
export async function replaceLine(page: Page, line: number, text: string) {
  await page.keyboard.press("Control+g");
  await page.keyboard.type(String(line));
  await page.keyboard.press("Enter");
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+End");
  await page.keyboard.type(text);
}

/** The editor's visible text, with Monaco's non-breaking spaces turned back into spaces. */
export async function editorText(page: Scope): Promise<string> {
  const lines = await page.locator(".monaco-editor .view-lines .view-line").allInnerTexts();
  return lines.map((l) => l.replace(/\u00a0/g, " ")).join("\n");
}
