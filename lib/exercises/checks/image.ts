/** The final image, from the simulated build: its files, and whether `docker run` would start it. */
import type { FileTreeNode } from "../../dockerfile/simulate/types";
import type { CheckContext } from "../context";
import type { ExerciseCheck } from "../types";
import { list, type Outcome } from "./common";

type Of<T extends ExerciseCheck["type"]> = Extract<ExerciseCheck, { type: T }>;

function nodeAt(tree: FileTreeNode, path: string): FileTreeNode | null {
  let node: FileTreeNode | undefined = tree;
  for (const part of path.split("/").filter(Boolean)) {
    node = node?.children.find((c) => c.name === part);
    if (!node) return null;
  }
  return node ?? null;
}

/** Every file the build added (not the base image's folders). */
function addedFiles(node: FileTreeNode, out: string[] = []): string[] {
  if (node.type === "file" && node.origin !== "base") out.push(node.path);
  for (const c of node.children) addedFiles(c, out);
  return out;
}

export function image(ctx: CheckContext, check: Of<"image">): Outcome {
  const parts = [
    check.contains ? `holds ${list(check.contains)}` : null,
    check.lacks ? `does not hold ${list(check.lacks)}` : null,
    check.addsOnly ? `adds nothing to its base but ${list(check.addsOnly)}` : null,
  ].filter(Boolean);
  const label = `The final image ${parts.join(", and ")}`;
  const tree = ctx.simulation.image?.tree;
  if (!tree) return { label, pass: false, detail: ctx.analysis.error ? `The build fails: ${ctx.analysis.error}` : "There is no final image." };
  const missing = (check.contains ?? []).filter((p) => !nodeAt(tree, p));
  if (missing.length) return { label, pass: false, detail: `It has no ${list(missing)}.` };
  const present = (check.lacks ?? []).filter((p) => nodeAt(tree, p));
  if (present.length) return { label, pass: false, detail: `It still has ${list(present)}.` };
  if (check.addsOnly) {
    const allowed = check.addsOnly;
    const extra = addedFiles(tree).filter((f) => !allowed.some((a) => (a.includes("/") ? f === a || f.startsWith(`${a.replace(/\/$/, "")}/`) : f.split("/").pop() === a)));
    if (extra.length) {
      const shown = extra.slice(0, 4);
      return { label, pass: false, detail: `It also holds ${list(shown)}${extra.length > shown.length ? ` and ${extra.length - shown.length} more` : ""}.` };
    }
    if (addedFiles(tree).length === 0) return { label, pass: false, detail: "The build adds no file to it." };
  }
  return { label, pass: true, detail: null };
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
