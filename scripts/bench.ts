/**
 * npm run bench: median analysis time for the seed multi-stage Dockerfile and a generated
 * 2,000-line, 50-stage Dockerfile, each beside dockerfile-utils' validate on the same text.
 */
import { readFileSync } from "node:fs";
import { validate } from "dockerfile-utils";
import { analyzeDockerfile } from "../lib/dockerfile/index";

function median(fn: () => unknown, runs: number): number {
  for (let i = 0; i < Math.min(20, runs); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

function generate(stages: number, lines: number): string {
  const out: string[] = ["ARG BASE=alpine:3.20"];
  const perStage = Math.floor((lines - 1) / stages);
  for (let s = 0; s < stages; s++) {
    out.push(s === 0 ? "FROM ${BASE} AS s0" : `FROM s${s - 1} AS s${s}`);
    for (let i = 1; i < perStage; i++) {
      if (i % 4 === 0 && s > 0) out.push(`COPY --from=s${s - 1} /out/${i} /in/${i}`);
      else if (i % 4 === 1) out.push(`RUN echo stage ${s} step ${i} && make -j4 target-${i}`);
      else if (i % 4 === 2) out.push(`ENV VAR_${i}=value-${i}`);
      else out.push(`WORKDIR /work/${s}/${i}`);
    }
  }
  while (out.length < lines) out.push("# padding");
  return out.join("\n") + "\n";
}

const seed = readFileSync(new URL("../lib/dockerfile/__fixtures__/seed-multi-stage.Dockerfile", import.meta.url), "utf8");
const big = generate(50, 2000);

for (const [label, text, runs] of [
  ["seed multi-stage (28 lines)", seed, 2000],
  [`generated (${big.split("\n").length - 1} lines, 50 stages)`, big, 100],
] as const) {
  const ours = median(() => analyzeDockerfile(text), runs);
  const theirs = median(() => validate(text), runs);
  console.log(`${label}: analyzeDockerfile ${ours.toFixed(3)} ms, dockerfile-utils validate ${theirs.toFixed(3)} ms, ratio ${(ours / theirs).toFixed(2)}x`);
}
