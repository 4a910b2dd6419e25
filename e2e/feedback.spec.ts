import type { Page } from "@playwright/test";
import { editorTextbox, expect, FINISHED_LESSON, LESSON, openTab, replaceLine, startEditing, staticLine, test, workbench } from "./fixtures";

/** The lesson's own workspace: the walkthrough's workbench (a lesson page also holds one editor per exercise). */
const workspace = workbench;
/** An annotation in the workbench's Notes tab. */
const annotation = (page: Page, title: string) => workspace(page).getByRole("list", { name: "Annotations" }).getByRole("button", { name: new RegExp(title) });

test("annotations follow their instruction: changed, kept through a stage rename, removed, never moved", async ({ page }) => {
  await page.goto(FINISHED_LESSON);
  // The annotations are the workbench's Notes tab; it stays open while the student types.
  await openTab(page, "Notes");
  await startEditing(workspace(page), 25);
  const copy = annotation(page, "Copying the binary across");
  await expect(copy).toContainText("line 25");

  // --from=build → --from=biuld: the instruction is still there, so it says changed, and what it reads now.
  await replaceLine(page, 25, "COPY --from=biuld /app/build/hello .");
  await expect(copy).toContainText("changed · line 25");
  await expect(copy).toContainText("Changed: now reads COPY --from=biuld /app/build/hello . (this explains --from=build).");
  await expect(copy).not.toContainText("no longer in your Dockerfile");

  // Renaming the stage keeps the annotations of its other instructions.
  await replaceLine(page, 4, "FROM alpine:latest AS builder");
  await expect(annotation(page, "The build stage")).toContainText("line 4");
  await expect(annotation(page, "The build tools")).toContainText("line 7");
  await expect(annotation(page, "Compiling")).toContainText("line 14");
  await expect(annotation(page, "The build tools")).not.toContainText("removed");

  // Breaking the second FROM removes its annotation; it does not move to the first FROM.
  await replaceLine(page, 19, "FRM alpine:latest");
  const runtime = annotation(page, "A fresh runtime stage");
  await expect(runtime).toContainText("removed");
  await expect(runtime).toContainText("The line this explains is no longer in your Dockerfile. Reset to bring it back.");
  await expect(annotation(page, "The build stage")).toContainText("line 4");

  // Fixing both brings them back where they were.
  await replaceLine(page, 19, "FROM alpine:latest");
  await expect(runtime).toContainText("line 19");
  await replaceLine(page, 25, "COPY --from=build /app/build/hello .");
  await expect(copy).toContainText("line 25");
  await expect(copy).not.toContainText("changed");
});

/** Exercise 2 of lesson 2: `FROM Builder AS test`, built with --target test. */
const fromBuilder = (page: Page) => page.getByRole("region", { name: /^Exercise 2: Fix the FROM Builder trap/ });

test("problems are grouped by cause, labelled by who reports them: FROM Builder is one problem, not four", async ({ page }) => {
  // The exercise is the workbench of lesson 2's last step.
  await page.goto("/lessons/naming-stages/?step=where-names-are-looked-up");
  const panel = fromBuilder(page).getByRole("list", { name: "Problems" });
  await panel.scrollIntoViewIfNeeded();
  const problems = panel.locator(":scope > li");
  await expect(problems).toHaveCount(2);
  await expect(fromBuilder(page).getByRole("heading", { name: /^Problems/ })).toContainText("1 error, 0 warnings, 1 note");

  const error = problems.first();
  await expect(error).toHaveAttribute("data-severity", "error");
  await expect(error.getByRole("button").first()).toHaveText(
    'Error: failed to parse stage name "Builder": invalid reference format: repository name (library/Builder) must be lowercase (line 9)',
  );
  await expect(error.getByTestId("problem-source").first()).toHaveText("Docker build error");
  const more = error.getByText("+3 related");
  await expect(more).toBeVisible();
  const related = error.getByRole("list", { name: "Related to line 9" });
  await expect(related).toBeHidden();
  await more.click();
  await expect(related.getByRole("listitem")).toHaveCount(3);
  // The finding that says why comes first; each says who reports it.
  await expect(related.getByRole("listitem").nth(0)).toContainText("`FROM Builder` is not stage `builder`");
  await expect(related.getByRole("listitem").nth(0)).toContainText("Stagecraft tip · FromNameCasing");
  await expect(related.getByRole("listitem").nth(1)).toContainText("Docker build check · InvalidDefaultArgInFrom");
  await expect(related.getByRole("listitem").nth(2)).toContainText("Stage `builder` is not needed by the target `test`");
  await expect(related.getByRole("listitem").nth(2)).toContainText("Stagecraft tip · UnusedStage");

  await expect(problems.nth(1)).toHaveAttribute("data-severity", "info");
  await expect(problems.nth(1)).toContainText("Stagecraft tip · UnusedStage");
  // "Hint" is what the exercise reveals on request, never a severity.
  await expect(panel.getByRole("button", { name: /^Hint:/ })).toHaveCount(0);
  await expect(panel.getByRole("button", { name: /^Note: Stage 2 is not needed/ })).toHaveCount(1);
});

