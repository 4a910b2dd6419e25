import { expect, openTab, startEditing, test, workbench } from "./fixtures";

// The simulated `docker run` panel on lesson 3 (copy-from): the step that installs libstdc++
// for the std::cout hello shows it starting in the workbench's Run tab; without that line the
// loader's error appears, in the Run tab and in the Problems tab.

// A viewport tall enough for the editor and the whole run panel in the sticky workbench.
test.use({ viewport: { width: 1280, height: 1200 } });

test("lesson 3: the std::cout hello starts with libstdc++, and fails in Docker's words without it", async ({ page }) => {
  await page.goto("/lessons/copy-from/?step=install-the-library");
  const ws = workbench(page);
  await expect(ws).toContainText("Step 2 of");
  await expect(ws.getByRole("tab", { name: "Run" })).toHaveAttribute("aria-selected", "true");

  // The Run tab and the simulator load with the step (its Dockerfile is not the first step's).
  const panel = ws.getByTestId("run-panel");
  await expect(panel).toHaveAttribute("data-outcome", "starts");
  await expect(panel).toContainText("$ docker run --rm hello-cout");
  await expect(panel.getByTestId("run-headline")).toHaveText("Starts: runs /app/hello as root");
  await expect(panel.getByTestId("run-output")).toContainText("Hello world using CMake!");
  await expect(panel).toContainText("Simulated run.");
  await expect(ws.getByRole("tab", { name: /^Problems/ })).toHaveText("Problems (0)");
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: "docs/screenshots/run-panel-starts.png" });

  // Delete line 23, `RUN apk add --no-cache libstdc++`.
  await startEditing(ws, 23);
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
  await panel.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: "docs/screenshots/run-panel-fails.png" });

  // The Problems tab lists the simulated run's finding, as the editor marks it.
  await expect(ws.getByRole("tab", { name: /^Problems/ })).toHaveText("Problems (1)");
  await openTab(page, "Problems");
  const problems = ws.getByRole("list", { name: "Problems" });
  const finding = problems.getByRole("listitem").filter({ hasText: "docker run would fail" });
  await expect(finding).toContainText("Stagecraft finding (simulated run)");
  await expect(finding).toContainText("Error loading shared library libstdc++.so.6");
});
