/**
 * The image config each stage ends with, as BuildKit's dispatch sets it
 * (frontend/dockerfile/dockerfile2llb/convert.go: dispatchEnv, dispatchWorkdir,
 * dispatchUser, dispatchCmd, dispatchEntrypoint, dispatchShell): environment, working
 * directory, user, CMD and ENTRYPOINT, and the SHELL that shell-form commands run under. A
 * stage built `FROM <stage>` starts from that stage's config; a stage built from an image
 * starts from the image's config where the catalog knows it, and says "unknown" where not.
 */
import type { Analysis } from "./analysis/types";
import { argPairs, keyValuePairs } from "./parser/lex";
import type { DockerfileDocument, Instruction } from "./parser/types";
import { expandWord } from "./shell/expand";

/** BuildKit's PATH for an image that sets none (dockerfile2llb: system.DefaultPathEnv for linux). */
export const DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/** A command as the image config holds it. */
export interface ConfigCommand {
  /** The words Docker runs (shell form already wrapped in the SHELL, `["/bin/sh", "-c", "..."]`). */
  args: string[];
  /** How it was written. */
  form: "exec" | "shell";
  /** 1-based line of the instruction that set it, or null when it comes from the base image. */
  line: number | null;
}

/** What an image's config starts with, from the catalog; a null field is unknown. */
export interface BaseConfig {
  /** `KEY=value` entries. */
  env: string[] | null;
  /** `""` for the default (root). */
  user: string | null;
  /** `""` for `/`. */
  workingDir: string | null;
  entrypoint: string[] | null;
  cmd: string[] | null;
}

/** The config a stage ends with. */
export interface StageConfig {
  /** Environment variables by name. False when the base image's environment is unknown (then only what the stage sets is listed). */
  env: Map<string, string>;
  envKnown: boolean;
  /** The working directory (absolute), or null when it is the base image's and unknown. */
  workdir: string | null;
  /** The `USER` value (`app`, `10001:10001`, `""` for root by default), or null when unknown. */
  user: string | null;
  /** 1-based line of the USER that set it, or null when it comes from the base. */
  userLine: number | null;
  /** ENTRYPOINT, null when none; undefined when the base image's is unknown. */
  entrypoint: ConfigCommand | null | undefined;
  /** CMD, null when none; undefined when the base image's is unknown. */
  cmd: ConfigCommand | null | undefined;
  /** The shell for shell-form commands (`SHELL`), `["/bin/sh", "-c"]` by default. */
  shell: string[];
}

const SCRATCH: BaseConfig = { env: [], user: "", workingDir: "", entrypoint: null, cmd: null };

function fromBase(base: BaseConfig | null): StageConfig {
  const env = new Map<string, string>();
  for (const kv of base?.env ?? []) {
    const eq = kv.indexOf("=");
    if (eq > 0) env.set(kv.slice(0, eq), kv.slice(eq + 1));
  }
  // BuildKit sets PATH when the base image has none (dispatchState init / shell lex env).
  if (base?.env && !env.has("PATH")) env.set("PATH", DEFAULT_PATH);
  const command = (args: string[] | null | undefined): ConfigCommand | null | undefined =>
    args === undefined ? undefined : args === null ? null : { args, form: "exec", line: null };
  return {
    env,
    envKnown: base?.env != null,
    workdir: base === null || base.workingDir === null ? null : base.workingDir === "" ? "/" : base.workingDir,
    user: base === null ? null : base.user,
    userLine: null,
    entrypoint: base === null ? undefined : command(base.entrypoint),
    cmd: base === null ? undefined : command(base.cmd),
    shell: ["/bin/sh", "-c"],
  };
}

const clone = (c: StageConfig): StageConfig => ({ ...c, env: new Map(c.env), shell: [...c.shell] });

function resolveDir(cwd: string | null, dir: string): string | null {
  if (dir.startsWith("/")) return normalise(dir);
  return cwd === null ? null : normalise(`${cwd}/${dir}`);
}

