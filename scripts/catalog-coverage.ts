/**
 * How much of a folder of Dockerfiles the catalog can size: simulates every Dockerfile in it
 * and prints how many get a final-image size (sourced, approximate), how many do not, and
 * which base images were unknown.
 *
 *   npm run catalog:coverage -- <dir> [--context-folder] [--json]
 *   npm run catalog:coverage -- --lessons [--json]
 *
 * <dir>: every file whose name contains `Dockerfile` or `Containerfile` (case-insensitive),
 * recursively, simulated with no build context (a corpus of Dockerfiles has none; every COPY
 * from the context is then a part of unknown size), or with each file's folder as its context
 * (`--context-folder`). `--lessons`: every lessons/<slug>/*.Dockerfile with its lesson's build
 * context and the course's calibration, as the lesson page simulates it.
 */
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { loadLessonBuild } from "../lib/course/build-context";
import { loadCourse, loadLesson } from "../lib/course/load";
import type { SimulationReport } from "./simulate/report";
import { simulateFile } from "./simulate/run";
import { analyzeDockerfile } from "../lib/dockerfile/analysis/analyze";
import { parseDockerfile } from "../lib/dockerfile/parser/parse";
import { simulateBuild, simulationAnalysisOptions } from "../lib/dockerfile/simulate";
import { viewSimulation } from "../lib/workspace/simulation-view";
import { simulationReport } from "./simulate/report";
import { readFileSync } from "node:fs";
import { checkCorpus, contextPath, corpusPath, type CorpusManifest } from "./catalog/corpus";

const ROOT = join(import.meta.dirname, "..");

function dockerfilesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      if (name === "node_modules" || name === ".git") continue;
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/dockerfile|containerfile/i.test(name) && !name.endsWith(".dockerignore")) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** Every lesson Dockerfile, simulated with its lesson's build as the lesson page does. */
function lessonReports(): SimulationReport[] {
  const out: SimulationReport[] = [];
  for (const summary of loadCourse().lessons) {
    const lesson = loadLesson(summary.slug);
    const build = loadLessonBuild(lesson);
    const dir = join(ROOT, "lessons", lesson.slug);
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".Dockerfile")).sort()) {
      const file = join(dir, name);
      const options = { ...(build.contextFiles ? { contextFiles: build.contextFiles } : {}), ...(build.tag ? { tag: build.tag } : {}), calibration: build.calibration };
      const parsed = parseDockerfile(readFileSync(file, "utf8"));
      const sim = simulateBuild(parsed, analyzeDockerfile(parsed, simulationAnalysisOptions(options)), options);
      out.push(simulationReport(relative(ROOT, file), viewSimulation(sim), sim.image?.base ?? null));
    }
  }
  return out;
}

