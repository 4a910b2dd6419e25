import type { Locator, Page } from "@playwright/test";
import { editorText, expect, FINISHED_LESSON, LESSON, openTab, startEditing, test, workbench } from "./fixtures";

/** The lesson's own workspace: the walkthrough's workbench (a lesson page also holds one editor per exercise). */
const workspace = workbench;
/** The Image tab's panel (lesson 1's finished step opens on that tab). */
const imagePanel = (ws: Locator) => ws.getByTestId("image-panel");

/** Moves the cursor to line n (1-based) of the focused editor. */
async function goToLine(page: Page, line: number) {
  await page.keyboard.press("Control+g");
  await page.keyboard.type(String(line));
  await page.keyboard.press("Enter");
}

// Docker's documentation example (FACTS-PATTERNS.md section 6).
const docsExample = `FROM ubuntu AS base
RUN echo "base"

FROM base AS stage1
RUN echo "stage1"

FROM base AS stage2
RUN echo "stage2"
`;

test("lesson 1 shows an estimated 8.34MB image, its sources, and the course's measured sizes beside the estimates", async ({ page }) => {
  const scripts: string[] = [];
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") scripts.push(await response.text().catch(() => ""));
  });
  // The lesson's first screen (step 1, with the model computed at build time) loads no
  // simulator: the Image tab shows the build-time estimate, and the first edit brings it.
  await page.goto(LESSON);
  const ws = workspace(page);
  await expect(ws.getByRole("tab", { name: "Image" })).toHaveAttribute("aria-selected", "true");
  await expect(imagePanel(ws).getByTestId("final-image-size")).toHaveText("303MB");
  await page.waitForLoadState("networkidle");
  expect(scripts.some((s) => s.includes("apk:cmake g++ make:course"))).toBe(false);
  await startEditing(ws, 19);
  await page.keyboard.press("End");
  await page.keyboard.type(" ");
  await expect.poll(() => scripts.some((s) => s.includes("apk:cmake g++ make:course"))).toBe(true);

  // The finished step, as a new student would open it (nothing saved).
  await page.evaluate(() => localStorage.clear());
  await page.goto(FINISHED_LESSON);
  await expect(ws.getByRole("tab", { name: "Image" })).toHaveAttribute("aria-selected", "true");
  const image = imagePanel(ws);
  await expect(image.getByTestId("final-image-size")).toHaveText("8.34MB");
  await expect(image.getByTestId("final-image")).toContainText("estimated");
  await expect(image.getByTestId("left-behind")).toContainText("The ~295MB of g++, make and cmake in stage build never reach the image");
  await expect(image.locator('[data-stage="build"]')).toContainText("303MB");

  // Sources are one click away.
  const sources = image.getByTestId("simulation-sources");
  const alpine = sources.getByText("alpine:latest", { exact: true });
  await expect(alpine).toBeHidden();
  await sources.getByText(/Where these estimates come from/).click();
  await expect(alpine).toBeVisible();
  await expect(sources).toContainText("on disk, uncompressed");
  await expect(sources).toContainText("How it was derived");

  // The course's measured sizes beside the estimates: the problem's at the top of the lesson,
  // the student's in the Diff tab.
  await expect(page.getByTestId("hook-size")).toContainText("single.Dockerfile");
  await expect(page.getByTestId("hook-size")).toContainText("303MB measured · this site estimates 303MB");
  await openTab(page, "Diff");
  await expect(ws.getByTestId("diff-sizes").locator("dd")).toHaveText(["303MB measured", "8.34MB estimated"]);
});

