/**
 * Documentation of every rule the analyser reports, in one place the UI can show.
 * BuildKit's rules keep BuildKit's names, descriptions and URLs, copied from
 * frontend/dockerfile/linter/ruleset.go; our teaching rules follow the same naming style.
 */

/** How serious a diagnostic is. */
export type Severity = "error" | "warning" | "info";

/** Documentation of one rule. */
export interface RuleDoc {
  /** PascalCase rule name, as it appears in diagnostics (`FromAsCasing`). */
  readonly name: string;
  /** Severity of its diagnostics. */
  severity: Severity;
  /** Who defines the rule: Docker's build checks, or Stagecraft's own teaching rules. */
  source: "buildkit" | "stagecraft";
  /** BuildKit's one-line description (ruleset.go) or ours. */
  description: string;
  /** What the rule detects, for a student. */
  what: string;
  /** Why it matters. */
  why: string;
  /** How to fix it. */
  howToFix: string;
  /** Docker's page for the rule, or our in-app anchor. */
  url: string;
  /** True for BuildKit rules that only run when enabled with `# check=experimental=`. */
  experimental: boolean;
}

const docsUrl = (kebab: string): string => `https://docs.docker.com/go/dockerfile/rule/${kebab}/`;
const appUrl = (kebab: string): string => `/rules/#${kebab}`;

function bk<N extends string>(name: N, kebab: string, description: string, what: string, why: string, howToFix: string, experimental = false): RuleDoc & { name: N } {
  return { name, severity: "warning", source: "buildkit", description, what, why, howToFix, url: docsUrl(kebab), experimental };
}

function ours<N extends string>(name: N, kebab: string, severity: Severity, description: string, what: string, why: string, howToFix: string): RuleDoc & { name: N } {
  return { name, severity, source: "stagecraft", description, what, why, howToFix, url: appUrl(kebab), experimental: false };
}

