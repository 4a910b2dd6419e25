/**
 * Every rule the analyser reports: name, severity, source and documentation URL, the table the
 * analyser and the Problems list read. BuildKit's rules keep BuildKit's names, descriptions
 * and URLs, copied from frontend/dockerfile/linter/ruleset.go; our teaching rules follow the
 * same naming style. What each rule means for a student (what, why, how to fix) is in
 * rule-docs.ts, which only the rules page and the command line need.
 */

/** How serious a diagnostic is. */
export type Severity = "error" | "warning" | "info";

/** One rule, as the analyser and the Problems list use it. */
export interface RuleMeta {
  /** PascalCase rule name, as it appears in diagnostics (`FromAsCasing`). */
  readonly name: string;
  /** Severity of its diagnostics. */
  severity: Severity;
  /** Who defines the rule: Docker's build checks, or Stagecraft's own teaching rules. */
  source: "buildkit" | "stagecraft";
  /** BuildKit's one-line description (ruleset.go) or ours. */
  description: string;
  /** Docker's page for the rule, or our in-app anchor. */
  url: string;
  /** True for BuildKit rules that only run when enabled with `# check=experimental=`. */
  experimental: boolean;
}

const docsUrl = (kebab: string): string => `https://docs.docker.com/go/dockerfile/rule/${kebab}/`;
const appUrl = (kebab: string): string => `/rules/#${kebab}`;

function bk<N extends string>(name: N, kebab: string, description: string, experimental = false): RuleMeta & { name: N } {
  return { name, severity: "warning", source: "buildkit", description, url: docsUrl(kebab), experimental };
}

function ours<N extends string>(name: N, kebab: string, severity: Severity, description: string): RuleMeta & { name: N } {
  return { name, severity, source: "stagecraft", description, url: appUrl(kebab), experimental: false };
}

/** Every rule, BuildKit's first, in the order of Docker's build checks reference. */
export const RULES = [
  bk("StageNameCasing", "stage-name-casing", "Stage names should be lowercase"),
  bk("FromAsCasing", "from-as-casing", "The 'as' keyword should match the case of the 'from' keyword"),
  bk("NoEmptyContinuation", "no-empty-continuation", "Empty continuation lines will become errors in a future release"),
  bk("ConsistentInstructionCasing", "consistent-instruction-casing", "All commands within the Dockerfile should use the same casing (either upper or lower)"),
  bk("DuplicateStageName", "duplicate-stage-name", "Stage names should be unique"),
  bk("ReservedStageName", "reserved-stage-name", "Reserved words should not be used as stage names"),
  bk("JSONArgsRecommended", "json-args-recommended", "JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals"),
  bk("MaintainerDeprecated", "maintainer-deprecated", "The MAINTAINER instruction is deprecated, use a label instead to define an image author"),
  bk("UndefinedArgInFrom", "undefined-arg-in-from", "FROM command must use declared ARGs"),
  bk("WorkdirRelativePath", "workdir-relative-path", "Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes"),
  bk("UndefinedVar", "undefined-var", "Variables should be defined before their use"),
  bk("MultipleInstructionsDisallowed", "multiple-instructions-disallowed", "Multiple instructions of the same type should not be used in the same stage"),
  bk("LegacyKeyValueFormat", "legacy-key-value-format", "Legacy key/value format with whitespace separator should not be used"),
  bk("RedundantTargetPlatform", "redundant-target-platform", "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior"),
  bk("SecretsUsedInArgOrEnv", "secrets-used-in-arg-or-env", "Sensitive data should not be used in the ARG or ENV commands"),
  bk("InvalidDefaultArgInFrom", "invalid-default-arg-in-from", "Default value for global ARG results in an empty or invalid base image name"),
  bk("FromPlatformFlagConstDisallowed", "from-platform-flag-const-disallowed", "FROM --platform flag should not use a constant value"),
  bk("CopyIgnoredFile", "copy-ignored-file", "Attempting to Copy file that is excluded by .dockerignore"),
  bk("InvalidDefinitionDescription", "invalid-definition-description", "Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.", true),
  bk("ExposeProtoCasing", "expose-proto-casing", "Protocol in EXPOSE instruction should be lowercase"),
  bk("ExposeInvalidFormat", "expose-invalid-format", "IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release"),
  ours("BuildError", "build-error", "error", "The build would fail"),
  ours("StageNameTypo", "stage-name-typo", "warning", "--from names no stage but is close to one"),
  ours("UnusedStage", "unused-stage", "info", "A stage the target does not need"),
  ours("BuildToolsInFinalStage", "build-tools-in-final-stage", "warning", "Compilers or build tools installed in the final stage"),
  ours("ContainerWouldNotStart", "container-would-not-start", "error", "docker run would fail: the image builds, its command cannot start"),
  ours("FromNameCasing", "from-name-casing", "warning", "FROM <Name> in mixed case would have matched a stage"),
] as const;

/** The name of a rule the analyser can report: exactly the names in RULES. */
export type RuleName = (typeof RULES)[number]["name"];

/** Rules by name. */
export const RULES_BY_NAME: ReadonlyMap<RuleName, RuleMeta> = new Map(RULES.map((r) => [r.name, r]));

/** True when `name` is one of the rules in RULES (for names read from lesson files). */
export function isRuleName(name: string): name is RuleName {
  return RULES_BY_NAME.has(name as RuleName);
}

/** One rule by name. */
export function getRule(name: RuleName): RuleMeta {
  return RULES_BY_NAME.get(name) as RuleMeta;
}