test("removing the runtime stage's FROM and COPY makes the estimate jump to 303MB, and undo brings back 8.34MB", async ({ page }) => {
  await page.goto(FINISHED_LESSON);
  const ws = workspace(page);
  const size = imagePanel(ws).getByTestId("final-image-size");
  await startEditing(ws, 25);
  await page.keyboard.press("Control+Shift+k"); // delete line 25: COPY --from=build ...
  await goToLine(page, 19);
  await page.keyboard.press("Control+Shift+k"); // delete line 19: FROM alpine:latest
  await expect.poll(() => editorText(ws)).not.toContain("FROM alpine:latest\n");
  expect(await editorText(ws)).not.toContain("COPY --from=build");
  await expect(size).toHaveText("303MB");
  await expect(imagePanel(ws).getByTestId("left-behind")).toHaveCount(0);

  await page.keyboard.press("Control+z");
  await page.keyboard.press("Control+z");
  await expect(size).toHaveText("8.34MB");
});

test("the file tree shows hello from stage build, and copying /app/build brings the object files", async ({ page }) => {
  await page.goto(FINISHED_LESSON);
  const ws = workspace(page);
  // The final image's files are under the Image tab's Details.
  await ws.getByText("Details: the final image's files").click();
  const tree = ws.getByTestId("file-tree");
  const hello = tree.locator('[data-path="/app/hello"]');
  await expect(hello).toContainText("hello");
  await expect(hello).toBeVisible();
  await expect(hello).toContainText("from stage build");
  await expect(tree.locator('[data-path="/app/CMakeFiles"]')).toHaveCount(0);

  await startEditing(ws, 25);
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+End");
  await page.keyboard.type("COPY --from=build /app/build .");
  await expect(tree.locator('[data-path="/app/CMakeFiles/hello.dir/hello.cpp.o"]')).toContainText("from stage build");
  await expect(tree.locator('[data-path="/app/CMakeCache.txt"]')).toBeVisible();
  expect(await tree.locator("[data-path]").count()).toBeGreaterThan(10);
});

test("Docker's example with --target stage2: the BuildKit log skips stage1, the legacy log runs it", async ({ page }) => {
  await page.goto(FINISHED_LESSON);
  const ws = workspace(page);
  await startEditing(ws, 1);
  await page.keyboard.press("Control+a");
  await page.keyboard.insertText(docsExample);
  await expect.poll(() => editorText(ws)).toContain("FROM base AS stage2");
  await openTab(page, "Stages");
  await ws.getByRole("combobox", { name: "Target" }).selectOption("stage2");

  await openTab(page, "Log");
  const log = ws.getByTestId("build-log");
  await expect(log).toContainText("Simulated — no Docker engine ran this build");
  await expect(log).toContainText("$ docker build --target stage2 -t hello-cmake .");
  const buildkit = log.getByTestId("log-buildkit");
  await expect(buildkit).toContainText('=> [stage2 1/1] RUN echo "stage2"');
  await expect(buildkit).toContainText('=> [base 2/2] RUN echo "base"');
  await expect(buildkit).not.toContainText("stage1");

  await log.getByRole("tab", { name: "Legacy builder" }).click();
  await expect(log.getByRole("tab", { name: "Legacy builder" })).toHaveAttribute("aria-selected", "true");
  const legacy = log.getByTestId("log-legacy");
  await expect(legacy).toContainText("Step 3/6 : FROM base AS stage1");
  await expect(legacy).toContainText('Step 4/6 : RUN echo "stage1"');
  await expect(legacy).toContainText('Step 6/6 : RUN echo "stage2"');
  await expect(log).toContainText("$ DOCKER_BUILDKIT=0 docker build --target stage2 -t hello-cmake .");
});

test("the simulated docker image ls row sits beside the course's measured one", async ({ page }) => {
  await page.goto(FINISHED_LESSON);
  const ls = imagePanel(workspace(page)).getByTestId("image-ls");
  await expect(ls).toContainText("Simulated by this site");
  await expect(ls.locator('[data-row="sim"]')).toHaveText(/^hello-cmake {3}latest {3}[0-9a-f]{12} {3}Less than a second ago {3}8\.34MB$/);
  await expect(ls).toContainText("Measured by the course");
  await expect(ls.locator('[data-row="measured"]')).toHaveText(/^hello-cmake {3}latest {3}… +… +8\.34MB$/);
});
