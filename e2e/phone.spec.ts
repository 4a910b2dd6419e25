import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";
import { expect, replaceLine, startEditing, staticLine, test } from "./fixtures";

// lz-string is CommonJS without detectable named exports: load it the CommonJS way in Node.
const { compressToEncodedURIComponent } = createRequire(import.meta.url)("lz-string") as typeof import("lz-string");

/** Editing on a phone (390x844): long lines wrap, nothing hides under the gutter, no Problems message is cut off. */
test.use({ viewport: { width: 390, height: 844 } });

/** The playground holding lesson 1's finished Dockerfile: long comments, two rulers (lines 1 and 16). */
const DOCKERFILE = readFileSync("lessons/why-multi-stage/multi.Dockerfile", "utf8");
const PLAYGROUND = `/playground/#v1=${compressToEncodedURIComponent(JSON.stringify({ text: DOCKERFILE, target: null }))}`;
const workspace = (page: Page) => page.getByRole("main");
const LONG_COMMENT = "# Compile the application using Alpine with build tools";


test("on a phone the static view and the editor wrap long lines, and Problems messages are never cut off", async ({ page }) => {
  await page.goto(PLAYGROUND);
  const code = workspace(page).getByLabel("Dockerfile (press Enter to edit)");
  // The static view: no sideways scroll, the long comment on two rows or more, the ruler on one.
  expect(await code.evaluate((e) => e.scrollWidth - e.clientWidth)).toBeLessThanOrEqual(0);
  await expect(staticLine(workspace(page), 3)).toHaveText(new RegExp(`^3${LONG_COMMENT}`));
  expect(await staticLine(workspace(page), 3).evaluate((e) => e.getBoundingClientRect().height)).toBeGreaterThanOrEqual(40);
  expect(await staticLine(workspace(page), 1).evaluate((e) => e.getBoundingClientRect().height)).toBe(20);
  // Every line's text starts right of the gutter, in view.
  const gutterOverlap = await code.evaluate((pre) => {
    const bounds = pre.getBoundingClientRect();
    return [...pre.querySelectorAll("[data-line] > span:last-child")].filter((s) => {
      const r = s.getBoundingClientRect();
      return r.left < bounds.left || r.right > bounds.right + 0.5;
    }).length;
  });
  expect(gutterOverlap).toBe(0);

  // Monaco wraps too: no view line holds the whole long comment, one holds its start.
  await startEditing(workspace(page), 4);
  await page.keyboard.press("Control+Home");
  const viewLines = async () => (await workspace(page).locator(".monaco-editor .view-lines .view-line").allInnerTexts()).map((l) => l.replace(/\u00a0/g, " ").trimEnd());
  await expect.poll(viewLines).toContainEqual(expect.stringMatching(/^# Compile the application/));
  expect(await viewLines()).not.toContain(LONG_COMMENT);
  // The ruler (line 1) stays one row, clipped; going to its end scrolls nothing sideways.
  await expect.poll(viewLines).toContainEqual(expect.stringMatching(/^# Build Stage -{40,}$/));
  const lineStart = () => workspace(page).locator(".monaco-editor .view-lines .view-line").first().evaluate((e) => Math.round(e.getBoundingClientRect().left));
  const before = await lineStart();
  await page.keyboard.press("End");
  await page.waitForTimeout(200);
  expect(await lineStart()).toBe(before);

  // Three problems with long messages, shown full width, with nothing cut off and no inner scroll box.
  await replaceLine(page, 4, "FROM alpine:latest as build");
  await replaceLine(page, 25, "COPY --from=buidl /app/build/hello .");
  await replaceLine(page, 28, "CMD ./hello");
  const problems = workspace(page).getByRole("list", { name: "Problems" });
  await expect(problems.getByRole("listitem").filter({ hasText: "did you mean stage `build`" })).toBeVisible();
  await expect(problems.locator(":scope > li")).toHaveCount(3);
  await problems.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath("phone-problems.png"), fullPage: false });
  const layout = await problems.evaluate((ul) => {
    const cut = [...ul.querySelectorAll<HTMLElement>("*")].filter((e) => e.clientWidth > 1 && e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== "visible");
    const messages = [...ul.querySelectorAll<HTMLElement>(":scope > li button")].map((b) => {
      const r = b.getBoundingClientRect();
      return { left: r.left, right: r.right, width: r.width };
    });
    return { cut: cut.length, scrolls: ul.scrollHeight > ul.clientHeight + 1, messages, pageWidth: document.documentElement.scrollWidth };
  });
  expect(layout.cut, "elements in Problems that clip their content sideways").toBe(0);
  expect(layout.scrolls, "Problems is a scroll box that hides messages").toBe(false);
  expect(layout.pageWidth).toBeLessThanOrEqual(390);
  for (const m of layout.messages) {
    expect(m.right).toBeLessThanOrEqual(390);
    // The message takes the row's width (the card is ~340px wide; a related one is indented), not a squeezed column.
    expect(m.width).toBeGreaterThanOrEqual(250);
  }
});
