/** The plain, serialisable result of analyzeDockerfile (identical to the CLI's JSON). */
import type { RuleName, Severity } from "../rules";

/** Options of one analysis, as `docker build` would receive them. */
export interface AnalyzeOptions {
  /** `--target`; matched case-insensitively. Default: the last stage. */
  target?: string;
  /** `--build-arg KEY=VALUE` values. */
  buildArgs?: Record<string, string>;
  /** Text of the `.dockerignore` that applies, if any. */
  dockerignore?: string;
}

/** One stage. */
export interface StageInfo {
  /** 0-based index, as `COPY --from=0` counts. */
  index: number;
  /** Lower-cased stage name, or null. */
  name: string | null;
  /** The FROM image after expanding global ARGs, otherwise as written. */
  base: string;
  /** Index of the earlier stage FROM names, else null. */
  baseStage: number | null;
  /** 1-based line of the FROM. */
  line: number;
}

/** Stage `to` needs stage `from`. */
export interface StageEdge {
  /** Index of the stage that is needed. */
  from: number;
  /** Index of the stage that needs it. */
  to: number;
  /** `from`: FROM <stage>; `copy`: COPY --from; `mount`: RUN --mount from=. */
  kind: "from" | "copy" | "mount";
  /** 1-based line of the instruction; for an ONBUILD trigger, the FROM of `to`, where BuildKit runs it. */
  line: number;
  /** Set when an ONBUILD trigger of `to`'s base stage makes the edge: 1-based line of that `ONBUILD`. */
  onbuildLine?: number;
}

/** A `--from` / `from=` value that names no stage: an image BuildKit pulls. */
export interface ExternalSource {
  /** Index of the stage that uses it. */
  stage: number;
  /** The value as written. */
  image: string;
  /** `copy` or `mount`. */
  kind: "copy" | "mount";
  /** 1-based line of the instruction; for an ONBUILD trigger, the FROM of `stage`, where BuildKit runs it. */
  line: number;
  /** Set when an ONBUILD trigger of the stage's base stage pulls it: 1-based line of that `ONBUILD`. */
  onbuildLine?: number;
}

/** A certain, mechanical fix for a diagnostic. */
export interface DiagnosticFix {
  /** 1-based line of the text to replace. */
  line: number;
  /** 1-based column where the replaced text starts. */
  startColumn: number;
  /** 1-based column just after the replaced text. */
  endColumn: number;
  /** The new text. */
  replacement: string;
  /** Short label for the quick-fix menu. */
  title: string;
}

/** One finding. */
export interface Diagnostic {
  /** Rule name (BuildKit's for build checks, ours for teaching rules, `BuildError` for the build error). */
  rule: RuleName;
  /** Severity. */
  severity: Severity;
  /** 1-based line (BuildKit's line for build checks). */
  line: number;
  /** The message (BuildKit's text for build checks and build errors). */
  message: string;
  /** Docker's page for the rule, or our in-app anchor `/rules/#kebab-name`. */
  url: string;
  /** Present when the fix is certain. */
  fix?: DiagnosticFix;
}

/** The analysis of one Dockerfile. */
export interface Analysis {
  /** Stages in order. */
  stages: StageInfo[];
  /**
   * Dependencies between stages, in instruction order; the edges of ONBUILD triggers a
   * needed stage runs come right after its FROM edge (they run before its instructions).
   */
  edges: StageEdge[];
  /** Images pulled by `--from` / `from=`. */
  externalSources: ExternalSource[];
  /** Index of the target stage, or null when there is none. */
  target: number | null;
  /** Stages BuildKit builds for the target, ascending. */
  buildkitStages: number[];
  /** Stages the legacy builder runs: 0 to target. */
  legacyStages: number[];
  /** BuildKit's error message word for word when the build would fail, else null. */
  error: string | null;
  /** Build checks, the build error, and teaching rules, sorted by line. */
  diagnostics: Diagnostic[];
}
