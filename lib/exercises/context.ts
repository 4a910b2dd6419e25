/**
 * What the checks of one Check read about a student's Dockerfile, each computed once and
 * only when a check asks for it: the parse and the analysis, the analysis for another
 * target, each stage's image config and users, the simulated build (with the lesson's
 * project as its context) and the `docker run` verdict of the final image.
 */
import { analyzeDockerfile } from "../dockerfile/analysis/analyze";
import type { Analysis } from "../dockerfile/analysis/types";
import type { ContextFile } from "../dockerfile/build-context";
import { catalogImageConfig } from "../dockerfile/catalog/image-config";
import { imageUsers } from "../dockerfile/catalog/image-users";
import { stageConfigs, type StageConfig } from "../dockerfile/image-config";
import { parseDockerfile } from "../dockerfile/parser/parse";
import type { DockerfileDocument } from "../dockerfile/parser/types";
import type { RunVerdict } from "../dockerfile/run/verdict";
import { simulateBuild, simulationAnalysisOptions } from "../dockerfile/simulate";
import type { BuildSimulation } from "../dockerfile/simulate/types";
import { stageUsers, type UserDb } from "../dockerfile/users";

/** How the student's Dockerfile is built. */
export interface CheckOptions {
  /** `--target`, as the exercise sets it. */
  target?: string;
  /** The lesson's project: the build context. */
  context?: ContextFile[];
}

/** Lazily computed facts about one Dockerfile. */
export class CheckContext {
  readonly text: string;
  readonly parsed: DockerfileDocument;
  readonly analysis: Analysis;
  private readonly options: CheckOptions;
  private readonly byTarget = new Map<string, Analysis>();
  private configsCache: StageConfig[] | null = null;
  private usersCache: UserDb[] | null = null;
  private simulationCache: BuildSimulation | null = null;
  private verdictCache: RunVerdict | null | undefined = undefined;

  constructor(text: string, options: CheckOptions) {
    this.text = text;
    this.options = options;
    this.parsed = parseDockerfile(text);
    this.analysis = analyzeDockerfile(this.parsed, this.analyzeOptions(options.target));
  }

  private analyzeOptions(target: string | undefined) {
    return simulationAnalysisOptions({ ...(target === undefined ? {} : { target }), ...(this.options.context ? { contextFiles: this.options.context } : {}) });
  }

  /** The analysis with another `--target`. */
  forTarget(target: string): Analysis {
    const cached = this.byTarget.get(target);
    if (cached) return cached;
    const result = analyzeDockerfile(this.parsed, this.analyzeOptions(target));
    this.byTarget.set(target, result);
    return result;
  }

  get configs(): StageConfig[] {
    return (this.configsCache ??= stageConfigs(this.parsed, this.analysis, { baseConfig: catalogImageConfig }));
  }

  get users(): UserDb[] {
    return (this.usersCache ??= stageUsers(this.parsed, this.analysis, { baseUsers: imageUsers }));
  }

  /** The base image a stage's FROM chain starts from (`scratch`, `alpine:3.23`). */
  rootImage(stage: number): string {
    let at: number | null = stage;
    const seen = new Set<number>();
    while (at !== null && !seen.has(at)) {
      seen.add(at);
      const info: Analysis["stages"][number] | undefined = this.analysis.stages[at];
      if (!info) break;
      if (info.baseStage === null) return info.base;
      at = info.baseStage;
    }
    return "";
  }

  /** The USER the image of a stage runs as: the last USER in its FROM chain, else its base image's, else null when unknown. */
  user(stage: number): string | null {
    const config = this.configs[stage];
    if (config?.userLine != null) return config.user;
    return imageUsers(this.rootImage(stage))?.user ?? (config?.user ?? null);
  }

  get simulation(): BuildSimulation {
    if (this.simulationCache) return this.simulationCache;
    const options = { ...(this.options.target === undefined ? {} : { target: this.options.target }), ...(this.options.context ? { contextFiles: this.options.context } : {}) };
    return (this.simulationCache = simulateBuild(this.parsed, this.analysis, options));
  }

  /** True when a RUN of the final image's stages wrote files the model cannot list: a path missing from its tree may be there. */
  get unlistedWrites(): boolean {
    const image = this.simulation.image;
    return (image?.chain ?? []).some((i) => this.simulation.stages[i]?.layers.some((l) => l.kind === "run" && l.reasons.length > 0));
  }

  /** The `docker run` verdict of the final image, or null when the build fails or there is no final stage. */
  get verdict(): RunVerdict | null {
    if (this.verdictCache !== undefined) return this.verdictCache;
    if (this.analysis.error !== null || this.analysis.target === null) return (this.verdictCache = null);
    return (this.verdictCache = this.simulation.run);
  }
}