function main(): void {
  const argv = process.argv.slice(2);
  const json = argv.includes("--json");
  const lessons = argv.includes("--lessons");
  const folder = argv.includes("--context-folder");
  const dir = argv.find((a) => !a.startsWith("--"));
  if (!lessons && !dir) {
    process.stderr.write("usage: npm run catalog:coverage -- <dir> [--context-folder] [--json] | --lessons [--json]\n");
    process.exit(2);
  }
  // The committed corpus carries some Dockerfiles' build contexts (manifest `contexts`): those are simulated with their folder as the context.
  const manifest = JSON.parse(readFileSync(join(ROOT, "scripts", "catalog", "corpus.json"), "utf8")) as CorpusManifest;
  const withContext = new Set((manifest.contexts ?? []).map((c) => resolve(corpusPath(dir ?? "", { repo: c.repo, path: c.dockerfile }))));
  const contextOnly = new Set((manifest.contexts ?? []).flatMap((c) => c.files.map((f) => resolve(contextPath(dir ?? "", c, f.path)))));
  for (const f of manifest.files) contextOnly.delete(resolve(corpusPath(dir ?? "", f)));
  const files = lessons ? [] : dockerfilesIn(dir as string).filter((f) => !contextOnly.has(resolve(f)));
  const reports = lessons ? lessonReports() : files.map((f) => simulateFile(f, { context: folder || withContext.has(resolve(f)) ? undefined : null }));
  const label = (r: SimulationReport) => (lessons ? r.file : relative(dir as string, r.file));

  const sized = reports.filter((r) => r.image?.bytes !== null && r.image !== null);
  const sourced = sized.filter((r) => r.image?.confidence === "sourced");
  const approximate = sized.filter((r) => r.image?.confidence === "approximate");
  const complete = sized.filter((r) => !r.image?.lowerBound);
  const none = reports.filter((r) => r.image === null || r.image.bytes === null);
  const baseUnknown = none.filter((r) => r.image?.missing.some((p) => p.part.startsWith("base image ")));
  const nothingSized = none.length - baseUnknown.length;
  const unknownBases = new Map<string, number>();
  const finalBasesUnknown = new Map<string, number>();
  for (const r of reports) {
    const seen = new Set<string>();
    for (const s of r.stages) {
      const base = s.parts[0];
      // A base with no figure at all (a partly sized one, e.g. distroless nodejs without its Node.js, has bytes).
      if (base && base.line === null && base.unknown !== null && base.bytes === 0 && !base.label.startsWith("stage ") && !/^stage-\d+$/.test(base.label)) seen.add(base.label);
    }
    for (const b of seen) unknownBases.set(b, (unknownBases.get(b) ?? 0) + 1);
    const m = r.image && r.image.bytes === null ? r.image.missing.find((p) => p.part.startsWith("base image ")) : undefined;
    if (m) finalBasesUnknown.set(m.part.slice("base image ".length), (finalBasesUnknown.get(m.part.slice("base image ".length)) ?? 0) + 1);
  }
  // Whether the folder is the committed corpus (scripts/catalog/corpus.json), file by file.
  const corpus = lessons ? null : checkCorpus(dir as string, manifest);
  const corpusLine = corpus
    ? corpus.ok
      ? `corpus: matches scripts/catalog/corpus.json (${manifest.files.length} files, sha256 checked)`
      : `corpus: does not match scripts/catalog/corpus.json (${corpus.missing.length} missing, ${corpus.changed.length} changed, ${corpus.extra.length} not in it)`
    : null;
  const pct = (n: number) => `${Math.round((n / Math.max(1, reports.length)) * 1000) / 10}%`;
  const summary = {
    dockerfiles: reports.length,
    finalSize: sized.length,
    finalSizeShare: pct(sized.length),
    sourced: sourced.length,
    approximate: approximate.length,
    complete: complete.length,
    lowerBound: sized.length - complete.length,
    unknown: none.length,
    unknownBecauseBase: baseUnknown.length,
    unknownBecauseNothingSized: nothingSized,
    unknownFinalBases: Object.fromEntries([...finalBasesUnknown].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))),
    unknownBases: Object.fromEntries([...unknownBases].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))),
    corpus: corpus ? { matchesManifest: corpus.ok, missing: corpus.missing, changed: corpus.changed, extra: corpus.extra } : null,
    files: reports.map((r) => ({ file: label(r), bytes: r.image?.bytes ?? null, display: r.image?.display ?? "no image", confidence: r.image?.confidence ?? "unknown", missing: r.image?.missing.length ?? 0 })),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
    return;
  }
  const lines = [
    ...(corpusLine ? [corpusLine] : []),
    `${reports.length} Dockerfiles${lessons ? " in lessons/ (each with its lesson's build context, course calibration)" : ` in ${dir}${folder ? " (context: each file's folder)" : withContext.size > 0 ? ` (build context: its folder for the ${withContext.size} the manifest carries one for, none for the others)` : " (no build context)"}`}`,
    `final-image size: ${sized.length} of ${reports.length} (${pct(sized.length)}): sourced ${sourced.length}, approximate ${approximate.length}; complete ${complete.length}, with parts of unknown size ${sized.length - complete.length}`,
    `no estimate: ${none.length} (final base image unknown: ${baseUnknown.length}; nothing in the image has a size, e.g. scratch with a compiled binary: ${nothingSized})`,
    `unknown final base images: ${[...finalBasesUnknown].map(([b, n]) => `${b} (${n})`).join(", ") || "none"}`,
    `unknown base images, any stage: ${[...unknownBases].map(([b, n]) => `${b} (${n})`).join(", ") || "none"}`,
    "",
    ...summary.files.map((f) => `${f.display.padStart(10)}  ${f.confidence.padEnd(11)} ${f.missing > 0 ? `${f.missing} unknown`.padEnd(10) : "".padEnd(10)} ${f.file}`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

main();
