/**
 * CLI: npm run --silent analyze -- <Dockerfile> [--target <stage>] [--build-arg KEY=VALUE]...
 * Prints one JSON document. The build context is the Dockerfile's folder: it reads
 * `<Dockerfile>.dockerignore`, else `.dockerignore` there (BuildKit's dockerui lookup).
 * Exit 0 when analysed, 1 when the build would fail, 2 on usage or I/O errors.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { analyzeDockerfile, type AnalyzeOptions } from "../lib/dockerfile/index";

const USAGE = "usage: npm run --silent analyze -- <Dockerfile> [--target <stage>] [--build-arg KEY=VALUE]...";

function usage(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv: string[]): { file: string; options: AnalyzeOptions } {
  let file: string | null = null;
  const options: AnalyzeOptions = {};
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
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${(e as Error).message}\n`);
    process.exit(2);
  }
  const own = `${file}.dockerignore`;
  const shared = join(dirname(file), ".dockerignore");
  const ignoreFile = existsSync(own) ? own : existsSync(shared) ? shared : null;
  if (ignoreFile !== null) {
    try {
      options.dockerignore = readFileSync(ignoreFile, "utf8");
    } catch (e) {
      process.stderr.write(`cannot read ${ignoreFile}: ${(e as Error).message}\n`);
      process.exit(2);
    }
  }
  const result = analyzeDockerfile(text, options);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  process.exit(result.error === null ? 0 : 1);
}

main();
