import { readFile, writeFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { editorTextbox, expect, LESSON, startEditing, staticLine, test } from "./fixtures";

/** Lesson 1's walkthrough step whose workbench is the exercise. */
const EXERCISE = `${LESSON}?step=split-it-yourself`;

/** Lesson 1's exercise, as a student finds it on the page. */
const exercise = (page: Page) => page.getByRole("region", { name: /^Exercise 1: Split the build into two stages/ });
const summary = (page: Page) => exercise(page).getByRole("status").filter({ hasText: /checks? pass/ });
const lessonCard = (page: Page) => page.getByRole("region", { name: "Lessons" }).getByRole("listitem").filter({ has: page.getByRole("link", { name: /Why multi-stage builds\?/ }) });

async function solve(page: Page) {
  const ex = exercise(page);
  await ex.getByRole("button", { name: "Show solution" }).click();
  const confirm = ex.getByRole("group", { name: "Show the solution?" });
  await expect(confirm.getByRole("button", { name: "Yes, show the solution" })).toBeFocused();
  await confirm.getByRole("button", { name: "Yes, show the solution" }).click();
  await expect(ex.getByLabel("Solution to exercise 1")).toContainText("COPY --from=build /app/build/hello .");
  await ex.getByRole("button", { name: "Load the solution into the editor" }).click();
  await expect(staticLine(ex, 1)).toContainText("# Build Stage");
  await ex.getByRole("button", { name: "Check", exact: true }).click();
  await expect(summary(page)).toHaveText("Solved! All 9 checks pass.");
}

test("Check on the unchanged start file lists the failing checks in words", async ({ page }) => {
  await page.goto(EXERCISE);
  const ex = exercise(page);
  await expect(ex).toContainText("compile in a stage named build");
  await ex.getByRole("button", { name: "Check", exact: true }).click();
  await expect(summary(page)).toHaveText("4 of 9 checks pass.");
  const checks = ex.getByRole("list", { name: "Checks" }).getByRole("listitem");
  await expect(checks).toHaveCount(9);
  const stages = checks.filter({ hasText: "The Dockerfile has at least 2 stages" });
  await expect(stages).toContainText("✗");
  await expect(stages).toContainText("Fails:");
  await expect(stages).toContainText("It has 1.");
  await expect(checks.filter({ hasText: "The final stage starts from a clean" })).toContainText("✓");
  await expect(ex).not.toContainText("Exercise solved.");
});

test("loading the solution and checking it solves the exercise", async ({ page }) => {
  await page.goto(EXERCISE);
  await solve(page);
  const ex = exercise(page);
  await expect(ex.getByRole("list", { name: "Checks" }).getByText("✗")).toHaveCount(0);
  await expect(ex).toContainText("Exercise solved.");
  await expect(ex.getByText(/^✓\s*Solved$/)).toBeVisible();
  // The solution was saved as the student's edit: it is still there after a reload.
  await page.reload();
  await expect(staticLine(exercise(page), 1)).toContainText("# Build Stage");
  await expect(exercise(page)).toContainText("You solved this exercise on");
});

test("hints are revealed one at a time", async ({ page }) => {
  await page.goto(EXERCISE);
  const ex = exercise(page);
  const hints = ex.getByRole("list", { name: "Hints" }).getByRole("listitem");
  await expect(hints).toHaveCount(0);
  await ex.getByRole("button", { name: "Show a hint (1 of 3)" }).click();
  await expect(hints).toHaveCount(1);
  await expect(hints.first()).toContainText("Add AS build to the first FROM");
  await ex.getByRole("button", { name: "Show another hint (2 of 3)" }).click();
  await expect(hints).toHaveCount(2);
  await ex.getByRole("button", { name: "Show another hint (3 of 3)" }).click();
  await expect(hints).toHaveCount(3);
  await expect(ex).toContainText("All 3 hints shown.");
  await expect(ex.getByRole("button", { name: /hint/ })).toHaveCount(0);
});

test("the exercise has its own editor; an edit after a check marks the result out of date", async ({ page }) => {
  await page.goto(EXERCISE);
  const ex = exercise(page);
  await ex.getByRole("button", { name: "Check", exact: true }).click();
  await expect(summary(page)).toHaveText("4 of 9 checks pass.");
  await startEditing(ex, 1);
  await page.keyboard.type("# trying ");
  await expect(summary(page)).toContainText("You have changed the Dockerfile since: check again.");
  await expect(editorTextbox(page)).toHaveCount(1);
  await expect(ex.getByRole("status").filter({ hasText: "Edited. Saved in this browser." })).toBeVisible();
  // The lesson's own Dockerfile is untouched (its workspace waits, hidden, behind the exercise in the workbench).
  await expect(page.getByTestId("workbench").getByRole("status", { includeHidden: true }).filter({ hasText: "The lesson's Dockerfile, unchanged." })).toBeAttached();
});

test("the exercise has no serious or critical accessibility violation with results, hints and the solution showing", async ({ page }) => {
  await page.goto(EXERCISE);
  const ex = exercise(page);
  await ex.getByRole("button", { name: "Check", exact: true }).click();
  await ex.getByRole("button", { name: "Show a hint (1 of 3)" }).click();
  await ex.getByRole("button", { name: "Show solution" }).click();
  await ex.getByRole("button", { name: "Yes, show the solution" }).click();
  await expect(ex.getByLabel("Solution to exercise 1")).toBeVisible();
  const results = await new AxeBuilder({ page }).include("[data-exercise]").analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("the course page shows the lesson visited and the exercise solved, after a reload too", async ({ page }) => {
  await page.goto("/");
  await expect(lessonCard(page)).not.toContainText("Visited");
  await page.goto(EXERCISE);
  await solve(page);
  await page.goto("/");
  await expect(lessonCard(page)).toContainText("Visited");
  await expect(lessonCard(page)).toContainText("1 of 1 exercise solved");
  await page.reload();
  await expect(lessonCard(page)).toContainText("Visited");
  await expect(lessonCard(page)).toContainText("1 of 1 exercise solved");
  await expect(page.getByText(/Visited 1 of \d+ lessons, solved 1 of \d+ exercises/)).toBeVisible();
});

test("progress exported here imports in a fresh browser, and a bad file changes nothing", async ({ page, browser, baseURL }, testInfo) => {
  await page.goto(EXERCISE);
  await solve(page);
  await page.goto("/");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export progress" }).click()]);
  expect(download.suggestedFilename()).toBe("stagecraft-progress.json");
  const exported = JSON.parse(await readFile((await download.path()) ?? "", "utf8")) as { solved: Record<string, number>; visited: Record<string, number> };
  expect(Object.keys(exported.solved)).toEqual(["why-multi-stage/split-the-build-into-two-stages"]);
  expect(Object.keys(exported.visited)).toEqual(["why-multi-stage"]);

  const fresh = await browser.newContext({ baseURL });
  try {
    const other = await fresh.newPage();
    const errors: string[] = [];
    other.on("pageerror", (e) => errors.push(e.message));
    await other.goto("/");
    await expect(other.getByText(/Visited 0 of \d+ lessons/)).toBeVisible();
    await expect(lessonCard(other)).not.toContainText("Visited");

    const bad = testInfo.outputPath("not-progress.json");
    await writeFile(bad, '{"format":"stagecraft-progress","version":1,"visited":{"nodejs":"yesterday"},"solved":{}}');
    await other.getByLabel("Progress file to import").setInputFiles(bad);
    await expect(other.getByRole("status").filter({ hasText: "Nothing was imported." })).toContainText('"visited.nodejs" should be a time in milliseconds.');
    await expect(lessonCard(other)).not.toContainText("Visited");

    await other.getByLabel("Progress file to import").setInputFiles((await download.path()) ?? "");
    await expect(other.getByRole("status").filter({ hasText: "Imported" })).toContainText("1 lesson visited and 1 exercise solved");
    await expect(lessonCard(other)).toContainText("Visited");
    await expect(lessonCard(other)).toContainText("1 of 1 exercise solved");
    await other.reload();
    await expect(lessonCard(other)).toContainText("1 of 1 exercise solved");
    await other.goto(EXERCISE);
    await expect(exercise(other).getByText(/^✓\s*Solved$/)).toBeVisible();
    expect(errors).toEqual([]);
  } finally {
    await fresh.close();
  }
});
