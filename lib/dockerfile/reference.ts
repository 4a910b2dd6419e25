/**
 * Whether a string parses as an image reference, following the grammar of
 * github.com/distribution/reference (ParseNormalizedNamed) that BuildKit uses for FROM:
 * optional registry host, lowercase path components, optional tag and digest.
 */
const component = "[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*";
const domainComponent = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const domain = `(?:${domainComponent}(?:\\.${domainComponent})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;
const tag = "[\\w][\\w.-]{0,127}";
const digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
const referenceRe = new RegExp(`^(?:${domain}/)?${component}(?:/${component})*(?::${tag})?(?:@${digest})?$`);

/** True when `ref` is a valid image reference (`alpine`, `alpine:3.20`, `ghcr.io/a/b@sha256:...`). */
export function isValidReference(ref: string): boolean {
  if (ref === "" || ref.length > 255 + 128 + 80) return false;
  return referenceRe.test(ref);
}
