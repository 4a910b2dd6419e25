import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { editorText, editorTextbox, expect, LESSON, replaceLine, test } from "./fixtures";

const PRESENT = `${LESSON}present/`;
const ANNOTATIONS = ["The build stage", "The build tools", "Compiling", "A fresh runtime stage", "Copying the binary across", "Running it"];
/** Lesson 1's walkthrough (lessons/why-multi-stage/steps.yaml): id and title of each step. */
const WALKTHROUGH = [
  ["one-image-two-jobs", "One image, two jobs"],
  ["name-the-build-stage", "Name the build stage"],
  ["add-the-runtime-stage", "Add a runtime stage"],
  ["copy-only-the-binary", "Copy only the binary"],
  ["split-it-yourself", "Now you: split the build"],
] as const;
/** Title, the measured sizes, the walkthrough's steps, one slide per annotation, the comparison's two pages of changes, the graph. */
const STEPS = 2 + WALKTHROUGH.length + ANNOTATIONS.length + 2 + 1;
/** The 1-based slide of the first walkthrough step. */
const FIRST_STEP = 3;
/** The 1-based slide of the first annotation. */
const FIRST_ANNOTATION = FIRST_STEP + WALKTHROUGH.length;

const counter = (page: Page) => page.getByTestId("step-counter");
/** The code as the class sees it while presenting (static; Monaco only while editing). */
const code = (page: Page) => page.locator(".presenter-code").getByLabel("Dockerfile", { exact: true });
/** Whether the keyboard focus is in Monaco (hidden while presenting, so not findable by its role then). */
const focusInEditor = (page: Page) => page.evaluate(() => document.activeElement?.closest(".monaco-editor") != null);

/** Opens presenter view (at a slide, by its address) and waits for Monaco, which loads at once there for editing. */
async function present(page: Page, hash = "", step = 1) {
  await page.goto(`${PRESENT}${hash}`);
  await expect(page.locator("[data-presenter] .monaco-editor")).toBeAttached();
  await expect(counter(page)).toHaveText(`Step ${step} of ${STEPS}`);
}

