/**
 * The `docker run` verdict of a simulated build's final image: the image config and users
 * of the target stage, its files (with how each program was built) and its base image's
 * facts, handed to ./verdict. Called by the simulator once per simulation.
 */
import type { Analysis } from "../analysis/types";
import { factsOf, resolveImage, type BaseImageFacts } from "../catalog";
import { catalogImageConfig } from "../catalog/image-config";
import { baseHasShell, imageUsers } from "../catalog/image-users";
import { stageConfigs } from "../image-config";
import { splitWords, unquote } from "../parser/lex";
import type { DockerfileDocument } from "../parser/types";
import type { StageState } from "../simulate/fs-model";
import { familyOf } from "../simulate/programs";
import type { FileTreeNode } from "../simulate/types";
import { stageUsers } from "../users";
import { runVerdict, type RunVerdict } from "./verdict";

/** Catalog look-ups by reference, once each: a 50-stage Dockerfile asks for the same base 50 times. */
function memo<T>(f: (ref: string) => T): (ref: string) => T {
  const cache = new Map<string, T>();
  return (ref) => {
    if (!cache.has(ref)) cache.set(ref, f(ref));
    return cache.get(ref) as T;
  };
}
const baseConfig = memo(catalogImageConfig);
const baseUsers = memo(imageUsers);

/** The base image a stage's FROM chain starts from (`scratch`, `alpine:3.23`). */
export function rootImageOf(analysis: Analysis, stage: number): string {
  let at: number | null = stage;
  const seen = new Set<number>();
  while (at !== null && !seen.has(at)) {
    seen.add(at);
    const info: Analysis["stages"][number] | undefined = analysis.stages[at];
    if (!info) break;
    if (info.baseStage === null) return info.base;
    at = info.baseStage;
  }
  return "";
}

/** The verdict, or null when there is no final stage. */
export function finalRunVerdict(input: { document: DockerfileDocument; analysis: Analysis; target: number; state: StageState; tree: FileTreeNode; unlistedWrites: boolean; buildArgs?: Record<string, string> }): RunVerdict | null {
  const { document, analysis, target } = input;
  // The target's config needs only its FROM chain.
  const chain = new Set<number>();
  for (let at: number | null = target; at !== null && !chain.has(at); at = analysis.stages[at]?.baseStage ?? null) chain.add(at);
  const configs = stageConfigs(document, analysis, { baseConfig, only: chain, ...(input.buildArgs ? { buildArgs: input.buildArgs } : {}) });
  const users = stageUsers(document, analysis, { baseUsers })[target];
  const config = configs[target];
  if (!config || !users) return null;
  const root = rootImageOf(analysis, target);
  // The USER the image runs as: the last USER of its FROM chain, else its base image's.
  const user = config.userLine !== null ? config.user : (imageUsers(root)?.user ?? config.user);
  let facts: BaseImageFacts | null = null;
  if (root !== "" && root.toLowerCase() !== "scratch") facts = factsOf(resolveImage(root));
  const stage = document.stages[target];
  const fromLine = stage?.instructions[0]?.line ?? null;
  const copyLines = (stage?.instructions ?? [])
    .filter((i) => i.keyword === "COPY" && i.flags.some((f) => f.name.toLowerCase() === "from"))
    .map((i) => {
      const words = document.detail.get(i)?.json ?? splitWords(i.args).map(unquote);
      return { line: i.line, from: i.flags.find((f) => f.name.toLowerCase() === "from")?.value ?? "", sources: words.slice(0, -1) };
    });
  return runVerdict({
    config: { ...config, user },
    users,
    tree: input.tree,
    state: input.state,
    rootImage: root.toLowerCase() === "scratch" ? "scratch" : root,
    rootHasShell: baseHasShell(root),
    family: familyOf(root),
    facts,
    unlistedWrites: input.unlistedWrites,
    fromLine,
    copyLines,
  });
}
