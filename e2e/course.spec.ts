import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

test("the course page lists the lessons in order, each with what it teaches", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Stagecraft" })).toBeVisible();
  const lessons = page.getByRole("region", { name: "Lessons" }).getByRole("listitem").filter({ has: page.getByRole("link") });
  await expect(lessons.first()).toContainText("Lesson 1");
  await expect(lessons.first()).toContainText("Why multi-stage builds?");
  await expect(lessons.first()).toContainText("Build a C++ program in one stage and ship only the binary");
  await expect(lessons.first()).toContainText("Copying between stages with COPY --from");
  await lessons.first().getByRole("link").click();
  await expect(page).toHaveURL(/\/lessons\/why-multi-stage\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Why multi-stage builds?");
});

test("the course page has no serious or critical accessibility violation", async ({ page }) => {
  await page.goto("/");
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

test("the course page does not scroll sideways on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
