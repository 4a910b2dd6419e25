/** Image references: `docker.io/library/alpine:3.23@sha256:...` split into its parts, and qualified as BuildKit prints them. Pure. */

/** An image reference split into repository and tag, `docker.io/library/` removed. */
export interface ImageRef {
  /** `alpine`, `gcr.io/distroless/static-debian13`. */
  repository: string;
  /** The tag, or `""` when none was written. */
  tag: string;
  /** The digest (`sha256:...`), or `""`. */
  digest: string;
}

/** Splits `docker.io/library/alpine:3.23@sha256:...` into its parts. Never throws. */
export function parseImageRef(ref: string): ImageRef {
  let rest = ref.trim();
  let digest = "";
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag = "";
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
  }
  let repository = rest.toLowerCase();
  if (repository.startsWith("docker.io/")) repository = repository.slice("docker.io/".length);
  if (repository.startsWith("index.docker.io/")) repository = repository.slice("index.docker.io/".length);
  if (repository.startsWith("library/")) repository = repository.slice("library/".length);
  return { repository, tag, digest };
}

/** The fully qualified name BuildKit prints (`docker.io/library/alpine:latest`). */
export function qualifyImage(ref: string, withDefaultTag: boolean): string {
  const { repository, tag, digest } = parseImageRef(ref);
  const first = repository.split("/")[0] ?? "";
  const hasDomain = repository.includes("/") && (first.includes(".") || first.includes(":") || first === "localhost");
  let name = hasDomain ? repository : repository.includes("/") ? `docker.io/${repository}` : `docker.io/library/${repository}`;
  if (tag) name += `:${tag}`;
  else if (withDefaultTag && !digest) name += ":latest";
  if (digest) name += `@${digest}`;
  return name;
}