test("an echo's squiggle names the finding it follows from", async ({ page }) => {
  await page.goto("/lessons/naming-stages/?step=where-names-are-looked-up");
  const ex = fromBuilder(page);
  await staticLine(ex, 2).click();
  await expect(ex.locator('[data-editor-state="ready"]')).toBeVisible();
  await expect(editorTextbox(ex)).toBeFocused();
  await page.keyboard.press("Control+Home");
  // F8: Monaco's "next problem", which shows the marker's message, source and related information.
  // It visits errors first; the UnusedStage note on line 2 comes after them.
  const zone = ex.locator(".marker-widget");
  await expect
    .poll(async () => {
      await page.keyboard.press("F8");
      return zone.innerText();
    })
    .toContain("Stage `builder` is not needed by the target `test`");
  await expect(zone).toContainText("Stagecraft tip");
  await expect(zone).toContainText('Follows from: failed to parse stage name "Builder"');
});

test("the quick-fix menu is wide enough for its labels", async ({ page }) => {
  await page.goto(FINISHED_LESSON);
  await startEditing(workspace(page), 25);
  await replaceLine(page, 25, "COPY --from=buidl /app/build/hello .");
  await openTab(page, "Problems");
  await expect(workspace(page).getByRole("list", { name: "Problems" })).toContainText("did you mean stage `build`");
  // Back in the editor, where the cursor was (the tab took the focus).
  await editorTextbox(workspace(page)).focus();
  await page.keyboard.press("End");
  await page.keyboard.press("Control+.");
  const title = page.locator(".action-widget .monaco-list-row.action .title", { hasText: "Use stage build" });
  await expect(title).toBeVisible();
  const { client, scroll } = await title.evaluate((e) => ({ client: e.clientWidth, scroll: e.scrollWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
});

test("lesson 6's three COPY --from=build are one labelled edge", async ({ page }) => {
  // The step whose workbench holds scratch.Dockerfile, with its three copies.
  await page.goto("/lessons/smallest-runtimes/?step=what-scratch-lacks");
  await page.getByTestId("workbench").getByRole("tab", { name: "Stages" }).click();
  const svg = page.getByTestId("stage-graph-svg").first();
  await svg.scrollIntoViewIfNeeded();
  await expect(svg.locator("[data-edge-kind=copy]")).toHaveCount(1);
  await expect(svg.locator('[data-edge-label="3 × COPY --from"]')).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Stage graph" }).first().locator('[data-stage="stage-1"]')).toContainText("copies from build (lines 20, 21, 22)");
});

test.describe("a missing page", () => {
  // The browser logs the 404 status of the page itself.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test("the 404 page has the site's header and footer and the ways back", async ({ page }) => {
    const response = await page.goto("/lessons/no-such-lesson/");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page is not part of the course");
    await expect(page.getByRole("navigation", { name: "Site" })).toBeVisible();
    await expect(page.getByText("Stagecraft is free software")).toBeVisible();
    await expect(page.getByRole("link", { name: "Why multi-stage builds?" })).toHaveAttribute("href", LESSON);
    await page.getByRole("link", { name: "Back to the course" }).click();
    await expect(page).toHaveURL("/");
  });
});

test("the header links to the rules", async ({ page }) => {
  await page.goto(FINISHED_LESSON);
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Rules" }).click();
  await expect(page).toHaveURL("/rules/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rules");
  await expect(page.locator("#build-error")).toContainText("Error");
  await expect(page.locator("#unused-stage")).toContainText("Note");
});
