import { describe, expect, it } from "vitest";
import { RULES } from "../dockerfile/rules";
import { ruleAnchor } from "./rule-anchor";

describe("ruleAnchor", () => {
  it("matches the kebab-case name of every rule's documentation URL", () => {
    for (const rule of RULES) {
      const kebab = /\/([a-z0-9-]+)\/?$/.exec(rule.url.replace(/^\/rules\/#/, "/"))?.[1];
      expect(ruleAnchor(rule.name), rule.name).toBe(kebab);
    }
  });
  it("JSONArgsRecommended becomes json-args-recommended", () => {
    expect(ruleAnchor("JSONArgsRecommended")).toBe("json-args-recommended");
  });
});
