/**
 * Image references as BuildKit parses a base name: `reference.ParseNormalizedNamed` of the
 * github.com/distribution/reference v0.6.0 that moby/buildkit vendors (normalize.go,
 * reference.go, regexp.go; commit 73ed6825c4b7569379ef89df0aedcdbe64473d31), with the
 * digest check of the vendored github.com/opencontainers/go-digest (digest.go, algorithm.go).
 * Go's regexp and JavaScript's agree here: every pattern is anchored, ASCII-only, and Go
 * picks the submatch a backtracking engine would.
 */
const alphanumeric = "[a-z0-9]+";
const separator = "(?:[._]|__|[-]+)";
// domainNameComponent, written `x(?:[-x]*x)?` (the same strings) so a long failing word
// does not backtrack quadratically.
const domainNameComponent = "[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?";
const optionalPort = "(?::[0-9]+)?";
const tag = "[\\w][\\w.-]{0,127}";
const digestPat = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9A-Fa-f]{32,}";
const ipv6address = "\\[(?:[a-fA-F0-9:]+)\\]";
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const domainAndPort = `(?:${domainName}|${ipv6address})${optionalPort}`;
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePat = `(?:${domainAndPort}/)?${remoteName}`;

const anchoredNameRegexp = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const referenceRegexp = new RegExp(`^(${namePat})(?::(${tag}))?(?:@(${digestPat}))?$`);
const anchoredIdentifierRegexp = /^[a-f0-9]{64}$/;
// go-digest DigestRegexpAnchored.
const digestRegexpAnchored = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]+$/;

/** reference.go RepositoryNameTotalLengthMax. */
const NAME_TOTAL_LENGTH_MAX = 255;

// go-digest: the algorithms whose hash is linked into the binary. BuildKit links
// crypto/sha256 and, through crypto/tls, crypto/sha512 (which provides SHA-384 too).
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

/** go-digest Digest.Validate. */
function digestError(s: string): string | null {
  const i = s.indexOf(":");
  if (i <= 0 || i + 1 === s.length) return "invalid checksum digest format";
  const algorithm = s.slice(0, i);
  const encoded = s.slice(i + 1);
  const length = Object.hasOwn(DIGEST_HEX_LENGTH, algorithm) ? DIGEST_HEX_LENGTH[algorithm] : undefined;
  if (length === undefined) return digestRegexpAnchored.test(s) ? "unsupported digest algorithm" : "invalid checksum digest format";
  if (encoded.length !== length) return "invalid checksum digest length";
  return /^[a-f0-9]+$/.test(encoded) ? null : "invalid checksum digest format";
}

/** reference.go Parse: the error text, or null for a valid reference. */
function parseError(s: string): string | null {
  const m = referenceRegexp.exec(s);
  if (!m) {
    if (s === "") return "repository name must have at least one component";
    if (referenceRegexp.test(s.toLowerCase())) return "repository name must be lowercase";
    return "invalid reference format";
  }
  const name = m[1] as string;
  const nameMatch = anchoredNameRegexp.exec(name);
  const path = nameMatch ? (nameMatch[2] as string) : name;
  if (path.length > NAME_TOTAL_LENGTH_MAX) return `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters`;
  return m[3] ? digestError(m[3]) : null;
}

/**
 * normalize.go splitDockerDomain: a first component with `.` or `:`, `localhost`, or any
 * capital letter is a registry host; otherwise the name is on Docker Hub, under `library/`
 * when it has no `/`.
 */
function splitDockerDomain(name: string): [domain: string, remainder: string] {
  const slash = name.indexOf("/");
  if (slash < 0) return ["docker.io", `library/${name}`];
  const maybeDomain = name.slice(0, slash);
  const maybeRemote = name.slice(slash + 1);
  let domain: string;
  let remote: string;
  // The cases in the order of Go's switch: index.docker.io contains a dot.
  if (maybeDomain === "localhost") [domain, remote] = [maybeDomain, maybeRemote];
  else if (maybeDomain === "index.docker.io") [domain, remote] = ["docker.io", maybeRemote];
  else if (/[.:]/.test(maybeDomain) || maybeDomain.toLowerCase() !== maybeDomain) [domain, remote] = [maybeDomain, maybeRemote];
  else [domain, remote] = ["docker.io", name];
  if (domain === "docker.io" && !remote.includes("/")) remote = `library/${remote}`;
  return [domain, remote];
}

/**
 * Why `ref` is not an image reference, in the words of ParseNormalizedNamed (what BuildKit
 * prints after `failed to parse stage name "<ref>": `), or null when it is one. A valid
 * reference can still name an image that does not exist: only the registry knows.
 */
export function referenceError(ref: string): string | null {
  if (anchoredIdentifierRegexp.test(ref)) return `invalid repository name (${ref}), cannot specify 64-byte hexadecimal strings`;
  const [domain, remainder] = splitDockerDomain(ref);
  const tagSep = remainder.indexOf(":");
  const remote = tagSep > -1 ? remainder.slice(0, tagSep) : remainder;
  if (remote.toLowerCase() !== remote) return `invalid reference format: repository name (${remote}) must be lowercase`;
  return parseError(`${domain}/${remainder}`);
}

/** True when `ref` is a valid image reference (`alpine`, `alpine:3.20`, `ghcr.io/a/b@sha256:...`). */
export function isValidReference(ref: string): boolean {
  return referenceError(ref) === null;
}
