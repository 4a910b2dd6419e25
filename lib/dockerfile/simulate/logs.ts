/**
 * The simulated build output: BuildKit's TTY log (only the stages it builds), the legacy
 * builder's log (every stage up to the target) and the `docker image ls` row. Lines are
 * what Docker prints; only times are left out, and ids are fake.
 */
import type { Analysis } from "../analysis/types";
import { qualifyImage } from "../catalog";
import { isExcludedFromContext } from "../dockerignore";
import type { DockerfileDocument, Instruction, InstructionDetail } from "../parser/types";
import type { LogsNotice } from "./reasons";
import { fakeHex, humanSize } from "./size";
import type { StageRun } from "./stage";
import type { BuildStop, SimulatedImage, SimulatedImageLs, SimulateOptions } from "./types";

/** What every simulated log tells its reader. */
export const LOGS_NOTICE: LogsNotice = { kind: "simulated", sizes: "catalog-estimates", ids: "hash-of-dockerfile", times: "omitted" };

/** What the logs are made from. */
export interface LogContext {
  document: DockerfileDocument;
  runs: StageRun[];
  analysis: Analysis;
  options: SimulateOptions;
  dockerignore: string;
  /** The fake image id (64 hex digits). */
  imageId: string;
  /** The hash every other fake id derives from. */
  seed: string;
  /** BuildKit's error, or null. */
  error: string | null;
  /** Where the build stops, or null. */
  stop?: BuildStop | null;
  /** Each stopped stage's first step not reached. */
  notReachedLines?: { stage: number; line: number }[];
}

/** The instruction as BuildKit names its vertex: keyword upper-cased, the rest as written. */
export function vertexText(detail: InstructionDetail | undefined, ins: Instruction): string {
  const original = (detail?.original ?? `${ins.keywordRaw} ${ins.args}`).trim();
  const sp = original.search(/\s/);
  return sp < 0 ? original.toUpperCase() : original.slice(0, sp).toUpperCase() + original.slice(sp);
}

/** `-t name[:tag]` as repository and tag (`latest` by default), or null. */
export function parseTag(tag: string | undefined): { repository: string; tag: string } | null {
  if (!tag) return null;
  const colon = tag.lastIndexOf(":");
  if (colon > tag.lastIndexOf("/")) return { repository: tag.slice(0, colon), tag: tag.slice(colon + 1) };
  return { repository: tag, tag: "latest" };
}

/** The context size sent (files .dockerignore leaves in), or null when no context was given. */
function contextBytes(options: SimulateOptions, dockerignore: string): number | null {
  if (!options.contextFiles) return null;
  return options.contextFiles.filter((f) => !isExcludedFromContext(dockerignore, f.path)).reduce((s, f) => s + f.size, 0);
}

const contextSize = (bytes: number | null) => (bytes === null ? "(size depends on your project)" : humanSize(bytes));

function countsAsVertex(keyword: string): boolean {
  return keyword === "RUN" || keyword === "COPY" || keyword === "ADD" || keyword === "WORKDIR";
}

