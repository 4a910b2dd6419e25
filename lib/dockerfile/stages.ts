/**
 * Stages as BuildKit names and finds them, and what happens to each for a target. Every
 * part of the app that labels a stage, looks one up or asks whether it is built goes
 * through here, so they can never disagree.
 */
import type { Analysis } from "./analysis/types";

/** A stage as lessons refer to it: a name (`build`, `stage-1`), a 0-based index, or `last`. */
export type StageRef = string | number;

/** Anything with a stage's index and lower-cased name. */
export interface StageIdentity {
  /** 0-based index. */
  index: number;
  /** Lower-cased name, or null when unnamed. */
  name: string | null;
}

/** The label BuildKit prints for a stage: its name, or `stage-N` when it has none. */
export function stageLabel(stage: StageIdentity): string {
  return stage.name ?? `stage-${stage.index}`;
}

/**
 * The stage a reference means: an index, `last` (the final stage), or a name matched
 * case-insensitively the way `COPY --from` matches it, the last stage of that name winning
 * (convert.go); `stage-N` labels name unnamed stages, as build output does.
 */
export function findStage<S extends StageIdentity>(stages: readonly S[], ref: StageRef): S | undefined {
  if (typeof ref === "number") return stages[ref];
  if (ref === "last") return stages.at(-1);
  const wanted = ref.toLowerCase();
  for (let i = stages.length - 1; i >= 0; i--) {
    const s = stages[i] as S;
    if (s.name === wanted || stageLabel(s) === wanted) return s;
  }
  return undefined;
}

/** What the chosen target does with one stage. */
export interface StageFate {
  /** BuildKit builds it: the target needs it through FROM, COPY --from or RUN --mount from=. */
  buildkit: boolean;
  /** The legacy builder (DOCKER_BUILDKIT=0) runs it: every stage from the first to the target. */
  legacy: boolean;
  /** Its files are layers of the final image: the target, and the stages its FROM chain starts from. */
  inImage: boolean;
  /** It is the target. */
  target: boolean;
}

/** The target stage and the stages its `FROM <stage>` chain goes back through, target first. */
export function imageChain(analysis: Pick<Analysis, "stages" | "target">): number[] {
  const chain: number[] = [];
  let at = analysis.target;
  while (at !== null && !chain.includes(at)) {
    chain.push(at);
    at = analysis.stages[at]?.baseStage ?? null;
  }
  return chain;
}

/** The fate of every stage, by index. */
export function stageFates(analysis: Pick<Analysis, "stages" | "target" | "buildkitStages" | "legacyStages">): StageFate[] {
  const buildkit = new Set(analysis.buildkitStages);
  const legacy = new Set(analysis.legacyStages);
  const chain = new Set(imageChain(analysis));
  return analysis.stages.map((s) => ({
    buildkit: buildkit.has(s.index),
    legacy: legacy.has(s.index),
    inImage: chain.has(s.index),
    target: s.index === analysis.target,
  }));
}
