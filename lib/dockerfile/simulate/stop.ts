/**
 * Where the simulated build stops, as BuildKit stops it: a definition error (a parse error,
 * anything the analyser says fails) before any step runs; a COPY --from or FROM naming an
 * image that is not a stage and not a known image (resolving docker.io/library/<name>
 * fails, unless an image of that name exists); a RUN in a stage without /bin/sh; a RUN whose
 * first program the stage certainly lacks (apk on Debian, apt-get on Alpine); a COPY --from
 * of a path the stage certainly does not have. Only where the model is certain: anything
 * else builds. The words come from ../run/build-messages (each entry cites its source).
 */
import type { Analysis } from "../analysis/types";
import { resolveImage } from "../catalog";
import { suggest } from "../suggest";
import { RUN_MESSAGES } from "../run/messages";
import type { StageState } from "./fs-model";
import { familyOf } from "./programs";
import type { BuildStop } from "./types";

/** A step that fails, as a stage's simulation finds it. */
export interface StepFailure {
  messageId: string;
  values: Record<string, string>;
  line: number;
}

const fill = (template: string | null | undefined, values: Record<string, string>) => (template ?? "").replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);

/** The failure a shell-form RUN meets before its commands do anything, or null. */
export function runFailure(state: StageState, script: string, line: number, shellForm: boolean, text: string): StepFailure | null {
  if (!shellForm) return null;
  const family = familyOf(state.rootImageRef);
  const command = text;
  const hasSh = state.tree.get("/bin/sh")?.type === "file";
  if (family.shell === "none" && !hasSh) return { messageId: "build-run-no-shell", values: { command }, line };
  // Only a plain first command (no `if`, `command -v` or `||` in front of it), read without a full parse.
  const trimmed = script.trim();
  const program = /^(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*([A-Za-z0-9_./-]+)(?=\s|$)/.exec(trimmed)?.[1];
  if (program !== "apk" && program !== "apt-get" && program !== "apt") return null;
  if (state.tree.has(program) || state.packagesAdded.has(program)) return null;
  if (program === "apk" && family.shell === "dash" && family.libc === "glibc") return { messageId: "build-command-not-found-dash", values: { command, program }, line };
  if ((program === "apt-get" || program === "apt") && family.shell === "busybox" && family.libc === "musl") return { messageId: "build-command-not-found-busybox", values: { command, program }, line };
  return null;
}

/** The stop of a step failure in a stage. */
export function stepStop(failure: StepFailure, stage: number, seed: string): BuildStop {
  const m = RUN_MESSAGES.find((x) => x.id === failure.messageId);
  const values = { ...failure.values, ref: `${seed.slice(0, 25)}::${seed.slice(-25)}` };
  const log = m?.logTemplate ? [fill(m.logTemplate, values)] : [];
  return { messageId: failure.messageId, error: fill(m?.template, values), log, at: "step", stage, line: failure.line, unlessImageExists: null };
}

/** A definition error: BuildKit stops at "load build definition". */
export function definitionStop(error: string): BuildStop {
  return { messageId: error.startsWith("dockerfile parse error") ? "build-parse-error" : "build-definition", error, log: [], at: "definition", stage: null, line: null, unlessImageExists: null };
}

/**
 * `COPY --from=<name>` where <name> is no stage and no image the catalog knows, a bare name
 * (no tag, registry or digest) close to a stage's name: BuildKit resolves
 * docker.io/library/<name>:latest, which fails unless such an image exists.
 */
export function imageStop(analysis: Analysis, document: { stages: { instructions: { keyword: string; line: number; flags: { name: string; value: string | null }[] }[] }[] }): BuildStop | null {
  const names = analysis.stages.map((s) => s.name).filter((n): n is string => n !== null);
  for (const j of analysis.buildkitStages) {
    for (const ins of document.stages[j]?.instructions ?? []) {
      if (ins.keyword !== "COPY") continue;
      const from = ins.flags.find((f) => f.name.toLowerCase() === "from")?.value;
      if (!from || /[:/@$]/.test(from) || /^\d+$/.test(from)) continue;
      if (analysis.edges.some((e) => e.to === j && e.line === ins.line)) continue;
      if (resolveImage(from).by !== "unknown") continue;
      const suggestion = suggest(from, names, true);
      if (suggestion === null) continue;
      const m = RUN_MESSAGES.find((x) => x.id === "build-image-not-found");
      const error = `${fill(m?.template, { name: from })} (did you mean ${suggestion}?)`;
      return { messageId: "build-image-not-found", error, log: [], at: "metadata", stage: j, line: ins.line, unlessImageExists: from };
    }
  }
  return null;
}
