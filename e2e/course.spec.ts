import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { parse } from "yaml";
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

test("a returning student continues where they left off, by keyboard, and moves on once the lesson is solved", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Start with lesson 1" })).toBeVisible();
  await expect(page.getByRole("link", { name: /^Continue:/ })).toHaveCount(0);

  // The student opens lesson 2, then comes back to the course page.
  await page.goto("/lessons/naming-stages/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Naming stages");
  await page.goto("/");
  const resume = page.getByRole("link", { name: "Continue: lesson 2 — Naming stages" });
  await expect(resume).toBeVisible();
  await expect(page.getByRole("link", { name: "Start with lesson 1" })).toHaveCount(0);

  // Reached with Tab from the top of the page, followed with Enter.
  let reached = false;
  for (let i = 0; i < 25 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await resume.evaluate((el) => el === document.activeElement);
  }
  expect(reached, "the Continue link is reachable with Tab").toBe(true);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/lessons\/naming-stages\/$/);

  // Once every exercise of lesson 2 is solved (as the Check button records it), Continue offers lesson 3.
  // The walkthrough mounts only the open step's exercise, so the ids come from the lesson's exercises file
  // (an exercise's id is its title in kebab case, lib/course/load.ts).
  const titles = (parse(readFileSync("lessons/naming-stages/exercises.yaml", "utf8")) as { id?: string; title: string }[]).map((e) => e.id ?? e.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""));
  const ids = titles.map((id) => `naming-stages/${id}`);
  expect(ids).toEqual(["naming-stages/replace-the-index-with-a-clean-name", "naming-stages/fix-the-from-builder-trap"]);
  await page.evaluate((solvedIds) => {
    const key = "stagecraft:v1:progress";
    const saved = JSON.parse(localStorage.getItem(key) ?? "null") as { solved: Record<string, number> };
    for (const id of solvedIds) saved.solved[id] = Date.now();
    localStorage.setItem(key, JSON.stringify(saved));
  }, ids);
  await page.goto("/");
  await expect(page.getByRole("link", { name: "Continue: lesson 3 — COPY --from in depth" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to lesson 1" })).toHaveAttribute("href", "/lessons/why-multi-stage/");
});
