/**
 * What the final image holds, for the `docker run` verdict: a path the build put there, a
 * file its base image has (from the catalog's facts: the shell, the C library and its
 * loader, libstdc++, tzdata, CA certificates), or a package a RUN installed. Each answer is
 * `present`, `missing` (certain) or `unknown`.
 */
import type { BaseImageFacts } from "../catalog";
import type { FsNode, StageState } from "../simulate/fs-model";
import type { ImageFamily } from "../simulate/programs";
import type { FileTreeNode } from "../simulate/types";

export type Presence = "present" | "missing" | "unknown";

/** Notes that mark a tree entry whose contents the simulated build only estimates. */
const ESTIMATED: ReadonlySet<string> = new Set(["context-not-given", "dependencies", "build-directory", "cmake-files", "cmake-configuration", "stage-directory", "stage-file-estimated", "maybe-missing-in-stage", "stage-base-image-file", "image", "downloaded"]);

/** The tree node at an absolute path, or null. */
export function nodeAt(tree: FileTreeNode | null, path: string): FileTreeNode | null {
  if (!tree) return null;
  let node: FileTreeNode | undefined = tree;
  for (const part of path.split("/").filter(Boolean)) {
    node = node?.children.find((c) => c.name === part);
    if (!node) return null;
  }
  return node ?? null;
}

/**
 * Whether a path is in the final image: `present` when the build put it there (and the model
 * knows the file), `missing` when it is certainly not there (under a folder the build made
 * itself and lists completely, or anywhere in an image built from scratch), else `unknown`
 * (the base image may have it, or a step wrote files the model cannot list).
 */
export function pathState(tree: FileTreeNode | null, path: string, fromScratch: boolean, unlistedWrites = false): Presence {
  if (!tree) return fromScratch ? "missing" : "unknown";
  if (unlistedWrites) return nodeAt(tree, path) ? "present" : "unknown";
  let node: FileTreeNode = tree;
  for (const part of path.split("/").filter(Boolean)) {
    if (node.note && ESTIMATED.has(node.note.kind)) return "unknown";
    const child = node.children.find((c) => c.name === part);
    // At the root: a top folder that is not one of the base image's (its folder list known) is missing.
    const rootKnown = node.path === "/" && node.children.some((c) => c.note?.kind === "base-folders");
    if (!child) return fromScratch || rootKnown || (node.origin !== "base" && node.path !== "/") ? "missing" : "unknown";
    node = child;
  }
  return node.note && node.note.kind === "maybe-missing-in-stage" ? "unknown" : "present";
}

