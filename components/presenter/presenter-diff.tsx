import type { CSSProperties } from "react";
import type { HunkRow } from "@/lib/workspace/diff-hunks";

const SIGN = { same: " ", removed: "−", added: "+" } as const;
const ROW = {
  same: "",
  removed: "bg-[var(--diff-del-bg)] text-[var(--diff-del-text)]",
  added: "bg-[var(--diff-add-bg)] text-[var(--diff-add-text)]",
} as const;

interface HunkTableProps {
  rows: HunkRow[];
  beforeLabel: string;
  afterLabel: string;
}

/**
 * The changed parts of a diff, as large as the slide allows: the type grows until the rows
 * fill the height or the longest line fills the width (CSS container units, globals.css
 * `.presenter-hunks`), so a short change reads from the back of the room.
 */
export function HunkTable({ rows, beforeLabel, afterLabel }: HunkTableProps) {
  const longest = Math.max(20, ...rows.map((r) => (r.kind === "fold" ? 24 : r.text.length)));
  return (
    // Focusable: long changes scroll, and a keyboard user must be able to scroll them (axe: scrollable-region-focusable).
    <div className="presenter-hunks min-h-0 flex-1 overflow-auto rounded-xl border border-border bg-[var(--code-bg)] py-2" tabIndex={0} role="region" aria-label="Changes" style={{ "--rows": rows.length, "--cols": longest } as CSSProperties}>
      <table className="code-block w-full border-collapse">
        <caption className="sr-only">
          What changes from the {beforeLabel.toLowerCase()} Dockerfile to the {afterLabel.toLowerCase()} one; unchanged lines are folded.
        </caption>
        <thead className="sr-only">
          <tr>
            <th scope="col">{beforeLabel} line</th>
            <th scope="col">{afterLabel} line</th>
            <th scope="col">Change</th>
            <th scope="col">Text</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) =>
            row.kind === "fold" ? (
              <tr key={i} data-diff="fold" className="text-[var(--code-gutter)]">
                <td colSpan={3} />
                <td className="whitespace-pre pr-4 italic">⋯ {row.count} unchanged line{row.count === 1 ? "" : "s"}</td>
              </tr>
            ) : (
              <tr key={i} className={ROW[row.kind]} data-diff={row.kind}>
                <td className="w-[3.5ch] select-none pr-1 text-right text-[var(--code-gutter)]">{row.oldLine ?? ""}</td>
                <td className="w-[3.5ch] select-none pr-1 text-right text-[var(--code-gutter)]">{row.newLine ?? ""}</td>
                <td className="w-[2ch] select-none text-center font-bold">
                  <span aria-hidden="true">{SIGN[row.kind]}</span>
                  <span className="sr-only">{row.kind === "same" ? "unchanged" : row.kind}</span>
                </td>
                <td className="whitespace-pre pr-4">{row.text}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  );
}
