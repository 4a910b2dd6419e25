import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../dockerfile/parser/parse";
import type { AnnotationAnchor } from "./annotations";
import { trackAnnotations, type AnnotationPlace } from "./annotation-tracking";
import { computeAnalysis } from "./analysis-model";
import { PROBLEMS_ONLY, type AnalysisModel } from "./types";

const seed = readFileSync("lessons/why-multi-stage/multi.Dockerfile", "utf8");
/** The lesson's own annotations: the build stage, the build tools, compiling, a fresh runtime stage, copying the binary across, running it. */
const anchors = (parseYaml(readFileSync("lessons/why-multi-stage/annotations.yaml", "utf8")) as { anchor: AnnotationAnchor }[]).map((a) => a.anchor);
const TITLES = ["build stage", "build tools", "compiling", "runtime stage", "copy", "run"] as const;

/** Follows the annotations through a sequence of texts, as the editor computes one model per edit. */
function through(...texts: string[]): AnnotationPlace[] {
  let previous: AnalysisModel | null = null;
  for (const text of texts) previous = computeAnalysis({ text, target: null }, { anchors, panels: PROBLEMS_ONLY }, previous).model;
  return previous?.annotations ?? [];
}

/** The places as `title: line` / `title: changed line (now)` / `title: removed`. */
const show = (places: AnnotationPlace[]) =>
  places.map((p, i) => `${TITLES[i]}: ${p.state === "removed" ? "removed" : p.state === "changed" ? `changed ${p.line} (${p.now})` : p.line}`);

const SEED = ["build stage: 4", "build tools: 7", "compiling: 14", "runtime stage: 19", "copy: 25", "run: 28"];

/** Every text from `from` to `to`, one keystroke at a time, in place: the differing middle deleted backwards, then the new one typed. */
function keystrokes(from: string, to: string): string[] {
  let prefix = 0;
  while (prefix < from.length && prefix < to.length && from[prefix] === to[prefix]) prefix++;
  let suffix = 0;
  while (suffix < from.length - prefix && suffix < to.length - prefix && from[from.length - 1 - suffix] === to[to.length - 1 - suffix]) suffix++;
  const head = from.slice(0, prefix);
  const tail = from.slice(from.length - suffix);
  const texts: string[] = [];
  for (let end = from.length - suffix - 1; end >= prefix; end--) texts.push(from.slice(0, end) + tail);
  for (let end = prefix + 1; end <= to.length - suffix; end++) texts.push(head + to.slice(prefix, end) + tail);
  return texts;
}

