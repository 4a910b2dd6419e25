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

const entries = (passwd: string): UserEntry[] =>
  passwd.split("\n").filter(Boolean).map((line) => {
    const [name = "", , uid = "", gid = ""] = line.split(":");
    return { name, uid: Number(uid), gid: Number(gid) };
  });

/** Debian's /etc/passwd: base-passwd's passwd.master (Debian bookworm base-passwd 3.6.1, read from the package with apt-get download). */
const DEBIAN_PASSWD = entries(
  "root:*:0:0\ndaemon:*:1:1\nbin:*:2:2\nsys:*:3:3\nsync:*:4:65534\ngames:*:5:60\nman:*:6:12\nlp:*:7:7\nmail:*:8:8\nnews:*:9:9\nuucp:*:10:10\nproxy:*:13:13\nwww-data:*:33:33\nbackup:*:34:34\nlist:*:38:38\nirc:*:39:39\n_apt:*:42:65534\nnobody:*:65534:65534",
);
const DEBIAN_SOURCE = "Debian base-passwd 3.6.1 (bookworm) /usr/share/base-passwd/passwd.master";

/** Alpine's /etc/passwd: alpine-baselayout's passwd (alpinelinux/aports main/alpine-baselayout/passwd, commit 0e733c2d). */
const ALPINE_PASSWD = entries(
  "root:x:0:0\nbin:x:1:1\ndaemon:x:2:2\nadm:x:3:4\nlp:x:4:7\nsync:x:5:0\nshutdown:x:6:0\nhalt:x:7:0\nmail:x:8:12\nnews:x:9:13\nuucp:x:10:14\noperator:x:11:0\npostmaster:x:14:12\ncron:x:16:16\nftp:x:21:21\nsshd:x:22:22\nsquid:x:31:31\nxfs:x:33:33\ngames:x:35:35\ncyrus:x:85:12\nvpopmail:x:89:89\nntp:x:123:123\nsmmsp:x:209:209\nguest:x:405:100\nnobody:x:65534:65534",
);
const ALPINE_SOURCE = "alpinelinux/aports main/alpine-baselayout/passwd, commit 0e733c2d";

const groupsOf = (users: UserEntry[]): [string, number][] => users.map((u) => [u.name, u.gid as number]);

/**
 * Official images whose Dockerfiles add no users to their distribution's (docker-library/python
 * 3.12/slim-trixie/Dockerfile @01ba658c: no useradd), and the distributions themselves.
 */
function distribution(repository: string, tag: string): "debian" | "alpine" | null {
  if (!["alpine", "debian", "python", "node"].includes(repository)) return null;
  if (repository === "alpine" || tag.includes("alpine")) return "alpine";
  return "debian";
}

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
export const NODE_SOURCE =
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
  const family = distribution(repository, tag);
  if (family === null) return null;
  const base = family === "alpine" ? ALPINE_PASSWD : DEBIAN_PASSWD;
  const users = repository === "node" ? [...base, { name: "node", uid: 1000, gid: 1000 }] : base;
  const source = [family === "alpine" ? ALPINE_SOURCE : DEBIAN_SOURCE, repository === "node" ? NODE_SOURCE : null].filter(Boolean).join("; ");
  return { users, groups: groupsOf(users), complete: true, user: "", source };
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