/** BuildKit's log: internal loads, one numbered vertex per step of each stage it builds, the export. */
export function buildkitLog(ctx: LogContext): string[] {
  const { document, runs, analysis, options, dockerignore } = ctx;
  const stop = ctx.stop ?? null;
  const error = stop?.error ?? ctx.error;
  const bytesOf = (text: string) => new TextEncoder().encode(text).length;
  if (stop?.at === "definition" || (error && !stop)) {
    // BuildKit stops after reading the Dockerfile: nothing else runs.
    return ["[+] Building (1/1) FINISHED", " => [internal] load build definition from Dockerfile", ` => => transferring dockerfile: ${humanSize(bytesOf(document.text))}`, `ERROR: failed to build: failed to solve: ${error}`];
  }
  const cut = new Map<number, number>();
  for (const n of ctx.notReachedLines ?? []) cut.set(n.stage, n.line);
  const failed: string[] = [];
  const steps: string[] = [];
  const metadata: string[] = [];
  let usesContext = false;
  for (const j of analysis.buildkitStages) {
    const run = runs[j];
    const stage = document.stages[j];
    if (!run || !stage) continue;
    const fromImage = run.sim.base.stage === null && run.sim.base.ref.toLowerCase() !== "scratch";
    const counted = stage.instructions.slice(1).filter((i) => countsAsVertex(i.keyword));
    const total = counted.length + (fromImage ? 1 : 0);
    const width = String(total).length;
    let k = 0;
    const prefix = () => `[${run.sim.label} ${String(++k).padStart(width, " ")}/${total}]`;
    if (fromImage) {
      const q = qualifyImage(run.sim.base.ref, true);
      if (!metadata.includes(q)) metadata.push(q);
      steps.push(` => ${prefix()} FROM ${qualifyImage(run.sim.base.ref, false)}`);
    }
    const stopAt = cut.get(j);
    if (stopAt !== undefined && stopAt <= stage.instructions[0]!.line && stop?.stage !== j) {
      steps.pop();
      continue;
    }
    for (const ins of counted) {
      if (stopAt !== undefined && ins.line > stopAt) break;
      if (stop?.at === "step" && stop.stage === j && ins.line === stop.line) {
        const label = `${prefix()} ${vertexText(document.detail.get(ins), ins)}`;
        steps.push(` => ERROR ${label}`);
        failed.push("------", ` > ${label}:`, ...stop.log.map((l) => `0.102 ${l}`), "------");
        break;
      }
      if (stopAt !== undefined && ins.line >= stopAt) break;
      const from = ins.flags.find((f) => f.name.toLowerCase() === "from");
      if ((ins.keyword === "COPY" || ins.keyword === "ADD") && !from) usesContext = true;
      if (from && from.value && !analysis.edges.some((e) => e.to === j && e.line === ins.line)) {
        const q = qualifyImage(from.value, true);
        if (!metadata.includes(q)) metadata.push(q);
      }
      steps.push(` => ${prefix()} ${vertexText(document.detail.get(ins), ins)}`);
    }
  }
  const lines: string[] = [];
  lines.push(" => [internal] load build definition from Dockerfile");
  lines.push(` => => transferring dockerfile: ${humanSize(bytesOf(document.text))}`);
  lines.push(" => [internal] load .dockerignore");
  lines.push(` => => transferring context: ${humanSize(dockerignore ? bytesOf(dockerignore) : 2)}`);
  for (const m of metadata) lines.push(` => [internal] load metadata for ${m}`);
  if (stop?.at === "metadata" && stop.unlessImageExists) {
    lines.push(` => ERROR [internal] load metadata for docker.io/library/${stop.unlessImageExists}:latest`);
    return [`[+] Building (${3 + metadata.length}/${3 + metadata.length}) FINISHED`, ...lines, `ERROR: failed to build: failed to solve: ${error}`];
  }
  let vertices = 2 + metadata.length;
  if (usesContext) {
    lines.push(" => [internal] load build context");
    lines.push(` => => transferring context: ${contextSize(contextBytes(options, dockerignore))}`);
    vertices++;
  }
  lines.push(...steps);
  vertices += steps.length;
  if (error) {
    lines.push(...failed, `ERROR: failed to build: failed to solve: ${error}`);
  } else {
    lines.push(" => exporting to image");
    lines.push(" => => exporting layers");
    lines.push(` => => writing image sha256:${ctx.imageId}`);
    const tag = parseTag(options.tag);
    if (tag) lines.push(` => => naming to ${qualifyImage(`${tag.repository}:${tag.tag}`, true)}`);
    vertices++;
  }
  return [`[+] Building (${vertices}/${vertices}) FINISHED`, ...lines];
}