/** Starts editing with E and waits for the focused editor. */
async function edit(page: Page) {
  await page.keyboard.press("e");
  await expect(page.locator("[data-presenter][data-editing]")).toBeAttached();
  await expect(editorTextbox(page)).toBeFocused();
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

test("a clicker steps through the sizes and every annotation, highlighting its lines, then the changes and the graph", async ({ page }) => {
  await present(page);
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("presenter-sizes")).toBeVisible();
  for (const [i, [, title]] of WALKTHROUGH.entries()) {
    await page.keyboard.press("ArrowRight");
    await expect(counter(page)).toHaveText(`Step ${i + FIRST_STEP} of ${STEPS}`);
    await expect(page.getByTestId("presenter-step").getByRole("heading", { level: 2 })).toHaveText(title);
  }
  const note = page.getByTestId("presenter-annotation");
  const keys = ["ArrowRight", "PageDown", " "];
  for (const [i, title] of ANNOTATIONS.entries()) {
    await page.keyboard.press(keys[i % keys.length] ?? "ArrowRight");
    await expect(counter(page)).toHaveText(`Step ${i + FIRST_ANNOTATION} of ${STEPS}`);
    await expect(note.getByRole("heading", { level: 2 })).toHaveText(title);
    // The highlight sits on the line the annotation names ("line 14" / "lines 5–7"), in view.
    const where = (await note.textContent()) ?? "";
    const first = Number(/lines? (\d+)/.exec(where)?.[1]);
    const highlighted = code(page).locator(".static-line-highlight").first();
    await expect(highlighted).toHaveAttribute("data-line", String(first));
    await expect(highlighted).toBeInViewport({ ratio: 1 });
  }
  await expect(note).toContainText("line 28");
  // Back with the arrow and Page Up.
  await page.keyboard.press("ArrowLeft");
  await expect(note.getByRole("heading", { level: 2 })).toHaveText(ANNOTATIONS[4] ?? "");
  await page.keyboard.press("PageUp");
  await expect(note.getByRole("heading", { level: 2 })).toHaveText(ANNOTATIONS[3] ?? "");
  // Next: the changes in two slides, then the graph; the last step stays put.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { name: "Single-stage → Multi-stage change 1 of 2" })).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("heading", { name: "Single-stage → Multi-stage change 2 of 2" })).toBeVisible();
  // The runtime stage's FROM and COPY --from are on screen, not below the fold, and large.
  for (const line of ["FROM alpine:latest", "COPY --from=build /app/build/hello ."]) {
    const row = page.locator(".presenter-hunks tr[data-diff=added]").filter({ has: page.getByRole("cell", { name: line, exact: true }) });
    await expect(row).toHaveCount(1);
    await expect(row).toBeInViewport({ ratio: 1 });
    expect(await row.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(18);
  }
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(counter(page)).toHaveText(`Step ${STEPS} of ${STEPS}`);
  await expect(page.getByRole("heading", { name: "The stages" })).toBeVisible();
});

test("the walkthrough's steps are slides: title, the edit, prose, and the step's Dockerfile with its changed lines emphasised", async ({ page }) => {
  await present(page, "#name-the-build-stage", FIRST_STEP + 1);
  const slide = page.getByTestId("presenter-step");
  await expect(slide.getByRole("heading", { level: 2 })).toHaveText("Name the build stage");
  await expect(slide).toContainText("Step 2 of 5");
  await expect(slide.getByTestId("presenter-step-edit")).toHaveText(/^The change: \+ Add AS build/);
  await expect(slide).toContainText("A stage is what one FROM starts");
  // Readable from the back: prose at 24px or more.
  expect(await slide.locator(".presenter-step-prose p").first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(24);
  // The code is this step's file, the lines its edit changed emphasised and in view.
  const changed = code(page).locator("[data-changed]");
  await expect(changed.filter({ hasText: "FROM alpine:latest AS build" })).toHaveCount(1);
  await expect(changed.last()).toBeInViewport();
  await expect(code(page).getByText("COPY --from=build")).toHaveCount(0);

  // The next step puts its own file on screen: the runtime stage's FROM is new.
  await page.keyboard.press("ArrowRight");
  await expect(slide.getByRole("heading", { level: 2 })).toHaveText("Add a runtime stage");
  await expect(changed.filter({ hasText: /^\d+FROM alpine:latest\s*$/ })).toHaveCount(1);
  // A step with a predict question asks the class.
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(`${PRESENT}#copy-only-the-binary`);
  await expect(slide.getByRole("complementary", { name: "Ask the class" })).toContainText("which stages does docker build --target build run?");
  await expect(changed.filter({ hasText: "COPY --from=build /app/build/hello ." })).toHaveCount(1);

  // Editing a step live: the emphasis goes with the step's text, R brings both back.
  await edit(page);
  await page.keyboard.press("Control+End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("LABEL live=edit");
  await page.keyboard.press("Escape");
  await expect(page.locator("[data-presenter][data-editing]")).toHaveCount(0);
  await expect(slide).toContainText("edited live");
  await expect(code(page)).toContainText("LABEL live=edit");
  await expect(changed).toHaveCount(0);
  await page.keyboard.press("r");
  await expect(code(page)).not.toContainText("LABEL live=edit");
  await expect(changed.filter({ hasText: "COPY --from=build /app/build/hello ." })).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath("presenter-step.png") });
});

test("the size slide: the lesson's measured sizes, to scale, with their source", async ({ page }) => {
  await present(page, "#sizes", 2);
  const slide = page.getByTestId("presenter-sizes");
  await expect(slide.getByRole("heading", { name: "The same program, two images" })).toBeVisible();
  await expect(slide.getByTestId("presenter-size-headline")).toHaveText(/^303MB\s*→\s*to\s*8\.34MB$/);
  await expect(slide).toContainText("Single-stage");
  await expect(slide).toContainText("Multi-stage");
  await expect(slide).toContainText("About 36 times smaller.");
  await expect(slide).toContainText("Sizes as printed by docker image ls in the course's tutorial (E. Teiniker, 2025, GPL-3.0)");
  await expect(slide).toContainText("Measured by the course, not by this site.");
  // Bars to scale: 8.34 / 303 of the width.
  const widths = await slide.locator("dd > span.block").evaluateAll((bars) => bars.map((b) => b.getBoundingClientRect().width));
  expect(widths).toHaveLength(2);
  expect((widths[1] ?? 0) / (widths[0] ?? 1)).toBeCloseTo(8.34 / 303, 2);
});

test("the step is in the address: a reload returns to it, and the address opens a step", async ({ page }) => {
  await present(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await expect(counter(page)).toHaveText(`Step 4 of ${STEPS}`);
  await expect(page).toHaveURL(`${PRESENT}#name-the-build-stage`);
  await page.reload();
  await expect(counter(page)).toHaveText(`Step 4 of ${STEPS}`);
  await expect(page.getByTestId("presenter-step").getByRole("heading", { level: 2 })).toHaveText("Name the build stage");
  // The reloaded step shows its own Dockerfile, not the lesson's finished one.
  await expect(code(page).locator('[data-line="4"]')).toHaveText(/FROM alpine:latest AS build\s*$/);
  await expect(code(page).getByText("COPY --from=build")).toHaveCount(0);
  await page.goto(`${PRESENT}#graph`);
  await expect(counter(page)).toHaveText(`Step ${STEPS} of ${STEPS}`);
  // The browser's Back leaves presenter view in one step: the steps replace the address, they do not pile up.
  await page.goto(LESSON);
  await present(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(`${PRESENT}#name-the-build-stage`);
  await page.goBack();
  await expect(page).toHaveURL(LESSON);
});

test("the on-screen buttons step too, and Space on a focused button steps once", async ({ page }) => {
  await present(page);
  await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(counter(page)).toHaveText(`Step 2 of ${STEPS}`);
  await page.keyboard.press(" ");
  await expect(counter(page)).toHaveText(`Step 3 of ${STEPS}`);
  await page.getByRole("button", { name: "Back", exact: true }).click();
  await expect(counter(page)).toHaveText(`Step 2 of ${STEPS}`);
});

test("the code is large enough for the back of the room, presenting and editing", async ({ page }) => {
  await present(page, "#annotation-1", FIRST_ANNOTATION);
  expect(await code(page).locator("[data-line]").first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(24);
  await edit(page);
  expect(await page.locator(".monaco-editor .view-line").first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(24);
});

test("comment rulers stay one row, clipped, and inline code does not break at --", async ({ page }) => {
  await present(page, "#annotation-5", FIRST_ANNOTATION + 4);
  for (const line of [1, 16]) {
    const ruler = code(page).locator(`[data-line="${line}"]`);
    await expect(ruler).toHaveAttribute("data-ruler", "");
    // One row of the code's line height, however long the ruler.
    expect(await ruler.evaluate((e) => Math.round(e.getBoundingClientRect().height))).toBe(38);
  }
  // A long comment does wrap, at a space.
  expect(await code(page).locator('[data-line="24"]').evaluate((e) => Math.round(e.getBoundingClientRect().height))).toBe(76);
  // `COPY --from=build` in the annotation is on one line.
  const inline = page.getByTestId("presenter-annotation").locator("code", { hasText: "COPY --from=build" });
  expect(await inline.evaluate((e) => e.getClientRects().length)).toBe(1);

  // Editing, Monaco wraps the same way: rulers one row each, never a row of dashes alone.
  await edit(page);
  await page.keyboard.press("Control+Home");
  const rows = async () => (await page.locator(".presenter-code .monaco-editor .view-lines .view-line").allInnerTexts()).map((l) => l.replace(/\u00a0/g, " ").trimEnd());
  await expect.poll(rows).toContainEqual(expect.stringMatching(/^# Build Stage -{20,}$/));
  expect((await rows()).filter((r) => /^-+$/.test(r))).toEqual([]);
  // Going to a ruler's clipped end scrolls nothing sideways.
  const lineStart = () => page.locator(".presenter-code .monaco-editor .view-lines .view-line").first().evaluate((e) => Math.round(e.getBoundingClientRect().left));
  const before = await lineStart();
  await page.keyboard.press("End");
  await page.waitForTimeout(200);
  expect(await lineStart()).toBe(before);
});

test("the graph's legend reads from the back of the room", async ({ page }) => {
  await present(page, "#graph", STEPS);
  const legend = page.locator(".presenter-graph .graph-legend");
  await expect(legend).toBeVisible();
  expect(await legend.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(20);
});

test("? lists every key; D and G jump to the changes and the graph", async ({ page }) => {
  await present(page);
  await page.keyboard.press("?");
  const keys = page.getByRole("dialog", { name: "Keys" });
  await expect(keys).toBeVisible();
  for (const action of ["Next step", "Previous step", "Edit the Dockerfile", "Stop editing; it never leaves presenter view", "Full screen", "Show the diff", "Show the stage graph", "Reset the editor", "Show or hide this list"]) {
    await expect(keys).toContainText(action);
  }
  for (const key of ["Page Down", "Page Up", "Space", "E", "F", "D", "G", "R", "Esc", "?"]) {
    await expect(keys.locator("kbd", { hasText: new RegExp(`^${key.replace("?", "\\?")}$`) })).toHaveCount(1);
  }
  // Keys do not step under the dialog; ? closes it.
  await page.keyboard.press("ArrowRight");
  await expect(counter(page)).toHaveText(`Step 1 of ${STEPS}`);
  await page.keyboard.press("?");
  await expect(keys).toBeHidden();

  await page.keyboard.press("d");
  await expect(counter(page)).toHaveText(`Step ${STEPS - 2} of ${STEPS}`);
  await expect(page.locator(".presenter-hunks tr[data-diff=added]").first()).toBeVisible();
  await expect(page.locator(".presenter-hunks tr[data-diff=removed]").first()).toBeVisible();
  await page.keyboard.press("g");
  await expect(counter(page)).toHaveText(`Step ${STEPS} of ${STEPS}`);
  await expect(page.getByTestId("stage-graph-svg")).toBeVisible();
  await expect(page.getByRole("list", { name: "Stage graph" }).getByRole("listitem")).toHaveCount(2);
});

test("E starts editing: typing does not step, the graph follows the edits; R resets", async ({ page }) => {
  await present(page);
  await page.keyboard.press("g");
  await edit(page);
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
  await expect(code(page)).not.toContainText("debug");
});

test("Esc leaves edit mode, and never presenter view; a stray key never types into the Dockerfile", async ({ page }) => {
  await present(page, "#annotation-5", FIRST_ANNOTATION + 4);
  // Not editing: the code is not an input. A click on it and a stray key change nothing.
  await code(page).locator('[data-line="25"]').click();
  await page.keyboard.press("b");
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(`${PRESENT}#annotation-5`);
  await expect(counter(page)).toHaveText(`Step ${FIRST_ANNOTATION + 4} of ${STEPS}`);
  expect(await focusInEditor(page)).toBe(false);
  await expect(code(page).locator('[data-line="25"]')).toHaveText(/^25COPY --from=build \/app\/build\/hello \.\s*$/);

  await edit(page);
  await expect(page.getByRole("status").filter({ hasText: "Editing: the slide keys pause while you type" })).toBeVisible();
  // Esc that closes the editor's suggestions stays in the editor; the next one ends editing.
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.keyboard.type("COPY --from=");
  // Open, with its stage names: Monaco may keep the widget hidden for a frame while it lays
  // out the grown editor (seen under load), and Esc closes it either way, which is the point.
  await expect(page.locator(".monaco-editor .suggest-widget.visible .monaco-list-row").first()).toBeAttached();
  await page.keyboard.press("Escape");
  await expect(page.locator(".monaco-editor .suggest-widget.visible")).toBeHidden();
  await expect(editorTextbox(page)).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.locator("[data-presenter][data-editing]")).toHaveCount(0);
  expect(await focusInEditor(page)).toBe(false);
  await expect(code(page)).toContainText("COPY --from=");
  // The slide keys work again, and Esc still does not leave presenter view.
  await page.keyboard.press("ArrowRight");
  await expect(counter(page)).toHaveText(`Step ${FIRST_ANNOTATION + 5} of ${STEPS}`);
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(`${PRESENT}#annotation-6`);
  await expect(page.getByRole("navigation", { name: "Site" })).toBeHidden();
  // Exit does.
  await page.getByRole("link", { name: "Exit" }).click();
  await expect(page).toHaveURL(LESSON);
});

test("live edits: the annotation says what changed, and a large Problems strip groups the findings", async ({ page }) => {
  await present(page, "#annotation-5", FIRST_ANNOTATION + 4);
  await expect(page.getByTestId("presenter-problems")).toHaveCount(0);
  await edit(page);
  const strip = page.getByTestId("presenter-problems");
  await expect(strip).toContainText("No problems");
  await replaceLine(page, 25, "COPY --from=biuld /app/build/hello .");
  const note = page.getByTestId("presenter-annotation");
  await expect(note).toContainText("changed · line 25");
  await expect(note).toContainText("Changed: now reads COPY --from=biuld /app/build/hello . (this explains --from=build).");
  const problem = strip.getByRole("listitem");
  await expect(problem).toHaveCount(1);
  await expect(problem).toContainText("did you mean stage `build`?");
  await expect(problem).toContainText("Stagecraft tip · StageNameTypo · +1 related");
  expect(await problem.evaluate((e) => parseFloat(getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(20);
  await expect(strip.getByRole("heading", { name: /Problems/ })).toContainText("0 errors, 1 warning, 0 notes");
});

test("Full screen says Exit full screen while it is", async ({ page }) => {
  await present(page);
  await page.getByRole("button", { name: "Full screen", exact: true }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(page.getByRole("button", { name: "Exit full screen" })).toBeVisible();
  await page.getByRole("button", { name: "Exit full screen" }).click();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  await expect(page.getByRole("button", { name: "Full screen", exact: true })).toBeVisible();
});

test("every slide kind is free of serious accessibility violations, the buttons' names included", async ({ page }) => {
  test.setTimeout(120_000); // axe on six slides
  for (const [hash, step] of [["#title", 1], ["#sizes", 2], ["#copy-only-the-binary", FIRST_STEP + 3], ["#annotation-1", FIRST_ANNOTATION], ["#diff-2", STEPS - 1], ["#graph", STEPS]] as const) {
    await present(page, hash, step);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "label-content-name-mismatch");
    expect(serious.map((v) => `${hash} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
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
  await present(page, "#annotation-1", FIRST_ANNOTATION);
  await edit(page);
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
        // A step slide: its changed lines emphasised.
        for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
        await expect(code(page).locator("[data-changed]").first()).toBeVisible();
      }
      const results = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => `${url} ${n.target.join(" ")}: ${n.failureSummary}`))).toEqual([]);
    }
    // The size slide, the changes, and the Problems strip under a live edit.
    for (const [hash, step] of [["#sizes", 2], ["#annotation-1", FIRST_ANNOTATION], ["#diff-2", STEPS - 1]] as const) {
      await present(page, hash, step);
      const results = await new AxeBuilder({ page }).withRules(["color-contrast"]).analyze();
      expect(results.violations.flatMap((v) => v.nodes.map((n) => `${hash} ${n.target.join(" ")}: ${n.failureSummary}`))).toEqual([]);
    }
    await present(page, "#annotation-5", FIRST_ANNOTATION + 4);
    await edit(page);
    await replaceLine(page, 25, "COPY --from=biuld /app/build/hello .");
    await expect(page.getByTestId("presenter-problems").getByRole("listitem")).toHaveCount(1);
    await page.keyboard.press("Escape");
    const results = await new AxeBuilder({ page }).include("[data-testid=presenter-problems]").include("[data-testid=presenter-annotation]").withRules(["color-contrast"]).analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => `strip ${n.target.join(" ")}: ${n.failureSummary}`))).toEqual([]);
  });
}

test("a lesson prints as a handout: text, numbered annotations, static code and diff, no chrome", async ({ page, request }, testInfo) => {
  // The handout is in the page's static HTML: it needs no script to print.
  const html = await (await request.get(LESSON)).text();
  expect(html).toContain('aria-label="Handout"');
  expect(html).toContain("COPY --from=build /app/build/hello .");

  await page.goto(LESSON);
  const workbench = page.getByRole("complementary", { name: "Workbench" });
  const handout = page.getByRole("region", { name: "Handout" });
  // On screen the workbench shows all of this live: the handout is for paper only.
  await expect(handout).toBeHidden();
  // Let Monaco take over the editor and the diff first: the handout must still show the static views.
  await workbench.getByLabel("Dockerfile (press Enter to edit)").locator('[data-line="3"]').click();
  await expect(workbench.locator('[data-editor-state="ready"]')).toBeVisible();
  await workbench.getByRole("tab", { name: "Diff" }).click();
  await expect(workbench.locator("[data-diff-ready=true]")).toBeAttached();

  await page.emulateMedia({ media: "print" });
  // No chrome: navigation, the workbench with its editor and buttons, the presenter link.
  await expect(page.getByRole("navigation", { name: "Site" })).toBeHidden();
  await expect(workbench).toBeHidden();
  await expect(page.locator(".monaco-editor").first()).toBeHidden();
  await expect(page.locator(".monaco-diff-editor").first()).toBeHidden();
  await expect(page.getByRole("link", { name: "Present this lesson" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Apply: Add AS build" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Reset" }).first()).toBeHidden();

  // The lesson's text: every step, with its prose, over the whole width of the page.
  for (const [id, title] of WALKTHROUGH) {
    const step = page.locator(`[data-step="${id}"]`);
    await expect(step.getByRole("heading", { name: title })).toBeVisible();
    await expect(step.locator(".prose-lesson p").first()).toBeVisible();
  }
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  expect((await page.locator('[data-step="one-image-two-jobs"]').boundingBox())?.width).toBeGreaterThan(width * 0.8);

  // The lesson's Dockerfile, static, with line numbers.
  await expect(handout).toBeVisible();
  const code = handout.getByLabel("The lesson's Dockerfile (multi.Dockerfile)");
  await expect(code).toBeVisible();
  await expect(code.locator('[data-line="1"]')).toHaveText("# Build Stage -------------------------------------------------------");
  await expect(code.locator('[data-line="25"]')).toHaveText("COPY --from=build /app/build/hello .");
  expect(await code.locator('[data-line="25"]').evaluate((e) => getComputedStyle(e, "::before").content)).toBe('"25"');

  // The annotations, numbered, each with the lines it explains.
  const annotations = handout.getByRole("list", { name: "Annotations" }).getByRole("listitem");
  await expect(annotations).toHaveCount(ANNOTATIONS.length);
  for (const [i, title] of ANNOTATIONS.entries()) {
    await expect(annotations.nth(i)).toBeVisible();
    await expect(annotations.nth(i)).toContainText(new RegExp(`^${i + 1} ${title} \\((lines? \\d+(–\\d+)?)\\): \\S`));
  }
  await expect(annotations.nth(0)).toContainText("The build stage (line 4):");
  await expect(annotations.nth(4)).toContainText("Copying the binary across (line 25):");

  // The diff from the single-stage file to the multi-stage one, signed and coloured.
  const diff = handout.getByRole("heading", { name: "The changes: Single-stage (−) to Multi-stage (+)" });
  await expect(diff).toBeVisible();
  const changes = handout.locator("[data-handout-diff]");
  await expect(changes.locator('[data-diff="added"]', { hasText: "+ COPY --from=build /app/build/hello ." })).toBeVisible();
  await expect(changes.locator('[data-diff="added"]', { hasText: "+ FROM alpine:latest AS build" })).toBeVisible();
  await expect(changes.locator('[data-diff="removed"]').first()).toBeVisible();
  expect(await changes.locator('[data-diff="added"]').first().evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");

  // No code line runs past the page's right edge.
  const overflow = await page.evaluate(() =>
    [...document.querySelectorAll(".lesson-handout [data-line], .lesson-handout [data-diff], .code-block [data-line]")].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).length,
  );
  expect(overflow).toBe(0);
  await page.screenshot({ path: testInfo.outputPath("print.png"), fullPage: true });
});
