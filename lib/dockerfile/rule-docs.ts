/**
 * What each rule means for a student: what it detects, why it matters, how to fix it. Shown on
 * the rules page and by the command line; the analyser and the Problems list need only
 * rules.ts, so this prose stays out of the lesson page's JavaScript.
 */
import { getRule, RULES, type RuleMeta, type RuleName } from "./rules";

/** A rule with its explanation. */
export interface RuleDoc extends RuleMeta {
  /** What the rule detects, for a student. */
  what: string;
  /** Why it matters. */
  why: string;
  /** How to fix it. */
  howToFix: string;
}

type Texts = Pick<RuleDoc, "what" | "why" | "howToFix">;

const TEXTS: Record<RuleName, Texts> = {
  StageNameCasing: {
    what: "A stage name written with capital letters, like `FROM alpine AS Build`.",
    why: "BuildKit lower-cases stage names anyway, so `Build` and `build` are the same stage; writing it in capitals hides that.",
    howToFix: "Write the stage name in lowercase everywhere it appears.",
  },
  FromAsCasing: {
    what: "`FROM image as name` or `from image AS name`: the two keywords in different case.",
    why: "Mixed casing in one line is harder to read and usually a copy-paste accident.",
    howToFix: "Write `AS` in the same case as `FROM`.",
  },
  NoEmptyContinuation: {
    what: "An empty line inside an instruction continued with a backslash.",
    why: "The empty line is silently dropped today; a future Dockerfile syntax will reject it.",
    howToFix: "Remove the empty line, or end the instruction before it.",
  },
  ConsistentInstructionCasing: {
    what: "Instructions written in different case (`RUN` and `run`), or in mixed case (`Run`).",
    why: "Consistent casing makes the file easier to scan; most Dockerfiles use uppercase.",
    howToFix: "Write every instruction in the case most of the file uses.",
  },
  DuplicateStageName: {
    what: "Two stages with the same name.",
    why: "`COPY --from` then picks the last one and `FROM <name>` the latest one before it, which is easy to get wrong.",
    howToFix: "Give every stage its own name.",
  },
  ReservedStageName: {
    what: "A stage called `scratch` or `context`.",
    why: "Those names already mean the empty image and the build context.",
    howToFix: "Rename the stage.",
  },
  JSONArgsRecommended: {
    what: "`CMD ./hello` or `ENTRYPOINT ./hello` in shell form.",
    why: "Shell form runs your program under `/bin/sh -c`, so signals such as the one `docker stop` sends go to the shell, not to your program.",
    howToFix: "Use the exec form: `CMD [\"./hello\"]`.",
  },
  MaintainerDeprecated: {
    what: "A `MAINTAINER` instruction.",
    why: "It is deprecated.",
    howToFix: "Use `LABEL org.opencontainers.image.authors=\"you@example.org\"`.",
  },
  UndefinedArgInFrom: {
    what: "A `FROM` that uses a variable no global `ARG` declares.",
    why: "The variable expands to an empty string, so the image name is not what you meant.",
    howToFix: "Declare the variable with `ARG` before the first `FROM`, or fix its spelling.",
  },
  WorkdirRelativePath: {
    what: "A relative `WORKDIR` before any absolute one in the stage.",
    why: "It is resolved against the base image's working directory, which can change when the base image does.",
    howToFix: "Start with an absolute path: `WORKDIR /app`.",
  },
  UndefinedVar: {
    what: "A `$VARIABLE` used in an instruction before any `ARG` or `ENV` defines it.",
    why: "It expands to an empty string, which is rarely what you meant.",
    howToFix: "Declare it with `ARG` or `ENV` first, or fix its spelling.",
  },
  MultipleInstructionsDisallowed: {
    what: "More than one `CMD`, `ENTRYPOINT` or `HEALTHCHECK` in one stage.",
    why: "Only the last one has any effect.",
    howToFix: "Keep only one.",
  },
  LegacyKeyValueFormat: {
    what: "`ENV key value` instead of `ENV key=value` (same for `LABEL`).",
    why: "The legacy form can set only one variable and is ambiguous with spaces.",
    howToFix: "Write `ENV key=value`.",
  },
  RedundantTargetPlatform: {
    what: "`FROM --platform=$TARGETPLATFORM`.",
    why: "That is already the default.",
    howToFix: "Remove the `--platform` flag.",
  },
  SecretsUsedInArgOrEnv: {
    what: "An `ARG` or `ENV` whose name looks like a secret (password, token, key...).",
    why: "ARG and ENV values end up in the image metadata and build history, where anyone with the image can read them.",
    howToFix: "Pass secrets with `RUN --mount=type=secret` instead.",
  },
  InvalidDefaultArgInFrom: {
    what: "A `FROM` that only works when a `--build-arg` is given.",
    why: "Built without build arguments, the base image name is empty or invalid.",
    howToFix: "Give the global `ARG` a default value that makes a valid image name.",
  },
  FromPlatformFlagConstDisallowed: {
    what: "`FROM --platform=linux/amd64 ...` with a fixed platform.",
    why: "It pins the stage to one platform even when building for others.",
    howToFix: "Use `$BUILDPLATFORM` or `$TARGETPLATFORM`, or name the stage after the platform.",
  },
  CopyIgnoredFile: {
    what: "`COPY` or `ADD` of a path that `.dockerignore` excludes.",
    why: "The file is not sent to the builder, so the copy fails or copies nothing.",
    howToFix: "Remove the path from `.dockerignore`, or stop copying it.",
  },
  InvalidDefinitionDescription: {
    what: "A comment right above `FROM ... AS name` or `ARG name` that does not start with the name.",
    why: "Tools read such comments as the description of the stage or argument.",
    howToFix: "Start the comment with the name, or put an empty line between comment and instruction.",
  },
  ExposeProtoCasing: {
    what: "`EXPOSE 80/TCP`.",
    why: "Protocols are lowercase (`tcp`, `udp`).",
    howToFix: "Write `EXPOSE 80/tcp`.",
  },
  ExposeInvalidFormat: {
    what: "`EXPOSE 8080:80` or `EXPOSE 127.0.0.1:80:80`.",
    why: "EXPOSE only documents the container's port; publishing to the host happens at `docker run -p`.",
    howToFix: "Write only the container port: `EXPOSE 80`.",
  },
  BuildError: {
    what: "Something BuildKit rejects before it runs a step: the message is BuildKit's own. Some things it checks in every stage, needed by the target or not: the instructions, every `FROM` image name and every image a `--from` names, `--from` values with a variable, cycles. Others only in the stages it builds: a `COPY --from` of a later stage, `RUN --mount` options, and the `ONBUILD` instructions of a stage used as a base, which run in the stage built `FROM` it.",
    why: "`docker build` stops here, whatever it was about to build.",
    howToFix: "Read BuildKit's message; the line points at the instruction (for some errors, such as a `--from` with a variable, BuildKit names no line). What only the registry knows is not checked here: whether an image exists, and the `ONBUILD` triggers an image carries.",
  },
  StageNameTypo: {
    what: "A `COPY --from` or `RUN --mount from=` value that names no stage but is one or two letters away from a stage name.",
    why: "BuildKit does not report a typo here: it treats the value as an image name and tries to pull it when it builds that stage, which fails with a confusing registry error. A name with capitals fails every build at once, because image names must be lowercase.",
    howToFix: "Correct the stage name.",
  },
  UnusedStage: {
    what: "A stage that the target stage does not reach through `FROM`, `COPY --from` or `RUN --mount from=`.",
    why: "BuildKit does not build it (it still reads its instructions and checks its image names, so a syntax error or an invalid image name there fails the build); the legacy builder (DOCKER_BUILDKIT=0) still runs every stage up to the target. Often it is a leftover, or a stage meant for `--target`.",
    howToFix: "Remove it, use it, or build it on purpose with `--target`.",
  },
  BuildToolsInFinalStage: {
    what: "The stage that becomes the image installs compilers or build tools (gcc, g++, make, cmake, build-base, go, maven, a JDK, npm dev dependencies).",
    why: "Everything installed in the final stage ships in the image: it makes the image larger and gives attackers more tools. Multi-stage builds exist to leave these behind.",
    howToFix: "Install and run the tools in a build stage and `COPY --from` only the result into the final stage.",
  },
  ContainerWouldNotStart: {
    what: "The simulated `docker run` of the final image fails: the program is not where the command says, its loader or a shared library (libstdc++) is not in the image, the shell a shell-form command needs is missing, the USER is unknown, or an interpreter or module stayed in the build stage.",
    why: "A multi-stage build leaves the compiler and everything else of the build stage behind, and sometimes a file the program needs with it. The build succeeds; the container fails the moment it starts. The words shown are the ones Docker, runc or the program's loader print.",
    howToFix: "Follow the fix the finding names: copy what is missing into the final stage, install the runtime library, link statically, or switch to exec form.",
  },
  FromNameCasing: {
    what: "`FROM Builder` where an earlier stage is called `builder`.",
    why: "`FROM` matches stage names exactly, so `Builder` is read as an image name, and image names must be lowercase. BuildKit checks the image name of every stage before it builds any, so every build fails with `failed to parse stage name \"Builder\"`, whatever the target.",
    howToFix: "Write the stage name in lowercase.",
  },
};

/** Every rule with its explanation, in the order of RULES. */
export const RULE_DOCS: readonly RuleDoc[] = RULES.map((r) => ({ ...r, ...TEXTS[r.name] }));

/** One rule with its explanation. */
export function getRuleDoc(name: RuleName): RuleDoc {
  return { ...getRule(name), ...TEXTS[name] };
}
