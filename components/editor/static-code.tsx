import { memo, type ReactNode } from "react";
import { highlightDockerfile, type HighlightToken } from "@/lib/dockerfile/highlight";
import type { LineSpan } from "@/lib/workspace/annotations";
import { isCommentRuler } from "@/lib/workspace/comment-ruler";

interface StaticCodeProps {
  text: string;
  /** Lines to mark, as the editor's annotation highlight does. */
  highlight?: LineSpan | null;
  /** Accessible name of the code region. */
  label: string;
  /**
   * Long lines wrap, at spaces only (as Monaco wraps), never inside `--from=build`; a comment
   * ruler stays one row, clipped (the presenter). Default: every line one row, scrolling
   * sideways, except on a narrow screen (below NARROW_WIDTH), where lines wrap the same way
   * (globals.css `.code-narrow-wrap`), as the editor does there.
   */
  wrap?: boolean;
  /** 1-based lines to emphasise as changed (a walkthrough step's edit in the presenter). */
  emphasis?: readonly number[];
}

/** A word longer than this may break inside (a long URL), as Monaco breaks a word wider than the editor; shorter ones never do. */
const UNBREAKABLE_WORD = 24;

const tokenNode = (t: HighlightToken, key: number | string): ReactNode => (t.kind === "plain" ? t.text : <span key={key} className={`tok-${t.kind}`}>{t.text}</span>);

/** A line's tokens as words that never break inside, with the spaces between them as the only break opportunities. */
function wrappedWords(tokens: readonly HighlightToken[]): ReactNode[] {
  const out: ReactNode[] = [];
  let word: ReactNode[] = [];
  let length = 0;
  const endWord = () => {
    if (word.length > 0) out.push(<span key={out.length} className={length > UNBREAKABLE_WORD ? "break-anywhere" : "whitespace-nowrap"}>{word}</span>);
    word = [];
    length = 0;
  };
  tokens.forEach((t, i) => {
    t.text.split(/( +)/).forEach((piece, j) => {
      if (piece === "") return;
      if (piece.startsWith(" ")) {
        endWord();
        out.push(piece);
      } else {
        word.push(tokenNode({ ...t, text: piece }, `${i}-${j}`));
        length += piece.length;
      }
    });
  });
  endWord();
  return out;
}

/**
 * The Dockerfile as highlighted HTML with line numbers: what the page shows before the
 * editor loads (rendered at build time), and what prints. Its metrics match the editor's
 * (font, 20px lines, 12px padding, gutter), so nothing moves when Monaco takes over.
 */
export const StaticCode = memo(function StaticCode({ text, highlight = null, label, wrap = false, emphasis = NONE }: StaticCodeProps) {
  const lines = highlightDockerfile(text);
  const source = text.split("\n");
  const emphasised = new Set(emphasis);
  return (
    <pre className={`code-block m-0 py-[var(--code-pad-y)] ${wrap ? "code-wrap overflow-x-hidden" : "code-narrow-wrap overflow-x-auto"}`} aria-label={label} tabIndex={0}>
      <code className={`block ${wrap ? "" : "min-w-max"}`}>
        {lines.map((tokens, i) => {
          const n = i + 1;
          const marked = highlight !== null && n >= highlight.line && n <= highlight.endLine;
          const ruler = isCommentRuler(source[i] ?? "");
          const changed = emphasised.has(n);
          return (
            // Short class names and no empty attributes: each line is paid for in the HTML and
            // again in the page's RSC data (globals.css has .code-line and .code-gutter).
            <span
              key={n}
              data-line={n}
              {...(ruler ? { "data-ruler": "" } : {})}
              {...(changed ? { "data-changed": "" } : {})}
              className={`code-line${wrap ? " code-line-wrap" : ""}${marked ? " static-line-highlight" : changed ? " static-line-changed" : ""}`}
            >
              <span aria-hidden="true" className="code-gutter">
                {n}
              </span>
              <span className={`pr-4 ${wrap ? (ruler ? "min-w-0 overflow-hidden whitespace-pre" : "min-w-0 whitespace-pre-wrap") : "whitespace-pre"}`}>
                {!ruler ? wrappedWords(tokens) : tokens.map((t, j) => tokenNode(t, j))}
                {"\n"}
              </span>
            </span>
          );
        })}
      </code>
    </pre>
  );
}, sameCode);

const NONE: readonly number[] = [];

/** Re-render only for another text, label, wrapping, emphasis or highlighted range (not for an equal range in a new object). */
function sameCode(a: StaticCodeProps, b: StaticCodeProps): boolean {
  const ea = a.emphasis ?? NONE;
  const eb = b.emphasis ?? NONE;
  return (
    a.text === b.text &&
    ea.length === eb.length &&
    ea.every((n, i) => eb[i] === n) &&
    a.label === b.label &&
    a.wrap === b.wrap &&
    (a.highlight ?? null)?.line === (b.highlight ?? null)?.line &&
    (a.highlight ?? null)?.endLine === (b.highlight ?? null)?.endLine
  );
}