function normalise(path: string): string {
  const parts: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join("/")}`;
}

/** The options of one computation. */
export interface ImageConfigOptions {
  /** The config of an image by its reference (after ARG expansion), or null when unknown. `scratch` is built in. */
  baseConfig?(ref: string): BaseConfig | null;
  /** `--build-arg` values (ARG values in a stage). */
  buildArgs?: Record<string, string>;
  /** Only these stages (with their FROM-stage ancestors in it); the others are left out of the result. */
  only?: ReadonlySet<number>;
}

/** The config of every stage at its end, by stage index. */
export function stageConfigs(parsed: DockerfileDocument, analysis: Analysis, options: ImageConfigOptions = {}): StageConfig[] {
  const out: StageConfig[] = [];
  const esc = parsed.escapeToken;
  parsed.stages.forEach((stage, i) => {
    if (options.only && !options.only.has(i)) return;
    const info = analysis.stages[i];
    const parent = info?.baseStage ?? null;
    const base = info?.base ?? stage.baseRaw;
    const config =
      parent !== null && out[parent] ? clone(out[parent] as StageConfig) : fromBase(base === "scratch" ? SCRATCH : (options.baseConfig?.(base) ?? null));
    // ARG values are visible to the stage's instructions, not stored in the image.
    const args = new Map<string, string>();
    let cmdSet = false;
    const scope = () => new Map([...config.env, ...args]);
    const expand = (word: string) => expandWord(word, scope(), esc).result;
    for (const ins of stage.instructions.slice(1)) {
      apply(ins);
    }
    out[i] = config;

    function apply(ins: Instruction): void {
      const detail = parsed.detail.get(ins);
      const command = (): ConfigCommand => (detail?.json ? { args: detail.json, form: "exec", line: ins.line } : { args: [...config.shell, ins.args], form: "shell", line: ins.line });
      switch (ins.keyword) {
        case "ENV":
          for (const p of keyValuePairs(ins.args, esc).pairs) config.env.set(expand(p.key), expand(p.value));
          return;
        case "ARG":
          for (const p of argPairs(ins.args, esc)) {
            const value = options.buildArgs?.[p.key] ?? (p.value === null ? undefined : expand(p.value));
            if (value !== undefined) args.set(p.key, value);
          }
          return;
        case "WORKDIR":
          config.workdir = resolveDir(config.workdir, expand(ins.args.trim()));
          return;
        case "USER":
          config.user = expand(ins.args.trim());
          config.userLine = ins.line;
          return;
        case "SHELL":
          if (detail?.json) config.shell = detail.json;
          return;
        case "CMD":
          config.cmd = command();
          cmdSet = true;
          return;
        case "ENTRYPOINT":
          config.entrypoint = command();
          // dispatchEntrypoint: an ENTRYPOINT resets a CMD the stage did not set itself.
          if (!cmdSet) config.cmd = null;
          return;
        default:
          return;
      }
    }
  });
  return out;
}

/**
 * Official images' entrypoint scripts that end in `exec "$@"`, running the CMD they are
 * given: nodejs/docker-node docker-entrypoint.sh (it puts `node` first only when the first
 * argument is an option or not a command), adoptium/containers /__cacert_entrypoint.sh.
 */
export const PASS_THROUGH_ENTRYPOINTS: ReadonlySet<string> = new Set(["docker-entrypoint.sh", "/usr/local/bin/docker-entrypoint.sh", "/__cacert_entrypoint.sh"]);

/** The command the program runs as: the CMD when the ENTRYPOINT is a base image's pass-through script, else ENTRYPOINT then CMD. */
export function programCommand(config: StageConfig): string[] | null | undefined {
  const entry = config.entrypoint;
  if (entry && entry.line === null && entry.args.length === 1 && PASS_THROUGH_ENTRYPOINTS.has(entry.args[0] as string)) {
    return config.cmd === undefined ? undefined : (config.cmd?.args ?? null);
  }
  return runCommand(config);
}

/** What `docker run <image>` executes: ENTRYPOINT then CMD; null when neither is set; undefined when unknown. */
export function runCommand(config: StageConfig): string[] | null | undefined {
  if (config.entrypoint === undefined || (config.entrypoint === null && config.cmd === undefined)) return undefined;
  const entry = config.entrypoint?.args ?? [];
  const cmd = config.cmd === undefined ? [] : (config.cmd?.args ?? []);
  const all = [...entry, ...cmd];
  return all.length === 0 ? null : all;
}
