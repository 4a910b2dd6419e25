/**
 * `COPY --from` and `RUN --mount from=` resolved as convert.go's toCommand does: a whole
 * number is a stage index, a name is looked up case-insensitively among all stages (the last
 * of a name wins), anything else is an image. Image sources become extra, unnamed states
 * appended after the stages, so a numeric `--from` can even reach one of them.
 */
import { parseMount } from "../parser/lex";
import { fail, type Context } from "./context";
import type { ExternalSource, StageEdge } from "./types";

/** The dependency edges and the images `--from` pulls, in instruction order. */
export interface ResolvedSources {
  edges: StageEdge[];
  externalSources: ExternalSource[];
  /** Stages plus image states: 1 means a single stage and no image source. */
  stateCount: number;
}

/** Fills `ctx.sources` and returns the edges (FROM, copy and mount) and the external images. */
export function resolveSources(ctx: Context): ResolvedSources {
  const { stages } = ctx;
  const byName = new Map<string, number>();
  for (const s of stages) if (s.name) byName.set(s.name, s.index);
  const edges: StageEdge[] = [];
  const externalSources: ExternalSource[] = [];
  let stateCount = stages.length;
  const imageStates = new Map<number, string>();
  const addImage = (value: string): void => {
    imageStates.set(stateCount++, value);
  };

  ctx.parsed.stages.forEach((s, i) => {
    const info = stages[i];
    if (!info) return;
    if (info.baseStage !== null) edges.push({ from: info.baseStage, to: i, kind: "from", line: s.line });
    for (const ins of s.instructions) {
      if (ins.keyword === "COPY") {
        const from = ins.flags.find((f) => f.name === "from");
        if (!from || from.value === null || from.value === "") continue;
        const v = from.value;
        let stage: number | null = null;
        if (/^[+-]?\d+$/.test(v)) {
          const n = Number(v);
          if (n < 0 || n >= stateCount) {
            fail(ctx, `invalid stage index ${n}`, ins.line);
            continue;
          }
          stage = n < stages.length ? n : null;
          if (stage === null) externalSources.push({ stage: i, image: imageStates.get(n) ?? v, kind: "copy", line: ins.line });
        } else {
          stage = byName.get(v.toLowerCase()) ?? null;
          if (stage === null) {
            addImage(v);
            externalSources.push({ stage: i, image: v, kind: "copy", line: ins.line });
          }
        }
        if (stage !== null) edges.push({ from: stage, to: i, kind: "copy", line: ins.line });
        ctx.sources[i]?.push({ stage, value: v, kind: "copy", instruction: ins, mountTarget: "" });
      } else if (ins.keyword === "RUN") {
        for (const f of ins.flags) {
          if (f.name !== "mount" || f.value === null) continue;
          const m = parseMount(f.value);
          const from = m.get("from");
          if (!from) continue;
          // convert_runmount.go: from= is looked up by name only; `from=0` is an image.
          const stage = byName.get(from.toLowerCase()) ?? null;
          if (stage === null) {
            addImage(from);
            externalSources.push({ stage: i, image: from, kind: "mount", line: ins.line });
          } else edges.push({ from: stage, to: i, kind: "mount", line: ins.line });
          const mountTarget = m.get("target") ?? m.get("dst") ?? m.get("destination") ?? "";
          ctx.sources[i]?.push({ stage, value: from, kind: "mount", instruction: ins, mountTarget });
        }
      }
    }
  });
  return { edges, externalSources, stateCount };
}
