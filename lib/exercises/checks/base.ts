/**
 * The final stage's base image, compared as an image reference, not as text: `alpine`
 * accepts any tag or digest of the repository, `alpine:3.23` that tag (also pinned,
 * `alpine:3.23@sha256:…`), and `*` in a tag is a wildcard (`node:24*-alpine*`).
 * `docker.io/library/alpine` is `alpine`; no tag means `latest`, as Docker reads it.
 */
import { splitReference } from "../../dockerfile/catalog/image-users";
import type { CheckContext } from "../context";
import type { ExerciseCheck } from "../types";
import { describeStage, Stage, stageIndex, type Outcome } from "./common";

type Of<T extends ExerciseCheck["type"]> = Extract<ExerciseCheck, { type: T }>;

/** Repository and tag of a reference, with whether the tag was written and the digest. */
function parts(ref: string): { repository: string; tag: string; tagged: boolean; digest: string | null } {
  const at = ref.indexOf("@");
  const digest = at < 0 ? null : ref.slice(at + 1);
  const { repository, tag } = splitReference(ref);
  const name = at < 0 ? ref : ref.slice(0, at);
  const tagged = name.lastIndexOf(":") > name.lastIndexOf("/");
  return { repository, tag, tagged, digest };
}

const globToRegExp = (glob: string) => new RegExp(`^${glob.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);

/** Whether a base reference is what a pattern allows. */
export function baseMatches(base: string, pattern: string): boolean {
  if (pattern === "scratch" || base === "scratch") return base === pattern;
  const b = parts(base);
  const p = parts(pattern);
  if (b.repository !== p.repository) return false;
  if (p.digest !== null) return b.digest === p.digest;
  if (!p.tagged) return true;
  // A digest alone pins some tag of the repository we cannot name: it matches only untagged patterns.
  if (!b.tagged && b.digest !== null) return false;
  return p.tag.includes("*") ? globToRegExp(p.tag).test(b.tag) : b.tag === p.tag;
}

export function finalBase(ctx: CheckContext, check: Of<"finalBase">): Outcome {
  const index = check.stage === undefined ? ctx.analysis.target : (stageIndex(ctx, check.stage) ?? null);
  const final = index === null ? undefined : ctx.analysis.stages[index];
  const allowed = check.oneOf.map((b) => `\`${b}\``).join(" or ");
  const label = `${check.stage === undefined ? "The final stage" : Stage(check.stage)} starts from ${allowed}`;
  if (!final) return { label, pass: false, detail: check.stage === undefined ? "There is no final stage." : `There is no ${describeStage(check.stage)}.` };
  // A final stage built FROM another stage starts from that stage's files, not from a fresh image.
  if (final.baseStage !== null) {
    const parent = ctx.analysis.stages[final.baseStage];
    return { label, pass: false, detail: `It starts from stage \`${parent?.name ?? `stage-${final.baseStage}`}\`, so it carries everything that stage holds; start it from a fresh image instead.` };
  }
  const pass = check.oneOf.some((p) => baseMatches(final.base, p));
  return { label, pass, detail: pass ? null : `It starts from \`${final.base}\`.` };
}
