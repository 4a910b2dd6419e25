/**
 * The walkthrough format (issue 13): the hook and steps.yaml of a lesson, validated, and the
 * Dockerfile snippets of its prose checked. Build side only; load.ts calls it with the
 * lesson's already-read parts. Every problem is a LessonError naming the file and the fix.
 */
import { analyzeDockerfile } from "../dockerfile/analysis/analyze";
import type { ContextFile } from "../dockerfile/build-context";
import { INSTRUCTIONS } from "../dockerfile/instructions";
import { parseDockerfile } from "../dockerfile/parser/parse";
import type { DockerfileDocument } from "../dockerfile/parser/types";
import { simulateBuild } from "../dockerfile/simulate";
import type { FileTreeNode } from "../dockerfile/simulate/types";
import { stageLabel } from "../dockerfile/stages";
import { LessonError } from "./errors";
import { parseInlineMarkdown, parseLessonMarkdown } from "./markdown";
import type { Block } from "./markdown-types";
import { describeIssues, stepEntry, type LessonFrontMatter, type StepEntry } from "./schema";
import type { LessonExercise, LessonHook, LessonPredict, LessonStep } from "./types";

/** What the loader hands over: the lesson's parts and how to read its files. */
export interface WalkthroughInput {
  meta: LessonFrontMatter;
  /** `lessons/<slug>/lesson.md`, as errors name it. */
  mdFile: string;
  /** `lessons/<slug>/<name>`, as errors name a lesson file. */
  shown: (name: string) => string;
  /** Reads a lesson file; throws a LessonError (naming `wantedBy`) when it is missing. */
  readFile: (name: string, wantedBy: string) => string;
  /** True when `name` is a file of the lesson folder (not a folder, not outside it). */
  isFile: (name: string) => boolean;
  /** Parsed steps.yaml (throws on bad YAML). */
  readYaml: (name: string) => unknown;
  exercises: LessonExercise[];
  /** The lesson's project as the build context, for the simulator's file model. */
  context?: ContextFile[];
  slug: string;
}

/** A lesson file a step may show: a Dockerfile of the lesson folder. */
const isDockerfileName = (name: string) => /(^|\/)([\w.-]+\.)?Dockerfile$/.test(name);

function hookOf(input: WalkthroughInput): LessonHook {
  const { meta, mdFile } = input;
  const hook = meta.hook;
  if (!hook) throw new LessonError(mdFile, "has steps: but no hook:; add hook: { file, text } (the problem the steps solve)");
  if (!isDockerfileName(hook.file)) throw new LessonError(mdFile, `hook.file "${hook.file}" is not a lesson Dockerfile; name a .Dockerfile of the lesson folder`);
  const text = input.readFile(hook.file, mdFile);
  const source = hook.source ?? meta.compare?.source;
  if (hook.size !== undefined && source === undefined) {
    throw new LessonError(mdFile, `hook.size "${hook.size}" has no source; add hook.source (or compare.source) saying where the size was measured`);
  }
  return {
    text,
    file: hook.file,
    ...(hook.size === undefined ? {} : { size: hook.size }),
    ...(hook.size === undefined || source === undefined ? {} : { source: parseInlineMarkdown(source, mdFile) }),
    sentence: parseInlineMarkdown(hook.text, mdFile),
  };
}

function hasStage(doc: DockerfileDocument, name: string): boolean {
  return doc.stages.some((s) => s.name !== null && s.name === name.toLowerCase());
}

function stageNames(doc: DockerfileDocument): string {
  const named = doc.stages.flatMap((s) => (s.name === null ? [] : [`"${s.name}"`]));
  return named.length > 0 ? `its named stages are ${named.join(", ")}` : "it has no named stage";
}

/** Every file the build added to an image's tree (not the base image's folders). */
function addedFiles(node: FileTreeNode, out: string[] = []): string[] {
  if (node.origin !== "base" && node.type === "file") out.push(node.path);
  for (const child of node.children) addedFiles(child, out);
  return out;
}

/** How many paths a finalImageFiles question offers at most (more when the answer itself is longer). */
const MAX_FILE_CHOICES = 6;

