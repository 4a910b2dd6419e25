import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { parse } from "yaml";
import { editorTextbox, expect, LESSON, test } from "./fixtures";

/** Lessons in the walkthrough format, with their step ids and tabs, read from the lesson folders. */
const walkthroughs = readdirSync("lessons", { withFileTypes: true }).flatMap((dir) => {
  if (!dir.isDirectory()) return [];
  const md = path.join("lessons", dir.name, "lesson.md");
  let text: string;
  try {
    text = readFileSync(md, "utf8");
  } catch {
    return [];
  }
  const front = parse(text.split(/^---$/m)[1] ?? "") as { steps?: string };
  if (!front.steps) return [];
  const steps = parse(readFileSync(path.join("lessons", dir.name, front.steps), "utf8")) as { id: string; tab?: string; exercise?: string }[];
  return [{ slug: dir.name, steps }];
});

const workbench = (page: Page) => page.getByTestId("workbench");
const step = (page: Page, id: string) => page.locator(`[data-step="${id}"]`);
const workbenchLine = (page: Page, line: number) => workbench(page).getByLabel("Dockerfile (press Enter to edit)").first().locator(`[data-line="${line}"]`);
/** The workbench's own selected tab (panels such as the Log hold tab bars of their own). */
const selectedTab = (page: Page) => workbench(page).locator('[role="tab"][id^="wb-tab-"][aria-selected="true"]');

/** The workbench's whole text, as its Download button saves it (Monaco only renders the lines in view). */
async function workbenchText(page: Page): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent("download"), workbench(page).getByRole("button", { name: "Download", exact: true }).click()]);
  return readFile((await file.path()) ?? "", "utf8");
}

async function onScreen(locator: Locator, height: number, what = String(locator)) {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  expect(box, `${what} is rendered`).not.toBeNull();
  if (!box) return;
  expect(box.y, `${what}: top is on screen`).toBeGreaterThanOrEqual(0);
  expect(box.y + Math.min(box.height, 40), `${what}: starts on the screen`).toBeLessThanOrEqual(height);
}

test("the problem and the first step's prose are on the first screen at 1280x720", async ({ page }) => {
  expect(walkthroughs.length).toBeGreaterThan(0);
  for (const { slug, steps } of walkthroughs) {
    await page.goto(`/lessons/${slug}/`);
    await onScreen(page.getByTestId("hook-sentence"), 720);
    await onScreen(step(page, steps[0]!.id).getByRole("heading"), 720);
    const firstParagraph = step(page, steps[0]!.id).locator(".prose-lesson p").first();
    const box = await firstParagraph.boundingBox();
    expect(box && box.y + box.height, `${slug}: the first step's first paragraph ends on the first screen`).toBeLessThanOrEqual(720);
    // The problem's Dockerfile: in the workbench's static view, readable before any editor script.
    await onScreen(workbenchLine(page, 1), 720);
  }
});

for (const { slug, steps } of walkthroughs) {
  test(`${slug}: from any step the editor and the tab showing its effect are in view together`, async ({ page }) => {
    for (const s of steps) {
      await page.goto(`/lessons/${slug}/?step=${s.id}`);
      await expect(step(page, s.id)).toHaveAttribute("aria-current", "step");
      await expect(workbench(page)).toContainText(`Step ${steps.indexOf(s) + 1} of ${steps.length}`);
      if (s.exercise) {
        const card = workbench(page).getByRole("region", { name: /^Exercise \d+:/ });
        await onScreen(card.getByRole("button", { name: "Check", exact: true }), 720);
        await onScreen(card.getByLabel("Dockerfile (press Enter to edit)"), 720);
        continue;
      }
      const tab = selectedTab(page);
      await expect(tab).toHaveAttribute("id", `wb-tab-${s.tab ?? "stages"}`);
      await onScreen(workbenchLine(page, 1), 720);
      await onScreen(tab, 720);
      await onScreen(workbench(page).locator("#wb-panel"), 720);
    }
  });
}