/** Every rule, BuildKit's first, in the order of Docker's build checks reference. */
export const RULES = [
  bk("StageNameCasing", "stage-name-casing", "Stage names should be lowercase",
    "A stage name written with capital letters, like `FROM alpine AS Build`.",
    "BuildKit lower-cases stage names anyway, so `Build` and `build` are the same stage; writing it in capitals hides that.",
    "Write the stage name in lowercase everywhere it appears."),
  bk("FromAsCasing", "from-as-casing", "The 'as' keyword should match the case of the 'from' keyword",
    "`FROM image as name` or `from image AS name`: the two keywords in different case.",
    "Mixed casing in one line is harder to read and usually a copy-paste accident.",
    "Write `AS` in the same case as `FROM`."),
  bk("NoEmptyContinuation", "no-empty-continuation", "Empty continuation lines will become errors in a future release",
    "An empty line inside an instruction continued with a backslash.",
    "The empty line is silently dropped today; a future Dockerfile syntax will reject it.",
    "Remove the empty line, or end the instruction before it."),
  bk("ConsistentInstructionCasing", "consistent-instruction-casing", "All commands within the Dockerfile should use the same casing (either upper or lower)",
    "Instructions written in different case (`RUN` and `run`), or in mixed case (`Run`).",
    "Consistent casing makes the file easier to scan; most Dockerfiles use uppercase.",
    "Write every instruction in the case most of the file uses."),
  bk("DuplicateStageName", "duplicate-stage-name", "Stage names should be unique",
    "Two stages with the same name.",
    "`COPY --from` then picks the last one and `FROM <name>` the latest one before it, which is easy to get wrong.",
    "Give every stage its own name."),
  bk("ReservedStageName", "reserved-stage-name", "Reserved words should not be used as stage names",
    "A stage called `scratch` or `context`.",
    "Those names already mean the empty image and the build context.",
    "Rename the stage."),
  bk("JSONArgsRecommended", "json-args-recommended", "JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals",
    "`CMD ./hello` or `ENTRYPOINT ./hello` in shell form.",
    "Shell form runs your program under `/bin/sh -c`, so signals such as the one `docker stop` sends go to the shell, not to your program.",
    "Use the exec form: `CMD [\"./hello\"]`."),
  bk("MaintainerDeprecated", "maintainer-deprecated", "The MAINTAINER instruction is deprecated, use a label instead to define an image author",
    "A `MAINTAINER` instruction.", "It is deprecated.",
    "Use `LABEL org.opencontainers.image.authors=\"you@example.org\"`."),
  bk("UndefinedArgInFrom", "undefined-arg-in-from", "FROM command must use declared ARGs",
    "A `FROM` that uses a variable no global `ARG` declares.",
    "The variable expands to an empty string, so the image name is not what you meant.",
    "Declare the variable with `ARG` before the first `FROM`, or fix its spelling."),
  bk("WorkdirRelativePath", "workdir-relative-path", "Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes",
    "A relative `WORKDIR` before any absolute one in the stage.",
    "It is resolved against the base image's working directory, which can change when the base image does.",
    "Start with an absolute path: `WORKDIR /app`."),
  bk("UndefinedVar", "undefined-var", "Variables should be defined before their use",
    "A `$VARIABLE` used in an instruction before any `ARG` or `ENV` defines it.",
    "It expands to an empty string, which is rarely what you meant.",
    "Declare it with `ARG` or `ENV` first, or fix its spelling."),
  bk("MultipleInstructionsDisallowed", "multiple-instructions-disallowed", "Multiple instructions of the same type should not be used in the same stage",
    "More than one `CMD`, `ENTRYPOINT` or `HEALTHCHECK` in one stage.",
    "Only the last one has any effect.", "Keep only one."),
  bk("LegacyKeyValueFormat", "legacy-key-value-format", "Legacy key/value format with whitespace separator should not be used",
    "`ENV key value` instead of `ENV key=value` (same for `LABEL`).",
    "The legacy form can set only one variable and is ambiguous with spaces.", "Write `ENV key=value`."),
  bk("RedundantTargetPlatform", "redundant-target-platform", "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior",
    "`FROM --platform=$TARGETPLATFORM`.", "That is already the default.", "Remove the `--platform` flag."),
  bk("SecretsUsedInArgOrEnv", "secrets-used-in-arg-or-env", "Sensitive data should not be used in the ARG or ENV commands",
    "An `ARG` or `ENV` whose name looks like a secret (password, token, key...).",
    "ARG and ENV values end up in the image metadata and build history, where anyone with the image can read them.",
    "Pass secrets with `RUN --mount=type=secret` instead."),
  bk("InvalidDefaultArgInFrom", "invalid-default-arg-in-from", "Default value for global ARG results in an empty or invalid base image name",
    "A `FROM` that only works when a `--build-arg` is given.",
    "Built without build arguments, the base image name is empty or invalid.",
    "Give the global `ARG` a default value that makes a valid image name."),
  bk("FromPlatformFlagConstDisallowed", "from-platform-flag-const-disallowed", "FROM --platform flag should not use a constant value",
    "`FROM --platform=linux/amd64 ...` with a fixed platform.",
    "It pins the stage to one platform even when building for others.",
    "Use `$BUILDPLATFORM` or `$TARGETPLATFORM`, or name the stage after the platform."),
  bk("CopyIgnoredFile", "copy-ignored-file", "Attempting to Copy file that is excluded by .dockerignore",
    "`COPY` or `ADD` of a path that `.dockerignore` excludes.",
    "The file is not sent to the builder, so the copy fails or copies nothing.",
    "Remove the path from `.dockerignore`, or stop copying it."),
  bk("InvalidDefinitionDescription", "invalid-definition-description", "Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.",
    "A comment right above `FROM ... AS name` or `ARG name` that does not start with the name.",
    "Tools read such comments as the description of the stage or argument.",
    "Start the comment with the name, or put an empty line between comment and instruction.", true),
  bk("ExposeProtoCasing", "expose-proto-casing", "Protocol in EXPOSE instruction should be lowercase",
    "`EXPOSE 80/TCP`.", "Protocols are lowercase (`tcp`, `udp`).", "Write `EXPOSE 80/tcp`."),
  bk("ExposeInvalidFormat", "expose-invalid-format", "IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release",
    "`EXPOSE 8080:80` or `EXPOSE 127.0.0.1:80:80`.",
    "EXPOSE only documents the container's port; publishing to the host happens at `docker run -p`.",
    "Write only the container port: `EXPOSE 80`."),
  ours("BuildError", "build-error", "error", "The build would fail",
    "Something BuildKit rejects before it runs a step: the message is BuildKit's own. Some things it checks in every stage, needed by the target or not: the instructions, every `FROM` image name and every image a `--from` names, `--from` values with a variable, cycles. Others only in the stages it builds: a `COPY --from` of a later stage, `RUN --mount` options, and the `ONBUILD` instructions of a stage used as a base, which run in the stage built `FROM` it.",
    "`docker build` stops here, whatever it was about to build.",
    "Read BuildKit's message; the line points at the instruction (for some errors, such as a `--from` with a variable, BuildKit names no line). What only the registry knows is not checked here: whether an image exists, and the `ONBUILD` triggers an image carries."),
  ours("StageNameTypo", "stage-name-typo", "warning", "--from names no stage but is close to one",
    "A `COPY --from` or `RUN --mount from=` value that names no stage but is one or two letters away from a stage name.",
    "BuildKit does not report a typo here: it treats the value as an image name and tries to pull it when it builds that stage, which fails with a confusing registry error. A name with capitals fails every build at once, because image names must be lowercase.",
    "Correct the stage name."),
  ours("UnusedStage", "unused-stage", "info", "A stage the target does not need",
    "A stage that the target stage does not reach through `FROM`, `COPY --from` or `RUN --mount from=`.",
    "BuildKit does not build it (it still reads its instructions and checks its image names, so a syntax error or an invalid image name there fails the build); the legacy builder (DOCKER_BUILDKIT=0) still runs every stage up to the target. Often it is a leftover, or a stage meant for `--target`.",
    "Remove it, use it, or build it on purpose with `--target`."),
  ours("BuildToolsInFinalStage", "build-tools-in-final-stage", "warning", "Compilers or build tools installed in the final stage",
    "The stage that becomes the image installs compilers or build tools (gcc, g++, make, cmake, build-base, go, maven, a JDK, npm dev dependencies).",
    "Everything installed in the final stage ships in the image: it makes the image larger and gives attackers more tools. Multi-stage builds exist to leave these behind.",
    "Install and run the tools in a build stage and `COPY --from` only the result into the final stage."),
  ours("ContainerWouldNotStart", "container-would-not-start", "error", "docker run would fail: the image builds, its command cannot start",
    "The simulated `docker run` of the final image fails: the program is not where the command says, its loader or a shared library (libstdc++) is not in the image, the shell a shell-form command needs is missing, the USER is unknown, or an interpreter or module stayed in the build stage.",
    "A multi-stage build leaves the compiler and everything else of the build stage behind, and sometimes a file the program needs with it. The build succeeds; the container fails the moment it starts. The words shown are the ones Docker, runc or the program's loader print.",
    "Follow the fix the finding names: copy what is missing into the final stage, install the runtime library, link statically, or switch to exec form."),
  ours("FromNameCasing", "from-name-casing", "warning", "FROM <Name> in mixed case would have matched a stage",
    "`FROM Builder` where an earlier stage is called `builder`.",
    "`FROM` matches stage names exactly, so `Builder` is read as an image name, and image names must be lowercase. BuildKit checks the image name of every stage before it builds any, so every build fails with `failed to parse stage name \"Builder\"`, whatever the target.",
    "Write the stage name in lowercase."),
] as const;

/** The name of a rule the analyser can report: exactly the names in RULES. */
export type RuleName = (typeof RULES)[number]["name"];

/** Rule documentation by name. */
export const RULES_BY_NAME: ReadonlyMap<RuleName, RuleDoc> = new Map(RULES.map((r) => [r.name, r]));

/** True when `name` is one of the rules in RULES (for names read from lesson files). */
export function isRuleName(name: string): name is RuleName {
  return RULES_BY_NAME.has(name as RuleName);
}

/** The documentation of one rule. */
export function getRule(name: RuleName): RuleDoc {
  return RULES_BY_NAME.get(name) as RuleDoc;
}
