import type { Page } from "@playwright/test";
import { expect, startEditing, test } from "./fixtures";

// The simulated `docker run` panel on lesson 3 (copy-from): its Dockerfile installs libstdc++
// for the std::cout hello and starts; without that line the loader's error appears, in the
// panel and in Problems.

const workspace = (page: Page) => page.getByRole("region", { name: "The Dockerfile" });

// fixme: fails after the walkthrough merge (issue 13); to adapt — see the closing note of stop 19.
test.fixme("lesson 3: the std::cout hello starts with libstdc++, and fails in Docker's words without it", async ({ page }) => {
  await page.goto("/lessons/copy-from/");
  const ws = workspace(page);
  // The simulator arrives with the first edit: a space at the end of a comment line.
  await startEditing(ws, 31);
  await page.keyboard.press("End");
  await page.keyboard.type(" ");

  const panel = ws.getByTestId("run-panel");
  await expect(panel).toHaveAttribute("data-outcome", "starts");
  await expect(panel).toContainText("$ docker run --rm hello-cout");
  await expect(panel.getByTestId("run-headline")).toHaveText("Starts: runs /app/hello as root");
  await expect(panel.getByTestId("run-output")).toContainText("Hello world using CMake!");
  await expect(panel).toContainText("Simulated run.");
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: "docs/screenshots/run-panel-starts.png" });

  // Delete line 23, `RUN apk add --no-cache libstdc++`.
  await page.keyboard.press("Control+g");
  await page.keyboard.type("23");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+End");
  await page.keyboard.press("Delete");

  await expect(panel).toHaveAttribute("data-outcome", "fails");
  await expect(panel.getByTestId("run-headline")).toHaveText("Fails to start");
  await expect(panel.getByTestId("run-error")).toContainText("Error loading shared library libstdc++.so.6: No such file or directory (needed by ./hello)");
  await expect(panel.getByTestId("run-fix")).toContainText("RUN apk add --no-cache libstdc++");
  await expect(panel.getByRole("link", { name: "COPY --from in depth" })).toHaveAttribute("href", "/lessons/copy-from/");

  const problems = ws.getByRole("list", { name: "Problems" });
  const finding = problems.getByRole("listitem").filter({ hasText: "docker run would fail" });
  await expect(finding).toContainText("Stagecraft finding (simulated run)");
  await expect(finding).toContainText("Error loading shared library libstdc++.so.6");
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: "docs/screenshots/run-panel-fails.png" });
});
