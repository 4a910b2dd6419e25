/**
 * Exercise checks: declarative statements about a student's Dockerfile, evaluated against
 * what BuildKit would do with it (the analysis, each stage's image config and users, the
 * simulated build and its `docker run` verdict), never against its spelling. They are data
 * in each lesson's exercises.yaml, validated at build time against this schema, so an
 * instructor writes checks without writing code. `label` overrides the sentence the
 * student sees.
 */
import { z } from "zod";
import { isRuleName, RULES, type RuleName } from "../dockerfile/rules";

/** A stage: a name (`build`, `stage-1`), a 0-based index, or `last`. */
const stageRef = z.union([z.string().min(1), z.number().int().min(0)]);
const label = { label: z.string().min(1).optional() };
const keyword = z.string().regex(/^[A-Za-z]+$/, "must be an instruction keyword such as COPY");
const mount = z.strictObject({
  type: z.enum(["bind", "cache", "tmpfs", "secret", "ssh"]).optional(),
  target: z.string().min(1).optional(),
  from: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
  id: z.string().min(1).optional(),
});

/** A COPY or ADD, by what it brings: from a stage name, `context`, or an image; a source path it brings (a file, or a folder or glob that holds it); where that lands. */
export const copyMatcher = z.strictObject({
  from: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
  dest: z.string().min(1).optional(),
});

/** A command a RUN runs: the program (`npm`, `apk`), its first operand (`ci`, `add`), packages it installs, flags it passes, a mount the RUN has. */
export const runMatcher = z.strictObject({
  program: z.string().min(1),
  subcommand: z.string().min(1).optional(),
  packages: z.array(z.string().min(1)).min(1).optional(),
  flags: z.array(z.string().regex(/^-/)).min(1).optional(),
  mount: mount.optional(),
});

/** One instruction of a stage, by meaning: a COPY that brings something, a RUN that runs something, an ENV that puts an entry into a variable, or any instruction of a keyword. */
export const instructionMatcher = z.union([
  z.strictObject({ copies: copyMatcher }),
  z.strictObject({ runs: runMatcher }),
  z.strictObject({ sets: z.strictObject({ name: z.string().min(1), includes: z.string().min(1) }) }),
  z.strictObject({ instruction: keyword }),
]);

