/**
 * The global scope of build arguments: BuildKit's predefined platform arguments
 * (dockerfile2llb/platform.go defaultArgs) and the `ARG`s before the first `FROM`, with
 * `--build-arg` values winning (convert.go buildMetaArgs).
 */
import { argPairs } from "../parser/lex";
import type { DockerfileDocument } from "../parser/types";
import { expandWord } from "../shell/expand";

const platformArgs = (platform: string, prefix: "BUILD" | "TARGET"): [string, string][] => {
  const [os = "", arch = "", variant = ""] = platform.split("/");
  return [
    [`${prefix}PLATFORM`, platform],
    [`${prefix}OS`, os],
    [`${prefix}ARCH`, arch],
    [`${prefix}VARIANT`, variant],
  ];
};

/**
 * The arguments BuildKit predefines in the global scope. We build for linux/amd64 on
 * linux/amd64 unless a build argument overrides a platform.
 */
export function predefinedArgs(buildArgs: Record<string, string>, targetName: string): Map<string, string> {
  const build = buildArgs.BUILDPLATFORM ?? "linux/amd64";
  const target = buildArgs.TARGETPLATFORM ?? "linux/amd64";
  return new Map([...platformArgs(build, "BUILD"), ...platformArgs(target, "TARGET"), ["TARGETSTAGE", targetName]]);
}

/** Every name the global scope declares: the predefined ones and the global `ARG`s. */
export function globalArgNames(parsed: DockerfileDocument, predefined: ReadonlyMap<string, string>): Set<string> {
  const names = new Set<string>(predefined.keys());
  for (const ins of parsed.preamble) if (ins.keyword === "ARG") for (const p of argPairs(ins.args)) names.add(p.key);
  return names;
}

/**
 * The global scope's values: defaults expanded in order; a `--build-arg` value replaces the
 * default of an `ARG` that declares it. With `buildArgs` empty this is the scope
 * InvalidDefaultArgInFrom checks (validateBaseImagesWithDefaultArgs).
 */
export function globalArgValues(parsed: DockerfileDocument, predefined: ReadonlyMap<string, string>, buildArgs: Record<string, string>): Map<string, string> {
  const values = new Map(predefined);
  for (const ins of parsed.preamble) {
    if (ins.keyword !== "ARG") continue;
    for (const p of argPairs(ins.args)) {
      if (Object.hasOwn(buildArgs, p.key)) values.set(p.key, buildArgs[p.key] as string);
      else if (p.value !== null) values.set(p.key, expandWord(p.value, values, parsed.escapeToken).result);
    }
  }
  return values;
}
