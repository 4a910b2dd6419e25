/** The final image, from the simulated build: its files, and whether `docker run` would start it. */
import { programCommand } from "../../dockerfile/image-config";
import { pathState } from "../../dockerfile/run/verdict";
import { simpleCommands } from "../../dockerfile/shell/commands";
import type { FileTreeNode } from "../../dockerfile/simulate/types";
import type { CheckContext } from "../context";
import type { ExerciseCheck } from "../types";
import { list, type Outcome } from "./common";

type Of<T extends ExerciseCheck["type"]> = Extract<ExerciseCheck, { type: T }>;

function normalise(path: string): string {
  const parts: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join("/")}`;
}

function nodeAt(tree: FileTreeNode, path: string): FileTreeNode | null {
  let node: FileTreeNode | undefined = tree;
  for (const part of path.split("/").filter(Boolean)) {
    node = node?.children.find((c) => c.name === part);
    if (!node) return null;
  }
  return node ?? null;
}

const ESTIMATED_DIRS: ReadonlySet<string> = new Set(["stage-directory", "build-directory", "dependencies", "cmake-files", "cmake-configuration", "stage-base-image-file", "context-not-given", "image"]);

/** Every file the build added (not the base image's folders), and every folder it added whose contents the model cannot list. */
function addedFiles(node: FileTreeNode, out: string[] = []): string[] {
  if (node.origin !== "base" && (node.type === "file" || (node.note && ESTIMATED_DIRS.has(node.note.kind)))) out.push(node.path);
  for (const c of node.children) addedFiles(c, out);
  return out;
}

const nameGlob = (pattern: string) => new RegExp(`^${pattern.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);

export function image(ctx: CheckContext, check: Of<"image">): Outcome {
  const parts = [
    check.contains ? `holds ${list(check.contains)}` : null,
    check.lacks ? `does not hold ${list(check.lacks)}` : null,
    check.addsOnly ? `adds nothing to its base but ${list(check.addsOnly)}` : null,
  ].filter(Boolean);
  const label = `The final image ${parts.join(", and ")}`;
  const tree = ctx.simulation.image?.tree;
  if (!tree) return { label, pass: false, detail: ctx.analysis.error ? `The build fails: ${ctx.analysis.error}` : "There is no final image." };
  const target = ctx.analysis.target;
  const fromScratch = target !== null && ctx.rootImage(target) === "scratch";
  const states = (check.contains ?? []).map((p) => ({ p, state: pathState(tree, p, fromScratch, ctx.unlistedWrites) }));
  const missing = states.filter((s) => s.state === "missing").map((s) => s.p);
  const uncertain = states.filter((s) => s.state === "unknown").map((s) => s.p);
  // A RUN the model cannot read may have made them: not a certain failure.
  const unsure = ctx.unlistedWrites ? "A `RUN` writes files Stagecraft cannot list, so it cannot tell for certain." : null;
  if (missing.length) return { label, pass: false, detail: `It has no ${list(missing)}.` };
  const present = (check.lacks ?? []).filter((p) => nodeAt(tree, p));
  if (present.length) return { label, pass: false, detail: `It still has ${list(present)}.` };
  if (check.addsOnly) {
    const allowed = check.addsOnly;
    const extra = addedFiles(tree).filter((f) => !allowed.some((a) => (a.includes("/") ? f === a || f.startsWith(`${a.replace(/\/$/, "")}/`) : nameGlob(a).test(f.split("/").pop() ?? ""))));
    if (extra.length) {
      const shown = extra.slice(0, 4);
      return { label, pass: false, detail: `It also holds ${list(shown)}${extra.length > shown.length ? ` and ${extra.length - shown.length} more` : ""}.` };
    }
    if (addedFiles(tree).length === 0 && !unsure) return { label, pass: false, detail: "The build adds no file to it." };
  }
  const note = uncertain.length ? `Stagecraft cannot list every file of what was copied, so it cannot see ${list(uncertain)} for certain.` : check.addsOnly && addedFiles(tree).length === 0 ? unsure : null;
  return { label, pass: true, detail: note };
}

export function starts(ctx: CheckContext, check: Of<"starts">): Outcome {
  void check;
  const label = "`docker run` of the final image would start its command";
  if (ctx.analysis.error !== null) return { label, pass: false, detail: `The build fails first: ${ctx.analysis.error}` };
  const verdict = ctx.verdict;
  if (!verdict) return { label, pass: false, detail: "There is no final image." };
  if (verdict.verdict === "fails") return { label, pass: false, detail: `It would not start: \`${verdict.message}\`.` };
  return { label, pass: true, detail: verdict.verdict === "unknown" ? "Stagecraft cannot tell for certain from the files it models." : null };
}

export function command(ctx: CheckContext, check: Of<"command">): Outcome {
  const shown = [check.program, ...(check.args ?? [])].join(" ");
  const label = `The image's default command runs \`${shown}\``;
  const target = ctx.analysis.target;
  const config = target === null ? undefined : ctx.configs[target];
  if (!config) return { label, pass: false, detail: "There is no final stage." };
  const argv = programCommand(config);
  if (argv === undefined) return { label, pass: false, detail: "The base image's own ENTRYPOINT is not known, so neither is the command." };
  if (argv === null) return { label, pass: false, detail: "The image has no CMD or ENTRYPOINT." };
  // Shell form: the command is the shell's argument; read its first simple command.
  const shell = (config.entrypoint?.line === null && config.cmd ? config.cmd : (config.entrypoint ?? config.cmd))?.form === "shell";
  const first = shell ? simpleCommands(argv[argv.length - 1] ?? "")[0] : undefined;
  const words = shell ? (first ? [first.program, ...first.args] : []) : argv;
  const name = (words[0] ?? "").split("/").pop();
  // A path argument may be written relative to the WORKDIR or absolute: `src/server.js` is `/app/src/server.js`.
  const workdir = config.workdir ?? "/";
  const resolveArg = (a: string) => (/[/.]/.test(a) && !a.startsWith("-") ? normalise(a.startsWith("/") ? a : `${workdir}/${a}`) : a);
  const pass = name === check.program && (check.args ?? []).every((a) => words.slice(1).some((w) => resolveArg(w) === resolveArg(a)));
  return { label, pass, detail: pass ? null : `It runs \`${words.join(" ")}\`.` };
}
