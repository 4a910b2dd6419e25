/**
 * CLI: npm run --silent simulate -- <Dockerfile> [--target <stage>] [--build-arg KEY=VALUE]...
 *                                   [--context <dir> | --no-context] [--calibration course|repo-info]
 * Prints one JSON document (scripts/simulate/report.ts): image.bytes is the final image as
 * `docker image ls` would show it for linux/amd64, on disk, in bytes (null when no estimate
 * is possible), image.confidence says how far to trust it, and the per-stage breakdown the
 * image panel shows. --context is the build context (default: the Dockerfile's folder).
 * Exit 0 when analysed, 1 when the build would fail, 2 on usage or I/O errors.
 */
import { existsSync, statSync } from "node:fs";
import type { Calibration } from "../lib/dockerfile/catalog";
import { simulateFile, type SimulateFileOptions } from "./simulate/run";

const USAGE = "usage: npm run --silent simulate -- <Dockerfile> [--target <stage>] [--build-arg KEY=VALUE]... [--context <dir> | --no-context] [--calibration course|repo-info]";

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; options: SimulateFileOptions } {
  let file: string | null = null;
  const options: SimulateFileOptions = {};
  const buildArgs: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const takeValue = (name: string): string => {
      const eq = a.indexOf("=");
      if (eq >= 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) usage(`${name} needs a value`);
      return v;
    };
    if (a === "--target" || a.startsWith("--target=")) options.target = takeValue("--target");
    else if (a === "--build-arg" || a.startsWith("--build-arg=")) {
      const kv = takeValue("--build-arg");
      const eq = kv.indexOf("=");
      if (eq <= 0) usage(`--build-arg must be KEY=VALUE, got ${JSON.stringify(kv)}`);
      buildArgs[kv.slice(0, eq)] = kv.slice(eq + 1);
    } else if (a === "--context" || a.startsWith("--context=")) {
      const dir = takeValue("--context");
      if (!existsSync(dir) || !statSync(dir).isDirectory()) usage(`--context ${dir}: not a directory`);
      options.context = dir;
    } else if (a === "--no-context") options.context = null;
    else if (a === "--calibration" || a.startsWith("--calibration=")) {
      const c = takeValue("--calibration");
      if (c !== "course" && c !== "repo-info") usage(`--calibration must be course or repo-info, got ${JSON.stringify(c)}`);
      options.calibration = c as Calibration;
    } else if (a === "-h" || a === "--help") {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a.startsWith("-")) usage(`unknown option ${a}`);
    else if (file === null) file = a;
    else usage(`unexpected argument ${a}`);
  }
  if (file === null) usage("missing <Dockerfile>");
  if (Object.keys(buildArgs).length > 0) options.buildArgs = buildArgs;
  return { file, options };
}

function main(): void {
  const { file, options } = parseArgs(process.argv.slice(2));
  let report;
  try {
    report = simulateFile(file, options);
  } catch (e) {
    process.stderr.write(`cannot simulate ${file}: ${(e as Error).message}\n`);
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  process.exit(report.error === null ? 0 : 1);
}

main();