describe("annotations follow their instructions through edits", () => {
  it("the seed resolves by meaning", () => {
    expect(show(through(seed))).toEqual(SEED);
  });

  it("lines added above move every annotation down with its instruction", () => {
    expect(show(through(seed, `# notes\n\n${seed}`))).toEqual(SEED.map((s) => s.replace(/\d+$/, (n) => String(Number(n) + 2))));
  });

  it("--from=build → --from=biuld: the copy annotation says changed, with what the line reads now", () => {
    const places = through(seed, seed.replace("--from=build", "--from=biuld"));
    expect(show(places)[4]).toBe("copy: changed 25 (COPY --from=biuld /app/build/hello .)");
    expect(show(places).filter((_, i) => i !== 4)).toEqual(SEED.filter((_, i) => i !== 4));
  });

  it("typing the change one keystroke at a time says changed, and fixing it back says matched again", () => {
    const broken = seed.replace("--from=build /app", "--from=biuld /app");
    const there = through(seed, ...keystrokes(seed, broken));
    expect(show(there)[4]).toBe("copy: changed 25 (COPY --from=biuld /app/build/hello .)");
    expect(show(through(seed, ...keystrokes(seed, broken), ...keystrokes(broken, seed)))).toEqual(SEED);
  });

  it("renaming the stage (AS build → AS builder) keeps the annotations of its other instructions", () => {
    const renamed = seed.replace("AS build", "AS builder");
    expect(show(through(seed, ...keystrokes(seed, renamed)))).toEqual(SEED);
  });

  it("renaming the stage and its --from: every annotation stays, and none says changed", () => {
    const renamed = seed.replace("AS build", "AS builder");
    const both = renamed.replace("--from=build", "--from=builder");
    expect(show(through(seed, renamed, both))).toEqual(SEED);
  });

  it("breaking the second FROM removes the runtime stage's annotation; it never moves to the first FROM", () => {
    const broken = seed.replace("FROM alpine:latest\n", "FRM alpine:latest\n");
    const places = through(seed, ...keystrokes(seed, broken));
    expect(show(places)).toEqual(["build stage: 4", "build tools: 7", "compiling: 14", "runtime stage: removed", "copy: 25", "run: 28"]);
    // An edit elsewhere does not move it either.
    expect(show(through(seed, broken, `# x\n${broken}`))[3]).toBe("runtime stage: removed");
    // Typing FROM again brings it back on its own line.
    expect(show(through(seed, broken, seed))).toEqual(SEED);
  });

  it("deleting an instruction removes its annotation; undo (the line written again) brings it back", () => {
    const without = seed.replace("COPY --from=build /app/build/hello .\n", "");
    expect(show(through(seed, without))[4]).toBe("copy: removed");
    expect(show(through(seed, without, `# a comment\n${without}`))[4]).toBe("copy: removed");
    expect(show(through(seed, without, seed))).toEqual(SEED);
  });

  it("retyping the line over a selection (it reads `C`, `CO`, … on the way) says changed once COPY is back", () => {
    const line = "COPY --from=build /app/build/hello .";
    const retyped = "COPY --from=biuld /app/build/hello .";
    const texts = Array.from({ length: retyped.length }, (_, n) => seed.replace(line, retyped.slice(0, n + 1)));
    const places = through(seed, ...texts);
    expect(show(through(seed, texts[0] ?? ""))[4]).toBe("copy: removed");
    expect(show(places)[4]).toBe("copy: changed 25 (COPY --from=biuld /app/build/hello .)");
    expect(show(places).filter((_, i) => i !== 4)).toEqual(SEED.filter((_, i) => i !== 4));
  });

  it("another instruction written where a removed one was does not bring its annotation back", () => {
    const without = seed.replace("COPY --from=build /app/build/hello .\n", "");
    const other = seed.replace("COPY --from=build /app/build/hello .", "RUN ls");
    expect(show(through(seed, without, other))[4]).toBe("copy: removed");
  });

  it("a removed annotation does not take an instruction another annotation holds", () => {
    // Both FROMs gone from the last stage's point of view: the first FROM is edited, but it is the build stage's.
    const broken = seed.replace("FROM alpine:latest\n", "FRM alpine:latest\n");
    const edited = broken.replace("FROM alpine:latest AS build", "FROM alpine:3.22 AS build");
    expect(show(through(seed, broken, edited)).slice(0, 4)).toEqual(["build stage: 4", "build tools: 7", "compiling: 14", "runtime stage: removed"]);
  });

  it("a whole new text (Reset, a paste) is resolved by meaning", () => {
    const other = "FROM alpine AS x\nRUN true\n";
    expect(show(through(seed, other, seed))).toEqual(SEED);
  });

  it("the same text (only the target changed) keeps the places as they were", () => {
    const document = parseDockerfile(seed);
    const previous = { text: seed, places: [{ state: "changed", line: 4, endLine: 4, now: "x" }, ...through(seed).slice(1)] as AnnotationPlace[] };
    expect(trackAnnotations(document, anchors, previous)[0]).toEqual({ state: "changed", line: 4, endLine: 4, now: "x" });
  });

  it("an instruction that grows a continuation line keeps its annotation, with the new end line", () => {
    const continued = seed.replace("RUN apk add --no-cache g++ make cmake", "RUN apk add --no-cache \\\n    g++ make cmake");
    expect(through(seed, continued)[1]).toEqual({ state: "matched", line: 7, endLine: 8 });
  });
});
