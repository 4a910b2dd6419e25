import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./scripts/chromium-path.mjs";

// E2E_PORT lets several checkouts run their end-to-end tests on one machine at once.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: "e2e",
  // Two cores on CI machines: two workers at most.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    // The service worker would answer requests from its cache; only the offline spec wants it.
    serviceWorkers: "block",
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 720 }, channel: undefined } },
  ],
  webServer: {
    // The built static site, served compressed as a real host would.
    command: `npx serve out --listen ${PORT} --no-port-switching --no-clipboard`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
