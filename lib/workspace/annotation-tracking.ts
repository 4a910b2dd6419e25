/**
 * Annotations that follow the student's edits. An anchor names an instruction by meaning
 * (stage, keyword, text it contains); once it has found its instruction, the annotation keeps
 * that instruction from one version of the text to the next, through the line diff between
 * the two: through edits above it, a changed argument, a renamed stage. It never moves to
 * another instruction that happens to match the anchor now (breaking the second FROM must not
 * move "the runtime stage" to the first one).
 */
import type { DockerfileDocument, Instruction } from "../dockerfile/parser/types";
import { instructionText } from "../dockerfile/parser/instruction-text";
import { matchAnchor, type AnnotationAnchor } from "./annotations";
import { mapLines, type LineMap } from "./line-map";

/** Where an annotation stands in the current text. */
export type AnnotationPlace =
  /** Its instruction is there and still contains the anchor's text. Lines are 1-based, continuations included. */
  | { state: "matched"; line: number; endLine: number }
  /** Its instruction is there but no longer contains the anchor's text; `now` is the instruction as it reads now. */
  | { state: "changed"; line: number; endLine: number; now: string }
  /** Its instruction is gone. `at`: the 1-based line where it was (now the line in its place), or null when it was never found. */
  | { state: "removed"; at: number | null };

/** The places of the previous version of the text, to follow from. */
export interface PreviousPlaces {
  text: string;
  places: readonly AnnotationPlace[];
}

const containsAnchorText = (ins: Instruction, anchor: AnnotationAnchor) =>
  anchor.contains === undefined || instructionText(ins).toLowerCase().includes(anchor.contains.toLowerCase());

/** The instruction as the student wrote it, continuation lines joined. */
const readsNow = (ins: Instruction) => [ins.keywordRaw, instructionText(ins)].filter((part) => part.length > 0).join(" ");

function placeAt(ins: Instruction, anchor: AnnotationAnchor): AnnotationPlace {
  return containsAnchorText(ins, anchor)
    ? { state: "matched", line: ins.line, endLine: ins.endLine }
    : { state: "changed", line: ins.line, endLine: ins.endLine, now: readsNow(ins) };
}

/** Where anchors point in a text seen for the first time: by meaning alone. */
function placeByMeaning(document: DockerfileDocument, anchors: readonly AnnotationAnchor[]): AnnotationPlace[] {
  return anchors.map((anchor) => {
    const [first] = matchAnchor(document, anchor);
    return first ? placeAt(first, anchor) : { state: "removed", at: null };
  });
}

/**
 * The instruction an annotation was on, in the new text: the instruction starting on the same
 * (unchanged) line, else one of the same keyword among the lines that replaced its lines.
 */
function follow(place: { line: number; endLine: number }, anchor: AnnotationAnchor, document: DockerfileDocument, map: LineMap): Instruction | null {
  const keyword = anchor.instruction.toUpperCase();
  const moved = map.newLineOf(place.line);
  if (moved !== null) {
    const there = document.instructions.find((ins) => ins.line === moved);
    if (there?.keyword === keyword) return there;
  }
  const lines = new Set<number>();
  for (let old = place.line; old <= place.endLine; old++) {
    const unchanged = map.newLineOf(old);
    if (unchanged !== null) lines.add(unchanged);
    const replaced = map.replacedBy(old);
    if (replaced) for (let n = replaced.first; n <= replaced.last; n++) lines.add(n);
  }
  const candidates = document.instructions.filter((ins) => {
    if (ins.keyword !== keyword) return false;
    for (let n = ins.line; n <= ins.endLine; n++) if (lines.has(n)) return true;
    return false;
  });
  if (candidates.length <= 1) return candidates[0] ?? null;
  // Several instructions where one was (a large paste): the one the anchor means, else the one holding its text.
  const meant = new Set(matchAnchor(document, anchor));
  return candidates.find((ins) => meant.has(ins)) ?? candidates.find((ins) => containsAnchorText(ins, anchor)) ?? candidates[0] ?? null;
}

/** Where a line of the old text is in the new one: itself, or the first line of what took its place. */
const whereNow = (line: number, map: LineMap): number => map.newLineOf(line) ?? map.replacedBy(line)?.first ?? line;

/**
 * The lines this edit wrote (changed or added) at `line`: the run of written lines holding it,
 * or, when `line` itself is unchanged, the run written just before it (an insertion there).
 */
function writtenAround(line: number, map: LineMap, lineCount: number): Set<number> {
  const run = new Set<number>();
  const at = Math.min(line, lineCount + 1);
  const written = (n: number) => n >= 1 && n <= lineCount && !map.isUnchanged(n);
  for (let n = written(at) ? at : at - 1; written(n); n--) run.add(n);
  if (written(at)) for (let n = at + 1; written(n); n++) run.add(n);
  return run;
}

/**
 * Where each anchor's annotation is in `document`, following `previous` (the places in the
 * version before) when there is one. A removed annotation comes back only on an instruction
 * this edit wrote that no other annotation holds: of the anchor's keyword where its own
 * instruction was (the line retyped, an undo), or one the anchor matches anywhere (Reset, a
 * line moved).
 */
export function trackAnnotations(document: DockerfileDocument, anchors: readonly AnnotationAnchor[], previous: PreviousPlaces | null): AnnotationPlace[] {
  if (anchors.length === 0) return [];
  if (previous === null || previous.places.length !== anchors.length) return placeByMeaning(document, anchors);
  if (previous.text === document.text) return [...previous.places];

  const map = mapLines(previous.text, document.text);
  const lineCount = document.text.split(/\r?\n/).length;
  const held = anchors.map((anchor, i) => {
    const place = previous.places[i];
    return place && place.state !== "removed" ? follow(place, anchor, document, map) : null;
  });
  const taken = new Set(held.filter((ins): ins is Instruction => ins !== null));
  return anchors.map((anchor, i): AnnotationPlace => {
    const ins = held[i];
    if (ins) return placeAt(ins, anchor);
    const before = previous.places[i];
    const at = !before ? null : before.state === "removed" ? (before.at === null ? null : whereNow(before.at, map)) : whereNow(before.line, map);
    const keyword = anchor.instruction.toUpperCase();
    const written = at === null ? new Set<number>() : writtenAround(at, map, lineCount);
    const meant = matchAnchor(document, anchor).filter((c) => !taken.has(c) && !map.isUnchanged(c.line));
    // Where it was, the instruction the anchor means, else one holding its text, else the nearest of its keyword.
    const retyped = document.instructions.filter((c) => c.keyword === keyword && written.has(c.line) && !taken.has(c));
    const nearest = at === null ? undefined : [...retyped].sort((a, b) => Math.abs(a.line - at) - Math.abs(b.line - at))[0];
    const back = retyped.find((c) => meant.includes(c)) ?? retyped.find((c) => containsAnchorText(c, anchor)) ?? nearest ?? meant[0];
    if (!back) return { state: "removed", at };
    taken.add(back);
    return placeAt(back, anchor);
  });
}

/** The lines an annotation highlights: its instruction's, changed or not; null once it is removed. */
export const placeSpan = (place: AnnotationPlace): { line: number; endLine: number } | null =>
  place.state === "removed" ? null : { line: place.line, endLine: place.endLine };