/** One declarative exercise check, as exercises.yaml writes it. */
const simpleCheck = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("stages"), min: z.number().int().min(1).optional(), max: z.number().int().min(1).optional(), ...label }),
  z.strictObject({ type: z.literal("stageNamed"), name: z.string().min(1), ...label }),
  z.strictObject({
    type: z.literal("needs"),
    stage: stageRef,
    from: z.string().min(1),
    /** One kind of edge, or the kinds the goal allows (`[copy, mount]`: a gate through either). */
    kind: z.union([z.enum(["from", "copy", "mount"]), z.array(z.enum(["from", "copy", "mount"])).min(1)]).optional(),
    ...label,
  }),
  /** A plain `docker build` (no `--target`) produces this stage: it is the last one. */
  z.strictObject({ type: z.literal("defaultTarget"), stage: z.string().min(1), ...label }),
  /** Two stages start from the same base image (after ARG expansion). */
  z.strictObject({ type: z.literal("sameBase"), stages: z.array(stageRef).min(2), ...label }),
  /**
   * Where a stage runs: `build` — on the build machine (`--platform=$BUILDPLATFORM`, not a
   * constant, not a global ARG default that pins it); `target` — on the platform being built
   * for (no `--platform`, or `$TARGETPLATFORM`).
   */
  z.strictObject({ type: z.literal("platform"), stage: stageRef, runsOn: z.enum(["build", "target"]), ...label }),
  /** The stage declares the build argument `name` with `ARG` (needed to use a global or predefined one inside it). */
  z.strictObject({ type: z.literal("declaresArg"), stage: stageRef, name: z.string().min(1), ...label }),
  /**
   * A RUN of the stage runs `program` with the environment variable `name` set from the
   * variable `from` (`GOARCH=$TARGETARCH` on the command, `export`, or an earlier `ENV`).
   */
  z.strictObject({ type: z.literal("runEnv"), stage: stageRef, program: z.string().min(1), name: z.string().min(1), from: z.string().min(1), ...label }),
  /** Every FROM, `--from` and `from=` that names a stage writes the name exactly as its `AS` does. */
  z.strictObject({ type: z.literal("sameSpelling"), ...label }),
  z.strictObject({ type: z.literal("targetBuilds"), target: z.string().min(1), stages: z.array(z.string().min(1)).min(1), ...label }),
  /** The final stage's base: `alpine` (any tag or digest), `alpine:3.23` (that tag, pinned by digest or not), `node:24*-alpine*` (a tag pattern). */
  z.strictObject({ type: z.literal("finalBase"), oneOf: z.array(z.string().min(1)).min(1), /** Another stage than the final one. */ stage: stageRef.optional(), ...label }),
  /** The user the final image runs as, after the base image's own USER. */
  z.strictObject({
    type: z.literal("user"),
    nonRoot: z.boolean().optional(),
    /** The user, by name: `USER app` or the same user's numeric ID. */
    name: z.string().min(1).optional(),
    uid: z.number().int().min(0).optional(),
    gid: z.number().int().min(0).optional(),
    ...label,
  }),
  /**
   * A COPY or ADD of the stage brings `source` (a leading `**` segment matches any folders). `present: false`: no COPY does;
   * `exclusive: true`: the stage's COPYs from `from` bring nothing else.
   */
  z.strictObject({
    type: z.literal("copies"),
    stage: stageRef,
    ...copyMatcher.shape,
    present: z.boolean().optional(),
    exclusive: z.boolean().optional(),
    /** Every COPY from `from` copies only these paths (or files inside them): nothing else comes along. */
    only: z.array(z.string().min(1)).min(1).optional(),
    ...label,
  }),
  z.strictObject({ type: z.literal("runs"), stage: stageRef, ...runMatcher.shape, present: z.boolean().optional(), ...label }),
  /** Within a stage, every instruction matching `first` comes before every one matching `then`. */
  z.strictObject({
    type: z.literal("order"),
    stage: stageRef,
    first: instructionMatcher,
    then: instructionMatcher,
    /** True: a stage without any `first` passes (nothing comes in the wrong order). */
    ifPresent: z.boolean().optional(),
    ...label,
  }),
  /** A stage's environment: the `:`-separated variable `name` holds the entry `includes`. */
  z.strictObject({ type: z.literal("env"), stage: stageRef, name: z.string().min(1), includes: z.string().min(1), ...label }),
  /**
   * The final image's files, from the simulated build: paths it `contains`, paths it `lacks`,
   * and `addsOnly`: every file the build added is one of these (a name matches any folder).
   */
  z.strictObject({
    type: z.literal("image"),
    contains: z.array(z.string().startsWith("/")).min(1).optional(),
    lacks: z.array(z.string().startsWith("/")).min(1).optional(),
    addsOnly: z.array(z.string().min(1)).min(1).optional(),
    ...label,
  }),
  /** A RUN in the stage runs the program and checks what it prints (test, grep, diff...), so a wrong output fails the build. */
  z.strictObject({ type: z.literal("testsOutput"), stage: stageRef, program: z.string().min(1), ...label }),
  /** The final image's default command (ENTRYPOINT then CMD) runs `program` (its file name) with these arguments, in exec or shell form. */
  z.strictObject({ type: z.literal("command"), program: z.string().min(1), args: z.array(z.string().min(1)).min(1).optional(), ...label }),
  /** `docker run` of the final image would start its command (the simulated verdict). */
  z.strictObject({ type: z.literal("starts"), ...label }),
  /** A text test on one instruction; prefer the checks above, which compare meaning. */
  z.strictObject({
    type: z.literal("instruction"),
    stage: stageRef,
    instruction: keyword,
    contains: z.string().min(1).optional(),
    present: z.boolean().optional(),
    ...label,
  }),
  z.strictObject({ type: z.literal("noError"), ...label }),
  z.strictObject({ type: z.literal("noBuildCheckWarnings"), ...label }),
  z.strictObject({
    type: z.literal("noRule"),
    rule: z.string().refine((name): name is RuleName => isRuleName(name), { message: `must be one of the analyser's rules: ${RULES.map((r) => r.name).join(", ")}` }),
    ...label,
  }),
  z.strictObject({ type: z.literal("noBuildTools"), ...label }),
]);

/** Passes when one of its checks does: the ways a goal allows (`npm ci --omit=dev`, or `NODE_ENV=production npm ci`). */
const anyOfCheck = z.strictObject({ type: z.literal("anyOf"), checks: z.array(simpleCheck).min(2), label: z.string().min(1) });

/** One declarative exercise check, as exercises.yaml writes it. */
export const exerciseCheck = z.union([simpleCheck, anyOfCheck]);
