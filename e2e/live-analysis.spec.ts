import type { Page } from "@playwright/test";
import { editorText as textOf, editorTextbox, expect, FINISHED_LESSON, openTab, replaceLine, startEditing as startEditingIn, test, workbench } from "./fixtures";

/** The lesson's own workspace: the walkthrough's workbench (a lesson page also holds one editor per exercise). */
const workspace = workbench;
const startEditing = (page: Page, line: number) => startEditingIn(workspace(page), line);
const editorText = (page: Page) => textOf(workspace(page));

/** The Problems tab's list, the stage graph's list and the Notes tab's annotations: each in its own workbench tab. */
const problems = (page: Page) => workspace(page).getByRole("list", { name: "Problems" });
const stageGraph = (page: Page) => workspace(page).getByRole("list", { name: "Stage graph" });
const annotation = (page: Page, title: string | RegExp) => workspace(page).getByRole("list", { name: "Annotations" }).getByRole("button", { name: title });

test("a --from typo gets a hint naming the stage, and the quick fix corrects it", async ({ page }) => {
  await page.goto(FINISHED_LESSON);
  await startEditing(page, 25);
  await replaceLine(page, 25, "COPY --from=buidl /app/build/hello .");
  await expect(page.locator(".monaco-editor .squiggly-warning, .monaco-editor .squiggly-info").first()).toBeAttached();
  await openTab(page, "Problems");
  const hint = problems(page).getByRole("listitem").filter({ hasText: "did you mean stage `build`" });
  await expect(hint).toBeVisible();
  await expect(hint).toContainText("BuildKit will try to pull an image called `buidl`");
  // The graph shows the typo as an image to pull, and the build stage as skipped.
  await openTab(page, "Stages");
  await expect(stageGraph(page).locator('[data-stage="build"]')).toHaveAttribute("data-buildkit", "skipped");

  await editorTextbox(workspace(page)).focus();
  await page.keyboard.press("Control+g");
  await page.keyboard.type("25");
  await page.keyboard.press("Enter");
  await page.keyboard.press("End");
  await page.keyboard.press("Control+.");
  await page.getByText("Use stage build").click();
  await expect.poll(() => editorText(page)).toContain("COPY --from=build /app/build/hello .");
  await expect(stageGraph(page).locator('[data-stage="build"]')).toHaveAttribute("data-buildkit", "built");
  await openTab(page, "Problems");
  await expect(problems(page)).toContainText("No problems");
  await expect(workspace(page).getByRole("tab", { name: /^Problems/ })).toHaveText("Problems (0)");
});

test("adding FROM ... AS extra adds a node to the stage graph", async ({ page }) => {
  await page.goto(FINISHED_LESSON);
  await openTab(page, "Stages");
  const svg = workspace(page).getByTestId("stage-graph-svg");
  await expect(svg.locator("[data-node]")).toHaveCount(2);
  await startEditing(page, 29);
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("FROM alpine:latest AS extra");
  await expect(svg.locator('[data-node="extra"]')).toBeVisible();
  await expect(svg.locator("[data-node]")).toHaveCount(3);
  await expect(stageGraph(page).locator('[data-stage="extra"]')).toContainText("target");
});

test("choosing a target marks the unneeded stage skipped for BuildKit and built for the legacy builder", async ({ page }) => {
  await page.goto(FINISHED_LESSON);
  await startEditing(page, 29);
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("FROM alpine:latest AS debug");
  await page.keyboard.press("Enter");
  await page.keyboard.type("COPY --from=build /app /app");
  await openTab(page, "Stages");
  await expect(stageGraph(page).locator('[data-stage="debug"]')).toBeVisible();
  await workspace(page).getByRole("combobox", { name: "Target" }).selectOption("debug");
  const runtime = stageGraph(page).locator('[data-stage="stage-1"]');
  await expect(runtime).toHaveAttribute("data-buildkit", "skipped");
  await expect(runtime).toHaveAttribute("data-legacy", "built");
  await expect(runtime).toContainText("BuildKit: skipped");
  await expect(runtime).toContainText("Legacy builder: built");
  await expect(workspace(page).getByTestId("target-explanation")).toContainText("It skips stage-1");
  await expect(stageGraph(page).locator('[data-stage="build"]')).toHaveAttribute("data-buildkit", "built");
});

