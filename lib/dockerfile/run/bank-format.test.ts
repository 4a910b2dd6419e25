import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RUN_MESSAGES, type RunMessage } from "./messages";

// Checks the shape of the run-verdict bank (__bank__/README.md describes it) and of the
// message table it points into. bank.test.ts runs the bank through the simulated build.

const bank = new URL("./__bank__/", import.meta.url);
const cases = readdirSync(bank)
  .filter((name) => statSync(new URL(name, bank)).isDirectory())
  .sort();
const byId = new Map<string, RunMessage>(RUN_MESSAGES.map((m) => [m.id, m]));

const FIELDS = new Set([
  "build",
  "buildError",
  "buildLog",
  "verdict",
  "message",
  "exitCode",
  "rule",
  "why",
  "warnings",
  "absentWarnings",
  "needs",
]);

/** A template's words as a whole-string pattern: each {placeholder} stands for some text. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{[a-z]+\}/);
  return new RegExp(`^${parts.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".+?")}$`, "s");
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

describe("messages.ts", () => {
  it("has unique ids", () => {
    expect(byId.size).toBe(RUN_MESSAGES.length);
  });

  for (const m of RUN_MESSAGES) {
    it(`${m.id} names a first-hand source with its commit`, () => {
      for (const s of [m.source, ...(m.alsoSources ?? [])]) {
        expect(s.repo).not.toBe("");
        expect(s.path).not.toBe("");
        // A git commit, or the version of the Debian package the words were read from.
        if (s.repo.startsWith("debian:")) expect(s.commit).toMatch(/^\d[\w.+~:-]*$/);
        else expect(s.commit).toMatch(/^[0-9a-f]{40}$/);
      }
      if (m.realOutput) expect(m.realOutput.issue).toMatch(/^#\d+$/);
      if (m.wrapper !== null) expect(m.wrapper).toContain("{message}");
      if (m.kind === "error") expect(m.template).not.toBeNull();
    });
  }
});

describe("run-verdict bank", () => {
  it("has at least 40 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const name of cases) {
    it(`${name} is a well-formed case`, () => {
      expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(existsSync(new URL(`${name}/Dockerfile`, bank)), `${name}/Dockerfile is missing`).toBe(true);
      expect(readFileSync(new URL(`${name}/Dockerfile`, bank), "utf8").trim()).not.toBe("");

      const e = JSON.parse(readFileSync(new URL(`${name}/expected.json`, bank), "utf8")) as Record<string, unknown>;
      for (const key of Object.keys(e)) expect(FIELDS.has(key), `${name}: unknown field "${key}"`).toBe(true);

      expect(["succeeds", "fails"]).toContain(e.build);
      expect(typeof e.why === "string" && e.why.length > 0, `${name}: why`).toBe(true);
      const rule = byId.get(e.rule as string);
      expect(rule, `${name}: rule "${String(e.rule)}" is not an id in messages.ts`).toBeDefined();

      if (e.build === "fails") {
        expect(typeof e.buildError, `${name}: buildError`).toBe("string");
        expect(e.verdict, `${name}: no verdict after a failed build`).toBeNull();
        expect(e.message).toBeNull();
        expect(rule?.phase).toBe("build");
        expect(e.buildError as string).toMatch(templatePattern(rule?.template ?? ""));
        if (e.buildLog !== undefined) {
          expect(typeof e.buildLog).toBe("string");
          expect(e.buildLog as string).toMatch(templatePattern(rule?.logTemplate ?? ""));
        }
      } else {
        expect(e.buildError).toBeNull();
        expect(e.buildLog).toBeUndefined();
        expect(["starts", "fails", "unknown"]).toContain(e.verdict);
      }

      if (e.verdict === "fails") {
        expect(typeof e.message, `${name}: message`).toBe("string");
        expect(rule?.phase).toBe("run");
        expect(e.message as string).toMatch(templatePattern(rule?.template ?? ""));
        if (e.exitCode !== undefined) expect(e.exitCode).toBe(rule?.exitCode);
      } else {
        expect(e.message).toBeNull();
        expect(e.exitCode).toBeUndefined();
      }

      if (e.verdict === "unknown") expect(typeof e.needs === "string" && e.needs.length > 0, `${name}: needs`).toBe(true);
      else expect(e.needs).toBeUndefined();

      for (const key of ["warnings", "absentWarnings"] as const) {
        if (e[key] === undefined) continue;
        expect(isStringList(e[key]), `${name}: ${key}`).toBe(true);
        expect(e.verdict).toBe("starts");
        for (const id of e[key] as string[]) expect(byId.get(id)?.kind, `${name}: ${key} "${id}"`).toBe("warning");
      }
    });
  }

  it("every failure entry of messages.ts is exercised by a case", () => {
    const rules = new Set(
      cases.map((name) => (JSON.parse(readFileSync(new URL(`${name}/expected.json`, bank), "utf8")) as { rule: string }).rule),
    );
    const unexercised = RUN_MESSAGES.filter((m) => m.kind === "error" && !rules.has(m.id)).map((m) => m.id);
    expect(unexercised).toEqual([]);
  });
});
