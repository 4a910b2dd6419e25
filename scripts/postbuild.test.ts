import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { policyFor, serviceWorker, withCsp } from "./postbuild";

const sha = (body: string) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;

describe("postbuild", () => {
  it("the policy allows the page's own inline scripts by hash, and nothing inline besides", () => {
    const html = '<html><head></head><body><script>self.a=1</script><script src="/_next/x.js"></script><script>self.b=2</script></body></html>';
    const policy = policyFor(html);
    expect(policy).toContain(`script-src 'self' ${sha("self.a=1")} ${sha("self.b=2")};`);
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("object-src 'none'");
  });

  it("a page without inline scripts gets script-src 'self' alone", () => {
    expect(policyFor("<html><head></head><body></body></html>")).toContain("script-src 'self'; style-src");
  });

  it("the meta tag is the first element of <head>, and running twice replaces it", () => {
    const once = withCsp("<html><head><title>x</title></head><body><script>1</script></body></html>");
    expect(once).toMatch(/^<html><head><meta http-equiv="Content-Security-Policy" content="[^"]+"><title>/);
    expect(withCsp(once)).toBe(once);
  });

  it("the service worker is bundled with the deploy's version and files, and no leftover placeholder", () => {
    const sw = serviceWorker(["/", "/rules/"], "v0123456789abcdef");
    expect(sw).toContain('"v0123456789abcdef"');
    expect(sw).toContain('["/", "/rules/"]');
    expect(sw).not.toMatch(/\bimport\b|declare const/);
    expect(sw).toContain("stagecraft-");
  });
});
