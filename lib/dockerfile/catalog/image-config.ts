/**
 * A base image's config (Entrypoint, Cmd, Env, User, WorkingDir) from the generated catalog
 * data (data/images.json: repo-info's local and remote reports, the publishers' own files).
 * An exact tag or an alias first; else another tag of the same repository, whose config the
 * official images share across tags (the same Dockerfile template); else unknown.
 */
import type { BaseConfig } from "../image-config";
import data from "./data/images.json";
import { splitReference } from "./image-users";

interface ImageEntry {
  ref: string;
  repository: string;
  tag: string;
  entrypoint: string[] | null;
  cmd: string[] | null;
  env: string[] | null;
  user: string | null;
  workingDir: string | null;
}

const images = (data as unknown as { images: ImageEntry[] }).images;
const aliases = (data as unknown as { aliases: [string, { canonical: string }][] | Record<string, { canonical: string }> }).aliases;
const aliasOf = new Map<string, string>(Array.isArray(aliases) ? aliases.map(([from, to]) => [from, to.canonical]) : Object.entries(aliases).map(([from, to]) => [from, to.canonical]));

/** The catalog entry for a reference: exact, by alias, else another tag of the repository (flagged approximate). */
export function catalogImage(ref: string): { entry: ImageEntry; approximate: boolean } | null {
  const { repository, tag } = splitReference(ref);
  const name = `${repository}:${tag}`;
  const exact = images.find((i) => i.ref === name) ?? images.find((i) => i.ref === aliasOf.get(name));
  if (exact) return { entry: exact, approximate: false };
  const sameRepo = images.filter((i) => i.repository === repository);
  const sameFlavour = sameRepo.find((i) => i.tag.includes("alpine") === tag.includes("alpine") && i.tag.includes("slim") === tag.includes("slim"));
  const near = sameFlavour ?? sameRepo[0];
  return near ? { entry: near, approximate: true } : null;
}

/** The config `FROM ref` starts from, or null when the catalog does not know the repository. */
export function catalogImageConfig(ref: string): BaseConfig | null {
  const found = catalogImage(ref);
  if (!found) return null;
  const { entry } = found;
  // repo-info's local report prints Entrypoint only when the image sets one: absent means none.
  return { env: entry.env, user: entry.user, workingDir: entry.workingDir, entrypoint: entry.entrypoint ?? null, cmd: entry.cmd };
}