/** An absolute path from a working directory and a path as written. */
export function resolveIn(dir: string, p: string): string {
  const parts: string[] = [];
  for (const seg of `${p.startsWith("/") ? "" : dir}/${p}`.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join("/")}`;
}

/** The final image as the verdict reads it. */
export interface FinalImage {
  tree: FileTreeNode | null;
  /** The final stage's file system (programs, file contents), or null. */
  state: StageState | null;
  rootImage: string;
  fromScratch: boolean;
  family: ImageFamily;
  facts: BaseImageFacts | null;
  unlistedWrites: boolean;
}

/** The tracked node at a path in the final stage's file system. */
export function fsNode(image: FinalImage, path: string): FsNode | undefined {
  return image.state?.tree.get(path);
}

const added = (image: FinalImage, names: string[]): boolean => names.some((n) => image.state?.packagesAdded.has(n) ?? false);

/** A file copied or made by the build with this base name anywhere under a library folder. */
function copiedLibrary(image: FinalImage, file: string): boolean {
  for (const p of image.state?.tree.keys() ?? []) if (p.endsWith(`/${file}`) && /^\/(usr\/)?(local\/)?lib/.test(p)) return true;
  return false;
}

/** Packages that provide each library, on Alpine and on Debian. */
const LIBRARY_PACKAGES: Record<string, string[]> = {
  "libstdc++.so.6": ["libstdc++", "libstdc++6", "g++", "build-base", "build-essential"],
  // Alpine's libstdc++ depends on libgcc (aports main/gcc); Debian's libstdc++6 on libgcc-s1.
  "libgcc_s.so.1": ["libgcc", "libgcc-s1", "libgcc1", "libstdc++", "libstdc++6", "g++", "gcc", "build-base", "build-essential"],
};

/** Whether the final image has a shared library. */
export function hasLibrary(image: FinalImage, library: string): Presence {
  if (added(image, LIBRARY_PACKAGES[library] ?? []) || copiedLibrary(image, library)) return "present";
  if (image.fromScratch) return "missing";
  const fact = library === "libstdc++.so.6" ? image.facts?.libstdcxx : library === "libgcc_s.so.1" ? image.facts?.libgcc : null;
  if (fact === true) return "present";
  if (fact === false) return image.unlistedWrites ? "unknown" : "missing";
  return "unknown";
}

/** The C library of the final image (its loader), after what the build added. */
export function imageLibc(image: FinalImage): { libc: ImageFamily["libc"]; compat: boolean } {
  // gcompat / libc6-compat give Alpine a glibc loader path; musl on Debian gives the musl loader.
  const compat = added(image, ["gcompat", "libc6-compat", "musl", "musl-tools"]);
  return { libc: image.family.libc, compat };
}

/** Whether the image has time-zone data (/usr/share/zoneinfo). */
export function hasTzdata(image: FinalImage): Presence {
  if (added(image, ["tzdata"]) || [...(image.state?.tree.keys() ?? [])].some((p) => p.startsWith("/usr/share/zoneinfo"))) return "present";
  if (image.fromScratch) return "missing";
  const fact = image.facts?.tzdata;
  return fact === true ? "present" : fact === false ? (image.unlistedWrites ? "unknown" : "missing") : "unknown";
}

/** Whether the image has a CA bundle. */
export function hasCaCertificates(image: FinalImage): Presence {
  if (added(image, ["ca-certificates"]) || [...(image.state?.tree.keys() ?? [])].some((p) => p.startsWith("/etc/ssl/certs"))) return "present";
  if (image.fromScratch) return "missing";
  const fact = image.facts?.caCertificates;
  return fact === true ? "present" : fact === false ? (image.unlistedWrites ? "unknown" : "missing") : "unknown";
}

/** Interpreters and where the images that ship them put them. */
const INTERPRETER_PACKAGES: Record<string, string[]> = {
  java: ["openjdk8-jre", "openjdk11-jre", "openjdk17-jre", "openjdk21-jre", "openjdk17", "openjdk21", "openjdk-17-jre-headless", "openjdk-21-jre-headless", "default-jre-headless", "default-jre"],
  python: ["python3", "python3-minimal"],
  python3: ["python3", "python3-minimal"],
  node: ["nodejs", "nodejs-current"],
};

/** Official images whose default PATH holds the interpreter (docker-library's python and node, adoptium's eclipse-temurin). */
const INTERPRETER_IMAGES: Record<string, string[]> = { java: ["eclipse-temurin", "openjdk", "amazoncorretto", "maven", "gradle"], python: ["python"], python3: ["python"], node: ["node"] };

/** The repository part of a reference (`eclipse-temurin`, `gcr.io/distroless/java21-debian12`). */
export function repositoryOf(ref: string): string {
  const path = ref.toLowerCase().split("@")[0] as string;
  const slash = path.lastIndexOf("/");
  const colon = path.lastIndexOf(":");
  return (colon > slash ? path.slice(0, colon) : path).replace(/^(docker\.io\/)?(library\/)?/, "");
}

/** Whether a bare interpreter name (java, python3, node) is on the image's PATH. */
export function hasInterpreter(image: FinalImage, name: string): Presence {
  const packages = INTERPRETER_PACKAGES[name];
  if (!packages) return "unknown";
  if (added(image, packages)) return "present";
  if (image.fromScratch) return "missing";
  const repo = repositoryOf(image.rootImage);
  if ((INTERPRETER_IMAGES[name] ?? []).includes(repo)) return "present";
  if (repo.startsWith("gcr.io/distroless/")) {
    // distroless java* images have /usr/bin/java, python3 /usr/bin/python3; nodejs has /nodejs/bin/node, not on PATH.
    if (name === "java") return repo.includes("/java") ? "present" : "missing";
    if (name === "python3") return repo.includes("/python3") ? "present" : "missing";
    return "missing";
  }
  const list = image.facts?.packages;
  if (list && image.facts?.packagesComplete && !image.unlistedWrites) return list.some((p) => packages.includes(p)) ? "present" : "missing";
  return "unknown";
}
