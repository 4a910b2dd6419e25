/**
 * Plain-language summaries of a stage, generated from the analysis: what it starts from,
 * what it installs, copies and runs, which stages take what from it, and whether any of it
 * ends up in the final image. Backticks mark code; the UI renders them as such.
 */
import type { Analysis } from "./analysis/types";
import { parseMount, splitWords } from "./parser/lex";
import { parseJsonArgs, splitCommand } from "./parser/split-command";
import type { DockerfileDocument, Instruction } from "./parser/types";
import { packageInstalls, runScript } from "./shell/commands";
import { imageChain, stageLabel } from "./stages";

/** What the student reads about one stage. */
export interface StageExplanation {
  /** 0-based stage index. */
  stage: number;
  /** `build`, or `stage-1` for an unnamed stage. */
  label: string;
  /** Sentences, in the order of the stage's story. */
  sentences: string[];
}

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

function joinList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function shorten(text: string, max = 80): string {
  const oneLine = text.replace(/\\\s*\n\s*/g, " ").replace(/\s+/g, " ").trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** Source paths and destination of a COPY/ADD, JSON form or not. */
function copyPaths(parsed: DockerfileDocument, instruction: Instruction): { sources: string[]; dest: string } {
  const words = parsed.detail.get(instruction)?.json ?? splitWords(instruction.args);
  return { sources: words.slice(0, -1), dest: words.at(-1) ?? "" };
}

/** Exec-form arguments, or null. */
function json(args: string): string[] | null {
  const j = parseJsonArgs(args);
  return Array.isArray(j) ? j : null;
}

function fromFlag(instruction: Instruction): string | null {
  return instruction.flags.find((f) => f.name.toLowerCase() === "from")?.value ?? null;
}

/** Explains every stage of a Dockerfile. */
export function explainStages(parsed: DockerfileDocument, analysis: Analysis): StageExplanation[] {
  const labelOf = (index: number) => stageLabel(analysis.stages[index] ?? { index, name: null });
  const target = analysis.target;
  // Stages whose whole file system the target inherits through FROM <stage>.
  const inherited = new Set(imageChain(analysis));

  return parsed.stages.map((stage, index) => {
    const info = analysis.stages[index];
    const sentences: string[] = [];
    const label = labelOf(index);
    const name = code(label);

    if (info?.baseStage !== null && info?.baseStage !== undefined) {
      sentences.push(`Stage ${name} starts from stage ${code(labelOf(info.baseStage))}, with everything that stage holds.`);
    } else if ((info?.base ?? stage.baseRaw).toLowerCase() === "scratch") {
      sentences.push(`Stage ${name} starts from ${code("scratch")}: an empty file system, no shell, no libraries.`);
    } else {
      sentences.push(`Stage ${name} starts from the image ${code(info?.base ?? stage.baseRaw)}.`);
    }

    const installed: string[] = [];
    const ran: string[] = [];
    const copied: string[] = [];
    const settings: string[] = [];
    for (const ins of stage.instructions.slice(1)) {
      switch (ins.keyword) {
        case "RUN": {
          const found = packageInstalls(runScript(ins, parsed.detail.get(ins)));
          for (const f of found) {
            installed.push(f.packages.length ? `${joinList(f.packages.map(code))} (${f.manager})` : `the dependencies listed for ${f.manager}`);
          }
          if (found.length === 0) ran.push(code(shorten(ins.args)));
          for (const f of ins.flags) {
            const mountFrom = f.name.toLowerCase() === "mount" && f.value !== null ? parseMount(f.value).get("from") : undefined;
            if (mountFrom) copied.push(`mounts files from ${code(mountFrom)} while it runs (nothing is copied into the layer)`);
          }
          break;
        }
        case "COPY":
        case "ADD": {
          const { sources, dest } = copyPaths(parsed, ins);
          const from = fromFlag(ins);
          const what = joinList(sources.map(code));
          if (from === null) copied.push(`copies ${what} from your build context to ${code(dest)}`);
          else {
            const edge = analysis.edges.find((e) => e.to === index && e.line === ins.line && e.kind === "copy");
            copied.push(
              edge
                ? `copies ${what} from stage ${code(labelOf(edge.from))} to ${code(dest)}`
                : `copies ${what} from the image ${code(from)} to ${code(dest)}`,
            );
          }
          break;
        }
        case "WORKDIR":
          settings.push(`the working directory to ${code(ins.args.trim())}`);
          break;
        case "USER":
          settings.push(`the user to ${code(ins.args.trim())}`);
          break;
        case "CMD":
        case "ENTRYPOINT":
          settings.push(`the ${ins.keyword === "CMD" ? "default command" : "entry point"} to ${code(shorten(ins.args, 60))}`);
          break;
        case "ENV":
          settings.push(`environment variables (${code(shorten(ins.args, 40))})`);
          break;
        case "EXPOSE":
          settings.push(`the documented port ${code(ins.args.trim())}`);
          break;
      }
    }
    if (installed.length) sentences.push(`It installs ${joinList(installed)}.`);
    if (copied.length) sentences.push(`It ${joinList(copied)}.`);
    if (ran.length) sentences.push(`It runs ${joinList(ran)}.`);
    if (settings.length) sentences.push(`It sets ${joinList(settings)}.`);

    const takers = analysis.edges.filter((e) => e.from === index);
    for (const edge of takers) {
      const taker = code(labelOf(edge.to));
      if (edge.kind === "from") sentences.push(`Stage ${taker} is built on it (line ${edge.line}).`);
      else if (edge.onbuildLine !== undefined) {
        // An ONBUILD trigger of the taker's base stage, run where the taker starts.
        const base = analysis.stages[edge.to]?.baseStage;
        const onbuild = base == null ? undefined : parsed.stages[base]?.instructions.find((i) => i.line === edge.onbuildLine);
        const trigger = onbuild ? splitCommand(onbuild.args) : null;
        const words = trigger ? (json(trigger.args) ?? splitWords(trigger.args)) : [];
        const paths = edge.kind === "copy" && words.length > 1 ? joinList(words.slice(0, -1).map(code)) : "files";
        sentences.push(`Stage ${taker} ${edge.kind === "copy" ? `copies ${paths} from it` : "mounts files from it"}: the \`ONBUILD\` on line ${edge.onbuildLine} runs there, at its \`FROM\` (line ${edge.line}).`);
      } else {
        const ins = parsed.stages[edge.to]?.instructions.find((i) => i.line === edge.line);
        const paths = ins && edge.kind === "copy" ? joinList(copyPaths(parsed, ins).sources.map(code)) : "files";
        sentences.push(`Stage ${taker} ${edge.kind === "copy" ? `copies ${paths} from it` : "mounts files from it"} (line ${edge.line}).`);
      }
    }

    if (index === target) {
      sentences.push("This is the target: the image `docker build` produces is this stage, with every layer it has.");
    } else if (inherited.has(index)) {
      sentences.push(`The target ${code(labelOf(target ?? 0))} is built on top of it, so everything in it ends up in the final image.`);
    } else if (!analysis.buildkitStages.includes(index)) {
      // The legacy builder runs every stage from the first to the target, and none after it.
      sentences.push(
        analysis.legacyStages.includes(index)
          ? `The target does not need it: BuildKit skips it, while the legacy builder (${code("DOCKER_BUILDKIT=0")}) still runs it. Nothing in it reaches the final image.`
          : `The target does not need it and it comes after the target: neither BuildKit nor the legacy builder runs it.`,
      );
    } else if (takers.some((e) => e.kind === "copy")) {
      sentences.push("None of its layers are in the final image: only the files other stages copy out of it travel on.");
    } else {
      sentences.push("None of its layers are in the final image.");
    }
    return { stage: index, label, sentences };
  });
}