/** The analyser's or the simulator's answer to a step's question, computed on the step's text. */
function answerOf(predict: NonNullable<StepEntry["predict"]>, doc: DockerfileDocument, context: ContextFile[] | undefined, question: LessonPredict["question"]): LessonPredict {
  const labels = doc.stages.map((s) => stageLabel(s));
  switch (predict.ask) {
    case "targetBuilds":
    case "legacyBuilds": {
      const target = predict.target as string;
      const analysis = analyzeDockerfile(doc, { target });
      const run = predict.ask === "targetBuilds" ? analysis.buildkitStages : analysis.legacyStages;
      return { ask: predict.ask, question, target, choices: labels, answer: run.map((i) => labels[i] ?? `stage-${i}`) };
    }
    case "stageCount":
      return { ask: "stageCount", question, answer: doc.stages.length };
    case "finalImageFiles": {
      const simulate = (target?: string) => {
        const options = target === undefined ? {} : { target };
        return simulateBuild(doc, analyzeDockerfile(doc, options), { ...options, ...(context ? { contextFiles: context } : {}) }).image?.tree;
      };
      const finalTree = simulate();
      const answer = finalTree ? addedFiles(finalTree).sort() : [];
      // Choices: what any stage adds (each named stage simulated as the target), so the
      // files left behind in a build stage are offered beside those that reach the image.
      const all = new Set(answer);
      for (const stage of doc.stages) {
        const tree = stage.name === null ? undefined : simulate(stage.name);
        if (tree) for (const f of addedFiles(tree)) all.add(f);
      }
      // A short list: every answer, then the shallowest of the rest (a compiler's scratch
      // files deep in build/ would drown the question).
      const depth = (p: string) => p.split("/").length;
      const others = [...all].filter((f) => !answer.includes(f)).sort((a, b) => depth(a) - depth(b) || a.localeCompare(b));
      const choices = predict.choices ? [...new Set(predict.choices)].sort() : [...answer, ...others.slice(0, Math.max(MAX_FILE_CHOICES - answer.length, 3))].sort();
      const unlisted = answer.filter((f) => !choices.includes(f));
      if (unlisted.length > 0) throw new Error(`predict.choices leaves out ${unlisted.join(", ")}, which the final image holds; add them`);
      return { ask: "finalImageFiles", question, choices, answer };
    }
  }
}

/** The hook and the steps of a lesson in the walkthrough format, or null/[] for a lesson not yet converted. */
export function readWalkthrough(input: WalkthroughInput): { hook: LessonHook | null; steps: LessonStep[] } {
  const { meta, mdFile } = input;
  if (!meta.steps) {
    if (meta.hook) throw new LessonError(mdFile, "has hook: but no steps:; add steps: steps.yaml (the walkthrough), or remove hook:");
    return { hook: null, steps: [] };
  }
  const hook = hookOf(input);
  const stepsFile = input.shown(meta.steps);
  const raw = input.readYaml(meta.steps);
  if (!Array.isArray(raw)) throw new LessonError(stepsFile, "must be a YAML list of steps (- id: ..., title: ..., text: ...)");
  if (raw.length < 2) throw new LessonError(stepsFile, `has ${raw.length} step${raw.length === 1 ? "" : "s"}; a walkthrough needs at least 2 (the problem, then the change that solves it)`);

  const exerciseIds = new Map(input.exercises.map((e) => [e.id.slice(input.slug.length + 1), e.id]));
  const seen = new Set<string>();
  const usedExercises = new Set<string>();
  const steps: LessonStep[] = [];
  let previous: { file: string; text: string } | null = null;

  raw.forEach((data: unknown, i) => {
    const at = `step ${i + 1}`;
    const parsed = stepEntry.safeParse(data);
    if (!parsed.success) {
      const id = typeof data === "object" && data !== null && "id" in data ? ` ("${String((data as { id: unknown }).id)}")` : "";
      throw new LessonError(stepsFile, `${at}${id} is invalid: ${describeIssues(parsed.error)}`);
    }
    const entry = parsed.data;
    const named = `${at} ("${entry.id}")`;
    if (seen.has(entry.id)) throw new LessonError(stepsFile, `${named} has the id of an earlier step; give each step an id of its own`);
    seen.add(entry.id);

    if (entry.file === undefined && previous === null) {
      throw new LessonError(stepsFile, `${named} has no file:; the first step must name the Dockerfile the workbench starts from`);
    }
    if (entry.file !== undefined && !isDockerfileName(entry.file)) {
      throw new LessonError(stepsFile, `${named}: file "${entry.file}" is not a lesson Dockerfile; name a .Dockerfile of the lesson folder`);
    }
    if (entry.file !== undefined && !input.isFile(entry.file)) {
      throw new LessonError(stepsFile, `${named}: file "${entry.file}" is not a file of lessons/${input.slug}/; add it or fix the name`);
    }
    const current: { file: string; text: string } =
      entry.file === undefined ? (previous as unknown as { file: string; text: string }) : { file: entry.file, text: input.readFile(entry.file, stepsFile) };
    const changed = previous === null || previous.text !== current.text;
    if (changed && previous !== null && entry.apply === undefined) {
      throw new LessonError(stepsFile, `${named} changes the Dockerfile (${previous.file} → ${current.file}) but has no apply:; add apply: "<the button's label>", e.g. "Add \`AS build\`"`);
    }
    if (!changed && entry.apply !== undefined) {
      throw new LessonError(stepsFile, `${named} has apply: but does not change the Dockerfile; remove apply: or give the step a file: with the edit`);
    }
    if (previous === null && entry.apply !== undefined) {
      throw new LessonError(stepsFile, `${named} has apply:, but the first step has nothing to apply its edit to; remove apply:`);
    }

    const doc = parseDockerfile(current.text);
    if (entry.target !== undefined && !hasStage(doc, entry.target)) {
      throw new LessonError(stepsFile, `${named}: target "${entry.target}" is not a stage of ${current.file} (${stageNames(doc)}); fix the target or the file`);
    }
    let predict: LessonPredict | undefined;
    if (entry.predict) {
      const { ask, target } = entry.predict;
      if ((ask === "targetBuilds" || ask === "legacyBuilds") && target === undefined) {
        throw new LessonError(stepsFile, `${named}: predict.ask ${ask} needs predict.target, the stage passed to --target`);
      }
      if (ask !== "targetBuilds" && ask !== "legacyBuilds" && target !== undefined) {
        throw new LessonError(stepsFile, `${named}: predict.target is only read by targetBuilds and legacyBuilds; remove it`);
      }
      if (target !== undefined && !hasStage(doc, target)) {
        throw new LessonError(stepsFile, `${named}: predict.target "${target}" is not a stage of ${current.file} (${stageNames(doc)}); fix the target or the file`);
      }
      if (entry.predict.choices && ask !== "finalImageFiles") throw new LessonError(stepsFile, `${named}: predict.choices is only read by finalImageFiles; remove it`);
      try {
        predict = answerOf(entry.predict, doc, input.context, parseInlineMarkdown(entry.predict.question, stepsFile));
      } catch (err) {
        if (err instanceof LessonError) throw err;
        throw new LessonError(stepsFile, `${named}: ${(err as Error).message}`);
      }
    }
    let exerciseId: string | undefined;
    if (entry.exercise !== undefined) {
      exerciseId = exerciseIds.get(entry.exercise);
      if (exerciseId === undefined) {
        const known = [...exerciseIds.keys()].map((k) => `"${k}"`).join(", ");
        throw new LessonError(stepsFile, `${named}: exercise "${entry.exercise}" is not an exercise id of ${meta.exercises ?? "this lesson (it has no exercises:)"}${known ? ` (its ids: ${known})` : ""}; fix the id`);
      }
      if (usedExercises.has(entry.exercise)) throw new LessonError(stepsFile, `${named}: exercise "${entry.exercise}" is already the exercise of an earlier step; use each exercise once`);
      usedExercises.add(entry.exercise);
    }

    const body = parseLessonMarkdown(entry.text, stepsFile);
    checkDockerfileFences(body, `${stepsFile} (${named})`);
    steps.push({
      id: entry.id,
      number: i + 1,
      title: entry.title,
      body,
      text: current.text,
      file: current.file,
      ...(changed && previous !== null && entry.apply !== undefined ? { apply: parseInlineMarkdown(entry.apply, stepsFile) } : {}),
      tab: entry.tab,
      ...(entry.target === undefined ? {} : { target: entry.target }),
      ...(predict ? { predict } : {}),
      ...(exerciseId === undefined ? {} : { exerciseId }),
    });
    previous = current;
  });

  const last = steps[steps.length - 1] as LessonStep;
  if (last.file !== meta.dockerfile) {
    throw new LessonError(stepsFile, `the last step ("${last.id}") ends on ${last.file}, but the lesson's dockerfile: is ${meta.dockerfile}; the walkthrough must end on the finished Dockerfile`);
  }
  return { hook, steps };
}

