import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    // Playwright specs live in e2e/ and must not be picked up here.
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts", "hooks/**/*.test.ts"],
    environment: "node",
    // Tests that load the whole course read every lesson and analyse every Dockerfile; on a
    // busy two-core machine that takes several seconds, past vitest's 5 s default.
    testTimeout: 30_000,
  },
});
