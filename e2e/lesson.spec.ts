import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { editorText, editorTextbox, expect, LESSON, startEditing, staticLine, test } from "./fixtures";

/** The lesson's own workspace, the walkthrough's workbench: the page also holds one editor per exercise. */
const main = (page: Page) => page.getByTestId("workbench");
/** Lesson 1 at the step whose workbench holds the lesson's finished Dockerfile. */
const FINISHED = `${LESSON}?step=copy-only-the-binary`;
/** The annotations live in the workbench's Notes tab. */
const notes = (page: Page) => main(page).getByRole("tab", { name: "Notes" }).click();

test.describe("before any script runs", () => {
  test.use({ javaScriptEnabled: false });

  test("the lesson text and the highlighted Dockerfile are already on the page", async ({ page }) => {
    await page.goto(LESSON);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Why multi-stage builds?");
    await expect(page.getByRole("heading", { name: "Copy only the binary" })).toBeVisible();
    await expect(page.locator('[data-step="copy-only-the-binary"]')).toContainText("COPY --from=build /app/build/hello .");
    // The workbench opens on the problem: the single-stage Dockerfile, highlighted.
    const code = main(page).getByLabel("Dockerfile (press Enter to edit)");
    await expect(code).toContainText("FROM alpine:latest");
    await expect(code).toContainText("RUN apk add --no-cache g++ make cmake");
    await expect(staticLine(main(page), 4).locator(".tok-keyword").first()).toHaveText("FROM");
    await expect(main(page).getByRole("tabpanel")).toContainText("303MB");
  });
});

test("typing edits the Dockerfile", async ({ page }) => {
  await page.goto(FINISHED);
  await startEditing(main(page), 28);
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("LABEL course=stagecraft");
  await expect.poll(() => editorText(page)).toContain("LABEL course=stagecraft");
  await expect(page.getByRole("status").filter({ hasText: "Edited. Saved in this browser." })).toBeVisible();
});

test("an annotation highlights its lines in the editor", async ({ page }) => {
  await page.goto(FINISHED);
  await notes(page);
  const copy = page.getByRole("button", { name: /Copying the binary across/ });
  await copy.click();
  await expect(page.locator('[data-editor-state="ready"]')).toBeVisible();
  await expect(page.locator(".monaco-editor .annotation-highlight")).toHaveCount(1);
  await expect(copy).toHaveAttribute("aria-current", "true");
  // The highlighted view line is the COPY --from line.
  const highlightedTop = await page.locator(".monaco-editor .annotation-highlight").boundingBox();
  const copyLine = page.locator(".monaco-editor .view-line", { hasText: "COPY --from=build" });
  const copyTop = await copyLine.boundingBox();
  expect(Math.round(highlightedTop?.y ?? -1)).toBe(Math.round(copyTop?.y ?? -2));
});

test("keyboard: Enter on an annotation highlights it too", async ({ page }) => {
  await page.goto(FINISHED);
  await notes(page);
  await page.getByRole("button", { name: /The build tools/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".monaco-editor .annotation-highlight")).toHaveCount(1);
  await expect(page.getByRole("button", { name: /The build tools/ })).toHaveAttribute("aria-current", "true");
  await expect(page.getByRole("button", { name: /The build tools/ })).toBeFocused();
});

test("the cursor on an annotated line marks its annotation current", async ({ page }) => {
  await page.goto(FINISHED);
  await notes(page);
  await startEditing(main(page), 14);
  await expect(page.getByRole("button", { name: /Compiling/ })).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("Control+Home");
  await expect(page.getByRole("button", { name: /Compiling/ })).not.toHaveAttribute("aria-current", "true");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("button", { name: /The build stage/ })).toHaveAttribute("aria-current", "true");
});

test("annotations follow edits above them and drop out when their line is deleted", async ({ page }) => {
  await page.goto(FINISHED);
  await notes(page);
  await startEditing(main(page), 1);
  await page.keyboard.press("Control+Home");
  await page.keyboard.type("# my notes");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: /Copying the binary across/ })).toContainText("line 26");
  // Delete the COPY --from line (now line 26).
  await page.keyboard.press("Control+g").catch(() => undefined);
  await page.keyboard.press("Escape");
  // The workbench's editor is shorter than the file: bring its end into view first.
  await page.keyboard.press("Control+End");
  await page.locator(".monaco-editor .view-line", { hasText: "COPY --from=build" }).click();
  await page.keyboard.press("Control+Shift+k");
  const copy = page.getByRole("button", { name: /Copying the binary across/ });
  await expect(copy).toContainText("removed");
  await expect(copy).toContainText("no longer in your Dockerfile");
  await expect(page.getByRole("button", { name: /Running it/ })).toContainText("line 28");
});