/** A lesson body in the walkthrough format starts with `## Recap`. */
export function checkRecap(body: Block[], mdFile: string): void {
  const first = body[0];
  const isRecap = first?.type === "heading" && first.depth === 2 && first.id === "recap";
  if (!isRecap) throw new LessonError(mdFile, 'the text after the front matter must start with "## Recap" (a short list of what the lesson taught); the explanations go into the steps');
}

/**
 * Every ```` ```dockerfile ```` block of lesson prose builds without a BuildKit error;
 * `fragment` blocks only need each instruction to be one BuildKit knows, and `error` blocks
 * must fail to build (they show a mistake).
 */
export function checkDockerfileFences(blocks: Block[], where: string): void {
  for (const block of blocks) {
    if (block.type === "callout") {
      checkDockerfileFences(block.children, where);
      continue;
    }
    if (block.type !== "code" || block.lang !== "dockerfile") continue;
    const first = block.text.split("\n")[0] ?? "";
    const quoted = `the \`\`\`dockerfile${block.marker ? ` ${block.marker}` : ""} block starting "${first.slice(0, 50)}"`;
    if (block.marker === "fragment") {
      const doc = parseDockerfile(block.text);
      if (doc.parseError) throw new LessonError(where, `${quoted} does not parse: ${doc.parseError.message}; fix the snippet`);
      const unknown = doc.instructions.find((ins) => !(INSTRUCTIONS as readonly string[]).includes(ins.keyword));
      if (unknown) throw new LessonError(where, `${quoted}: line ${unknown.line} ("${unknown.keywordRaw}") is not a Dockerfile instruction; fix the snippet or mark the block as text`);
      continue;
    }
    const { error } = analyzeDockerfile(block.text);
    if (block.marker === "error" && error === null) {
      throw new LessonError(where, `${quoted} is marked error but builds without a BuildKit error; show the mistake, or remove the marker`);
    }
    if (block.marker === undefined && error !== null) {
      throw new LessonError(where, `${quoted}: BuildKit would fail to build it (${error}); fix it, mark it \`\`\`dockerfile fragment (a few instructions out of context) or \`\`\`dockerfile error (a mistake on purpose)`);
    }
  }
}