test("each step's Apply puts its edit in the workbench, shows its tab, and the last one drops the image to 8.34MB", async ({ page }) => {
  await page.goto(LESSON);
  await expect(selectedTab(page)).toHaveText("Image");
  await expect(workbench(page).getByRole("tabpanel")).toContainText("303MB");
  await expect(workbenchLine(page, 4)).toContainText("FROM alpine:latest");
  await expect(workbenchLine(page, 4)).not.toContainText("AS build");

  await step(page, "name-the-build-stage").getByRole("button", { name: "Apply: Add AS build" }).click();
  await expect(workbenchLine(page, 4)).toContainText("FROM alpine:latest AS build");
  await expect(selectedTab(page)).toHaveText("Stages");
  await expect(page).toHaveURL(/\?step=name-the-build-stage$/);

  await step(page, "add-the-runtime-stage").getByRole("button", { name: "Apply: Add the runtime stage" }).click();
  await expect(selectedTab(page)).toHaveText("Image");
  await expect(workbench(page).getByLabel("Dockerfile (press Enter to edit)").first()).toContainText("# Runtime Stage");

  await step(page, "copy-only-the-binary").getByRole("button", { name: "Apply: Copy only the binary" }).click();
  await expect(workbench(page).getByLabel("Dockerfile (press Enter to edit)").first()).toContainText("COPY --from=build /app/build/hello .");
  await expect(workbench(page).getByRole("tabpanel")).toContainText("8.34MB");
  await expect(page).toHaveURL(/\?step=copy-only-the-binary$/);

  // The Diff tab: the single-stage file before, the student's after, with sizes.
  await selectedTab(page).page().getByRole("tab", { name: "Diff" }).click();
  await expect(page.getByTestId("diff-sizes")).toContainText("303MB measured");
  await expect(page.getByTestId("diff-sizes")).toContainText("8.34MB estimated");
});

test("going back to a step restores its Dockerfile, and Undo brings back what it replaced", async ({ page }) => {
  await page.goto(`${LESSON}?step=copy-only-the-binary`);
  await expect(workbench(page).getByLabel("Dockerfile (press Enter to edit)").first()).toContainText("COPY --from=build");
  await step(page, "name-the-build-stage").getByRole("button", { name: "Back to this step" }).click();
  await expect(workbench(page)).toContainText("Step 2 of 5");
  const code = workbench(page).getByLabel("Dockerfile (press Enter to edit)").first();
  await expect(code).not.toContainText("COPY --from=build");
  await expect(workbenchLine(page, 4)).toContainText("FROM alpine:latest AS build");
  await expect(page.getByTestId("apply-undo")).toContainText("Step 2's Dockerfile is in the editor.");
  await page.getByTestId("apply-undo").getByRole("button", { name: "Undo" }).click();
  await expect(code).toContainText("COPY --from=build");
  await expect(workbench(page)).toContainText("Step 4 of 5");
});

test("applying a step over the student's own edits offers Undo, and Monaco's undo works too", async ({ page }) => {
  await page.goto(LESSON);
  await workbenchLine(page, 18).click();
  await expect(workbench(page).locator('[data-editor-state="ready"]')).toBeVisible();
  await expect(editorTextbox(workbench(page))).toBeFocused();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("LABEL mine=yes");
  await expect.poll(() => workbenchText(page)).toContain("LABEL mine=yes");

  await step(page, "name-the-build-stage").getByRole("button", { name: "Apply: Add AS build" }).click();
  await expect.poll(() => workbenchText(page)).toContain("FROM alpine:latest AS build");
  expect(await workbenchText(page)).not.toContain("LABEL mine=yes");
  await expect(page.getByTestId("apply-undo")).toContainText("Your edits were replaced by step 2's Dockerfile.");
  await page.getByTestId("apply-undo").getByRole("button", { name: "Undo" }).click();
  await expect.poll(() => workbenchText(page)).toContain("LABEL mine=yes");

  // Apply again, then Monaco's own undo (one edit on its stack) brings the student's text back.
  await step(page, "name-the-build-stage").getByRole("button", { name: "Apply: Add AS build" }).click();
  await expect.poll(() => workbenchText(page)).toContain("AS build");
  await editorTextbox(workbench(page)).focus();
  await page.keyboard.press("Control+z");
  await expect.poll(() => workbenchText(page)).toContain("LABEL mine=yes");
  expect(await workbenchText(page)).not.toContain("AS build");
});

test("predict, then reveal: the simulator's and the analyser's answers, computed on the step's Dockerfile", async ({ page }) => {
  await page.goto(LESSON);
  const files = page.getByTestId("predict-3");
  await files.getByLabel("/app/build/hello").check();
  await files.getByRole("button", { name: "Reveal" }).click();
  await expect(files.getByRole("status")).toHaveText("Not quite. The simulated build says: None of them: the build adds no file to the final image.");
  await expect(files.getByLabel("/app/build/hello")).toBeDisabled();

  const stages = page.getByTestId("predict-4");
  await stages.getByLabel("build").check();
  await stages.getByRole("button", { name: "Reveal" }).click();
  await expect(stages.getByRole("status")).toHaveText("Right. BuildKit runs: build.");
});

test("hovering a term in the prose highlights its line in the workbench", async ({ page }) => {
  await page.goto(`${LESSON}?step=copy-only-the-binary`);
  await step(page, "copy-only-the-binary").locator("code", { hasText: "COPY --from=build /app/build/hello ." }).first().hover();
  await expect(workbench(page).locator(".static-line-highlight")).toContainText("COPY --from=build /app/build/hello .");
});

