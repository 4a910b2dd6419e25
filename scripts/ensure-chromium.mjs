#!/usr/bin/env node
/**
 * Makes sure a Chromium exists for Playwright, so `npm test` works on a fresh machine:
 * Debian's /usr/bin/chromium (installed with apt-get when missing and running as root),
 * or Playwright's own browser where the machine has one. Prints what it found.
 */
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium } from "./chromium-path.mjs";

const found = findChromium();
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (!isRoot || !existsSync("/usr/bin/apt-get")) {
  console.error(
    "No Chromium found. Install Debian's chromium (sudo apt-get install -y chromium) or Playwright's browser (npx playwright install chromium), then run the tests again.",
  );
  process.exit(1);
}
console.log("Chromium not found: installing Debian's chromium with apt-get (one time)...");
execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", { stdio: "inherit", shell: "/bin/bash" });
const installed = findChromium();
if (!installed) {
  console.error("apt-get finished but /usr/bin/chromium is still missing.");
  process.exit(1);
}
console.log(`Chromium: ${installed}`);
