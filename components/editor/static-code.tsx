import { memo } from "react";
import { highlightDockerfile } from "@/lib/dockerfile/highlight";
import type { LineSpan } from "@/lib/workspace/annotations";

interface StaticCodeProps {
  text: string;
  /** Lines to mark, as the editor's annotation highlight does. */
  highlight?: LineSpan | null;
  /** Accessible name of the code region. */
  label: string;
}

/**
 * The Dockerfile as highlighted HTML with line numbers: what the page shows before the
 * editor loads (rendered at build time), and what prints. Its metrics match the editor's
 * (font, 20px lines, 12px padding, gutter), so nothing moves when Monaco takes over.
 */
export const StaticCode = memo(function StaticCode({ text, highlight = null, label }: StaticCodeProps) {
  const lines = highlightDockerfile(text);
  return (
    <pre className="code-block m-0 overflow-x-auto py-[var(--code-pad-y)]" aria-label={label} tabIndex={0}>
      <code className="block min-w-max">
        {lines.map((tokens, i) => {
          const n = i + 1;
          const marked = highlight !== null && n >= highlight.line && n <= highlight.endLine;
          return (
            <span key={n} data-line={n} className={`flex h-[var(--code-line-height)] ${marked ? "static-line-highlight" : ""}`}>
              <span aria-hidden="true" className="w-[calc(3ch+11px)] shrink-0 select-none pr-[12px] text-right text-[var(--code-gutter)]">
                {n}
              </span>
              <span className="whitespace-pre pr-4">
                {tokens.map((t, j) => (t.kind === "plain" ? t.text : <span key={j} className={`tok-${t.kind}`}>{t.text}</span>))}
                {"\n"}
              </span>
            </span>
          );
        })}
      </code>
    </pre>
  );
}, sameCode);

/** Re-render only for another text, label or highlighted range (not for an equal range in a new object). */
function sameCode(a: StaticCodeProps, b: StaticCodeProps): boolean {
  return a.text === b.text && a.label === b.label && (a.highlight ?? null)?.line === (b.highlight ?? null)?.line && (a.highlight ?? null)?.endLine === (b.highlight ?? null)?.endLine;
}