/** The legacy builder's log: `Step n/N` for every instruction of every stage up to the target. */
export function legacyLog(ctx: LogContext): string[] {
  const { document, runs, analysis, options, dockerignore, imageId, seed } = ctx;
  const error = ctx.stop?.error ?? ctx.error;
  const lines: string[] = [`Sending build context to Docker daemon  ${contextSize(contextBytes(options, dockerignore))}`];
  // Nothing runs after a definition error; the legacy builder runs stages in order and stops at the failing step.
  if (ctx.stop?.at === "definition" || (error && !ctx.stop)) return [...lines, `Error: ${error}`];
  const stages = analysis.legacyStages.map((j) => document.stages[j]).filter((s) => s !== undefined);
  const total = stages.reduce((s, st) => s + st.instructions.length, 0);
  const lastId = new Map<number, string>();
  let step = 0;
  let current = "";
  let stopped = false;
  for (const stage of stages) {
    const run = runs[stage.index];
    for (const ins of stage.instructions) {
      step++;
      if (stopped) break;
      const detail = document.detail.get(ins);
      lines.push(`Step ${step}/${total} : ${(detail?.original ?? `${ins.keywordRaw} ${ins.args}`).trim()}`);
      const nextId = step === total && !error ? imageId.slice(0, 12) : fakeHex(`${seed}|layer|${step}`, 12);
      if (ins.keyword === "FROM") {
        const parent = run?.sim.base.stage ?? null;
        if (parent !== null && lastId.has(parent)) current = lastId.get(parent) as string;
        else if ((run?.sim.base.ref ?? "").toLowerCase() === "scratch") current = "";
        else current = fakeHex(`image|${run?.sim.base.ref ?? ""}`, 12);
        lines.push(` ---> ${current}`.trimEnd());
        continue;
      }
      if (ins.keyword === "COPY" || ins.keyword === "ADD") {
        if (ctx.stop?.at === "step" && ctx.stop.stage === stage.index && ctx.stop.line === ins.line) {
          stopped = true;
          break;
        }
        current = nextId;
        lines.push(` ---> ${current}`);
        continue;
      }
      const container = fakeHex(`${seed}|container|${step}`, 12);
      lines.push(` ---> Running in ${container}`);
      if (ins.keyword === "RUN") lines.push(...(run?.layers.find((x) => x.line === ins.line)?.output ?? []));
      if (ctx.stop?.at === "step" && ctx.stop.stage === stage.index && ctx.stop.line === ins.line) {
        lines.push(...ctx.stop.log);
        stopped = true;
        break;
      }
      lines.push(`Removing intermediate container ${container}`);
      current = nextId;
      lines.push(` ---> ${current}`);
    }
    lastId.set(stage.index, current);
  }
  if (error) {
    lines.push(`Error: ${error}`);
    return lines;
  }
  lines.push(`Successfully built ${imageId.slice(0, 12)}`);
  const tag = parseTag(options.tag);
  if (tag) lines.push(`Successfully tagged ${tag.repository}:${tag.tag}`);
  return lines;
}

/** The `docker image ls` row of the image, aligned as docker/cli's tabwriter aligns it. */
export function imageLsOf(image: SimulatedImage, options: SimulateOptions, imageId: string): SimulatedImageLs {
  const tag = parseTag(options.tag);
  const cols = {
    repository: tag?.repository ?? "<none>",
    tag: tag?.tag ?? "<none>",
    id: imageId.slice(0, 12),
    created: "Less than a second ago",
    size: image.display,
  };
  const headers = ["REPOSITORY", "TAG", "IMAGE ID", "CREATED", "SIZE"];
  const values = [cols.repository, cols.tag, cols.id, cols.created, cols.size];
  // docker/cli prints a tabwriter table: columns padded to the widest cell plus 3 spaces.
  const widths = headers.map((h, i) => Math.max(h.length, (values[i] as string).length));
  const row = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd((widths[i] as number) + 3)))
      .join("")
      .trimEnd();
  return { header: row(headers), line: row(values), ...cols };
}