test("the diff shows insertions and deletions", async ({ page }) => {
  await page.goto(FINISHED);
  await main(page).getByRole("tab", { name: "Diff" }).click();
  const section = main(page).getByRole("tabpanel");
  await expect(section.locator('[data-diff-ready="true"]')).toBeAttached();
  await expect(section.locator(".monaco-diff-editor .line-insert").first()).toBeVisible();
  await expect(section.locator(".monaco-diff-editor .line-delete").first()).toBeVisible();
  await expect(section).toContainText("303MB");
  await expect(section).toContainText("8.34MB");
  await expect(section).toContainText("docker image ls");
});

test("reset restores the lesson's Dockerfile, and undo brings the edit back", async ({ page }) => {
  await page.goto(FINISHED);
  await startEditing(main(page), 1);
  await page.keyboard.type("# scribble ");
  await expect.poll(() => editorText(page)).toContain("# scribble");
  await main(page).getByRole("button", { name: "Reset", exact: true }).click();
  await expect.poll(() => editorText(page)).not.toContain("# scribble");
  await expect(page.getByRole("status").filter({ hasText: "The lesson's Dockerfile, unchanged." })).toBeVisible();
  await expect(main(page).getByRole("button", { name: "Reset", exact: true })).toBeDisabled();
  await page.getByRole("button", { name: "Undo reset" }).click();
  await expect.poll(() => editorText(page)).toContain("# scribble");
});

test("edits survive a reload", async ({ page }) => {
  await page.goto(FINISHED);
  await startEditing(main(page), 1);
  await page.keyboard.type("# kept after reload ");
  await expect(page.getByRole("status").filter({ hasText: "Edited. Saved in this browser." })).toBeVisible();
  await page.reload();
  // Restored into the static view before the editor loads, and into the editor after.
  await expect(staticLine(main(page), 1)).toContainText("# kept after reload");
  await expect(page.getByRole("status").filter({ hasText: "Your edits from last time, restored from this browser." })).toBeVisible();
  await startEditing(main(page), 2);
  await expect.poll(() => editorText(page)).toContain("# kept after reload");
});

test("download saves the edited Dockerfile and the project archive", async ({ page }) => {
  await page.goto(FINISHED);
  await startEditing(main(page), 1);
  await page.keyboard.type("# downloaded ");
  const [dockerfile] = await Promise.all([page.waitForEvent("download"), main(page).getByRole("button", { name: "Download", exact: true }).click()]);
  expect(dockerfile.suggestedFilename()).toBe("Dockerfile");
  const text = await readFile((await dockerfile.path()) ?? "", "utf8");
  expect(text.startsWith("# downloaded # Build Stage")).toBe(true);
  expect(text).toContain("COPY --from=build /app/build/hello .");

  const [zip] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download hello-cmake.zip" }).click()]);
  expect(zip.suggestedFilename()).toBe("hello-cmake.zip");
  const bytes = await readFile((await zip.path()) ?? "");
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
  const listing = bytes.toString("latin1");
  for (const name of ["hello-cmake/hello.cpp", "hello-cmake/CMakeLists.txt", "hello-cmake/Dockerfile", "hello-cmake/single-stage.Dockerfile"]) {
    expect(listing).toContain(name);
  }
  const commands = page.getByRole("list", { name: "Commands to run" });
  await expect(commands).toContainText("docker build -t hello-cmake .");
  await expect(commands).toContainText("docker run --rm hello-cmake");
});

test("the build commands copy to the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(LESSON);
  await page.getByRole("button", { name: "Copy: docker build -t hello-cmake ." }).click();
  await expect(page.getByRole("button", { name: "Copy: docker build -t hello-cmake ." })).toHaveText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("docker build -t hello-cmake .");
});

test("the lesson page has no serious or critical accessibility violation, before and after the editor loads", async ({ page }) => {
  await page.goto(LESSON);
  const check = async () => {
    const results = await new AxeBuilder({ page }).analyze();
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  };
  expect(await check()).toEqual([]);
  await startEditing(main(page), 4);
  expect(await check()).toEqual([]);
});

test("the lesson page does not scroll sideways on a phone, and the diff goes inline", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(LESSON);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const views = page.getByRole("navigation", { name: "Workbench views" });
  await views.getByRole("button", { name: /^Code/ }).click();
  await startEditing(main(page), 4);
  await views.getByRole("button", { name: "Result" }).click();
  await main(page).getByRole("tab", { name: "Diff" }).click();
  const section = main(page).getByRole("tabpanel");
  await expect(section.locator('[data-diff-ready="true"]')).toBeAttached();
  await expect(section.locator(".monaco-diff-editor.side-by-side")).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("the editor's text area has the accessible name 'Dockerfile editor'", async ({ page }) => {
  await page.goto(FINISHED);
  await startEditing(main(page), 1);
  await expect(editorTextbox(page)).toHaveCount(1);
});