test("the exercise opens at its step in the workbench, with its goal, Check and hints", async ({ page }) => {
  await page.goto(LESSON);
  await step(page, "split-it-yourself").getByRole("button", { name: "Open the exercise" }).click();
  await expect(page).toHaveURL(/\?step=split-it-yourself$/);
  const card = workbench(page).getByRole("region", { name: /^Exercise 1: Split the build into two stages/ });
  await expect(card).toBeVisible();
  await expect(card).toContainText("compile in a stage named build");
  await card.getByRole("button", { name: "Check", exact: true }).click();
  await expect(card.getByRole("status").filter({ hasText: /checks? pass/ })).toHaveText("4 of 9 checks pass.");
  await card.getByRole("button", { name: "Show a hint (1 of 3)" }).click();
  await expect(card.getByRole("list", { name: "Hints" }).getByRole("listitem")).toHaveCount(1);
});

test("on a phone the prose comes first, and the Code view keeps the Problems count in sight", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(LESSON);
  await expect(page.getByTestId("hook-sentence")).toBeInViewport();
  await expect(workbench(page)).toBeHidden();
  const views = page.getByRole("navigation", { name: "Workbench views" });
  await views.getByRole("button", { name: /^Code · 1 problem$/ }).click();
  await expect(workbenchLine(page, 1)).toBeInViewport();
  await expect(views.getByRole("button", { name: /^Code · 1 problem$/ })).toBeInViewport();
  await views.getByRole("button", { name: "Result" }).click();
  await expect(selectedTab(page)).toHaveText("Image");
  await expect(workbench(page).getByRole("tabpanel")).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("on a step with an exercise, Apply shows the step's edit in the workbench, and the exercise is one click away", async ({ page }) => {
  await page.goto("/lessons/ci-caching/?step=link-the-copy");
  const card = workbench(page).getByRole("region", { name: "Exercise 1: Link the binary's layer" });
  await expect(card).toBeVisible();
  await expect(workbench(page).getByRole("button", { name: "Exercise", exact: true })).toHaveAttribute("aria-pressed", "true");

  await step(page, "link-the-copy").getByRole("button", { name: /^Apply: Add --link/ }).click();
  await expect(card).toBeHidden();
  await expect(workbench(page).getByLabel("Dockerfile (press Enter to edit)").first()).toContainText("COPY --link --from=build /app/build/hello .");
  await expect(selectedTab(page)).toHaveText("Stages");

  await workbench(page).getByRole("button", { name: "Exercise", exact: true }).click();
  await expect(card).toBeVisible();
  await expect(card.getByRole("button", { name: "Check", exact: true })).toBeInViewport();
});

test("while typing, a click on a workbench tab opens it: leaving the editor moves nothing under the pointer", async ({ page }) => {
  await page.goto(`${LESSON}?step=copy-only-the-binary`);
  await workbenchLine(page, 28).click();
  await expect(workbench(page).locator('[data-editor-state="ready"]')).toBeVisible({ timeout: 30_000 });
  await expect(editorTextbox(workbench(page))).toBeFocused();
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("RO");
  const problemsTab = workbench(page).locator("#wb-tab-problems");
  await expect(problemsTab).toHaveText("Problems (1)");
  const before = await problemsTab.boundingBox();
  await problemsTab.click();
  await expect(selectedTab(page)).toHaveText("Problems (1)");
  expect((await problemsTab.boundingBox())?.y).toBe(before?.y);
  await expect(workbench(page).locator("#wb-panel")).toContainText("unknown instruction: RO");
});

test("predict first: the tab that holds the answer waits for Reveal, or for the student to ask", async ({ page }) => {
  await page.goto("/lessons/naming-stages/?step=name-the-stages");
  await expect(selectedTab(page)).toHaveText("Stages");
  const veil = workbench(page).getByTestId("predict-veil");
  await expect(veil).toContainText("Predict first. The Stages tab shows the answer to step 3's question");
  await expect(workbench(page).getByRole("list", { name: "Stage graph" })).toHaveCount(0);
  // The log lists the stages the build runs: it waits too; the Problems tab does not.
  await workbench(page).locator("#wb-tab-log").click();
  await expect(veil).toBeVisible();
  await workbench(page).locator("#wb-tab-problems").click();
  await expect(veil).toBeHidden();

  const question = step(page, "name-the-stages").locator('[data-testid^="predict-"]');
  await question.getByLabel("build", { exact: true }).check();
  await question.getByLabel("runtime", { exact: true }).check();
  await question.getByRole("button", { name: "Reveal" }).click();
  await workbench(page).locator("#wb-tab-stages").click();
  await expect(veil).toBeHidden();
  await expect(workbench(page).getByRole("list", { name: "Stage graph" })).toBeVisible();

  // Try again hides it again; "Show … anyway" is the way round.
  await question.getByRole("button", { name: "Try again" }).click();
  await expect(veil).toBeVisible();
  await veil.getByRole("button", { name: "Show the Stages tab anyway" }).click();
  await expect(workbench(page).getByRole("list", { name: "Stage graph" })).toBeVisible();
});
