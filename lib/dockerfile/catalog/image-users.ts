/**
 * The users a base image's /etc/passwd holds and the USER its config sets, where a
 * first-hand source says so. Everything else is unknown: an official image's passwd file is
 * not in repo-info's reports, so only the entries its Dockerfile creates, and root (in every
 * distribution's passwd file), are listed, and the list is marked incomplete.
 */
import type { UserEntry } from "../users";

/** What the catalog knows of an image's users. */
export interface ImageUsers {
  users: UserEntry[];
  groups: [string, number][];
  /** True when `users` is the whole passwd file (a `USER` naming anyone else fails at start). */
  complete: boolean;
  /** The config's `USER` (`""`: none, so root), or null when unknown. */
  user: string | null;
  /** Where this comes from. */
  source: string;
}

const ROOT: UserEntry = { name: "root", uid: 0, gid: 0 };

/** The repository and tag of a reference (`docker.io/library/node:24-alpine@sha256:…` → `node`, `24-alpine`). */
export function splitReference(ref: string): { repository: string; tag: string } {
  const noDigest = ref.split("@")[0] as string;
  const slash = noDigest.lastIndexOf("/");
  const colon = noDigest.lastIndexOf(":");
  const hasTag = colon > slash;
  let repository = hasTag ? noDigest.slice(0, colon) : noDigest;
  for (const prefix of ["docker.io/library/", "index.docker.io/library/", "docker.io/", "library/"]) {
    if (repository.startsWith(prefix)) repository = repository.slice(prefix.length);
  }
  return { repository, tag: hasTag ? noDigest.slice(colon + 1) : "latest" };
}

const DISTROLESS_SOURCE =
  "GoogleContainerTools/distroless base/testdata/base.yaml (root, nobody 65534, nonroot 65532) and static/static.bzl USER_VARIANTS (:nonroot sets 65532), commit cd080764";
const NODE_SOURCE =
  "nodejs/docker-node 24/alpine3.23/Dockerfile and 24/trixie/Dockerfile @0001669c: `addgroup -g 1000 node && adduser -u 1000 -G node` (Alpine) / `groupadd --gid 1000 node && useradd --uid 1000 --gid node` (Debian), no USER line";

/** The users of a base image, or null when nothing is known beyond it being a Linux image. */
export function imageUsers(ref: string): ImageUsers | null {
  const { repository, tag } = splitReference(ref);
  if (repository.startsWith("gcr.io/distroless/")) {
    const nonroot = /(^|-)nonroot$/.test(tag);
    return {
      users: [ROOT, { name: "nobody", uid: 65534, gid: 65534 }, { name: "nonroot", uid: 65532, gid: 65532 }],
      groups: [["root", 0], ["nobody", 65534], ["nonroot", 65532]],
      complete: true,
      user: nonroot ? "65532" : "",
      source: DISTROLESS_SOURCE,
    };
  }
  if (repository === "node") {
    return { users: [ROOT, { name: "node", uid: 1000, gid: 1000 }], groups: [["root", 0], ["node", 1000]], complete: false, user: "", source: NODE_SOURCE };
  }
  return null;
}

/**
 * The Docker Official Images the course meets: each is built on Debian, Ubuntu or Alpine
 * (docker-library's Dockerfiles), so each has /bin/sh (dash, or BusyBox's ash).
 */
const OFFICIAL_WITH_SHELL = new Set([
  "alpine", "debian", "ubuntu", "busybox", "node", "python", "golang", "rust", "eclipse-temurin", "openjdk", "maven", "gradle", "nginx", "httpd", "php", "ruby",
]);

/** Whether an image has /bin/sh: false for scratch and distroless (but `:debug`), true for the official images above, null when unknown. */
export function baseHasShell(ref: string): boolean | null {
  if (ref === "scratch") return false;
  const { repository, tag } = splitReference(ref);
  if (repository.startsWith("gcr.io/distroless/")) return tag.includes("debug");
  return OFFICIAL_WITH_SHELL.has(repository) ? true : null;
}
