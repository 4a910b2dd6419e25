/**
 * The global scope of build arguments: BuildKit's predefined platform arguments
 * (dockerfile2llb/platform.go defaultArgs) and the `ARG`s before the first `FROM`, with
 * `--build-arg` values winning (convert.go buildMetaArgs).
 */
import { argPairs } from "../parser/lex";
import type { DockerfileDocument } from "../parser/types";
import { expandWord } from "../shell/expand";

/**
 * The arguments BuildKit predefines in the global scope (platform.go defaultArgs). Nothing
 * here runs Docker, so the build and the target platform are both linux/amd64 (no
 * `--platform`). A `--build-arg` of the same name replaces each value on its own:
 * `TARGETOS=windows` changes TARGETOS only, `TARGETPLATFORM=linux/arm64` changes
 * TARGETPLATFORM only, and neither changes the platform the stages are built for.
 * `targetName` is `--target` as typed, else the last stage's name; "" becomes `default`.
 */
export function predefinedArgs(buildArgs: Record<string, string>, targetName: string): Map<string, string> {
  const automatic: [string, string][] = [
    ["BUILDPLATFORM", "linux/amd64"],
    ["BUILDOS", "linux"],
    ["BUILDOSVERSION", ""],
    ["BUILDARCH", "amd64"],
    ["BUILDVARIANT", ""],
    ["TARGETPLATFORM", "linux/amd64"],
    ["TARGETOS", "linux"],
    ["TARGETOSVERSION", ""],
    ["TARGETARCH", "amd64"],
    ["TARGETVARIANT", ""],
    ["TARGETSTAGE", targetName === "" ? "default" : targetName],
  ];
  return new Map(automatic.map(([key, value]) => [key, Object.hasOwn(buildArgs, key) ? (buildArgs[key] as string) : value]));
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
