#!/usr/bin/env node
/**
 * The model-based workspace test (e2e/model.spec.ts) with more runs than `npm test` gives it:
 *
 *   npm run test:model -- --runs 200 --seed 42 [--steps 12] [--shrink] [--surface playground]
 *
 * Needs a built site (`npm run build`). A failure prints the seed, the path and the sequence
 * of steps to replay; --shrink has fast-check cut the sequence down first (slow: every try
 * replays in the browser).
 */
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "50" },
    seed: { type: "string", default: String(Date.now() % 2 ** 31) },
    steps: { type: "string", default: "12" },
    shrink: { type: "boolean", default: false },
    surface: { type: "string" },
  },
});
for (const name of ["runs", "seed", "steps"]) {
  if (!/^\d+$/.test(values[name])) {
    console.error(`--${name} takes a whole number, not ${JSON.stringify(values[name])}`);
    process.exit(2);
  }
}
console.log(`model test: ${values.runs} runs of up to ${values.steps} steps, seed ${values.seed}${values.shrink ? ", shrinking" : ""}`);
const args = ["playwright", "test", "e2e/model.spec.ts", "--workers=1", "--reporter=list", ...(values.surface ? ["-g", values.surface] : [])];
const result = spawnSync("npx", args, {
  stdio: "inherit",
  env: { ...process.env, MODEL_RUNS: values.runs, MODEL_SEED: values.seed, MODEL_STEPS: values.steps, MODEL_SHRINK: values.shrink ? "1" : "0" },
});
process.exit(result.status ?? 1);