test("hovering FROM shows its documentation", async ({ page }) => {
  await page.goto(FINISHED_LESSON);
  await startEditing(page, 4);
  await page.locator(".monaco-editor .view-line", { hasText: "FROM alpine:latest AS build" }).locator("span", { hasText: /^FROM$/ }).first().hover();
  await expect(page.locator(".monaco-hover").filter({ hasText: "to use for subsequent instructions" }).first()).toBeVisible();
});

test("choosing a problem moves the cursor to its line; a graph node selects its stage", async ({ page }) => {
  await page.goto(FINISHED_LESSON);
  await startEditing(page, 1);
  await replaceLine(page, 28, "CMD ./hello");
  await page.keyboard.press("Control+Home");
  await openTab(page, "Problems");
  const problem = problems(page).getByRole("button", { name: /JSON arguments recommended/ });
  await expect(problem).toBeVisible();
  await problem.click();
  // The cursor is on line 28: the Notes tab marks its annotation, the Stages tab explains its stage.
  await openTab(page, "Notes");
  await expect(annotation(page, /Running it/)).toHaveAttribute("aria-current", "true");
  await expect(annotation(page, /The build stage/)).not.toHaveAttribute("aria-current", "true");
  await openTab(page, "Stages");
  const explanation = workspace(page).getByTestId("stage-explanation");
  await expect(explanation).toContainText("This stage: stage-1");

  await stageGraph(page).getByRole("button", { name: "build" }).click();
  await expect(explanation).toContainText("This stage: build");
  await expect(explanation).toContainText("It installs g++, make and cmake (apk).");
});

test("a build error is shown as an error, word for word", async ({ page }) => {
  await page.goto(FINISHED_LESSON);
  await startEditing(page, 25);
  // BuildKit parses every image a --from names and locates the error at the COPY.
  await replaceLine(page, 25, "COPY --from=Hello /app/build/hello .");
  await expect(page.locator(".monaco-editor .squiggly-error").first()).toBeAttached();
  await openTab(page, "Problems");
  const error = problems(page).locator('[data-severity="error"]');
  await expect(error).toHaveCount(1);
  await expect(error.getByRole("button").first()).toHaveText(
    'Error: failed to parse stage name "Hello": invalid reference format: repository name (library/Hello) must be lowercase (line 25)',
  );
  await openTab(page, "Stages");
  const target = workspace(page).getByTestId("target-explanation");
  await expect(target).toContainText('The build fails: failed to parse stage name "Hello"');

  // BuildKit names no line for an index past the last stage (toCommand's error, unwrapped):
  // the editor and Problems show it on the COPY that caused it.
  await editorTextbox(workspace(page)).focus();
  await replaceLine(page, 25, "COPY --from=5 /app/build/hello .");
  await expect(target).toHaveText("The build fails: invalid stage index 5");
  await expect(page.locator(".monaco-editor .squiggly-error").first()).toBeAttached();
  await openTab(page, "Problems");
  await expect(error).toHaveCount(1);
  await expect(error.getByRole("button").first()).toHaveText("Error: invalid stage index 5 (line 25)");
  await expect(error.getByTestId("problem-source").first()).toHaveText("Docker build error");
});

test("stage names complete after --from=, and F12 goes from --from=build to its FROM", async ({ page }) => {
  await page.goto(FINISHED_LESSON);
  await startEditing(page, 25);
  await replaceLine(page, 25, "COPY --from=");
  const suggestion = page.locator(".monaco-editor .suggest-widget .monaco-list-row", { hasText: "build" });
  await expect(suggestion.first()).toBeVisible();
  await page.keyboard.press("Enter");
  await page.keyboard.type(" /app/build/hello .");
  await expect.poll(() => editorText(page)).toContain("COPY --from=build /app/build/hello .");

  await page.keyboard.press("Home");
  for (let i = 0; i < 14; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("F12");
  await openTab(page, "Notes");
  await expect(annotation(page, /The build stage/)).toHaveAttribute("aria-current", "true");
  await expect(annotation(page, /Copying the binary across/)).not.toHaveAttribute("aria-current", "true");
  await openTab(page, "Problems");
  await expect(problems(page)).toContainText("No problems");
});
