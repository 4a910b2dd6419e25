import { diffLines } from "@/lib/workspace/diff";
import { highlightDockerfile } from "@/lib/dockerfile/highlight";

const SIGN = { same: " ", removed: "−", added: "+" } as const;
const ROW = {
  same: "",
  removed: "bg-[var(--diff-del-bg)] text-[var(--diff-del-text)]",
  added: "bg-[var(--diff-add-bg)] text-[var(--diff-add-text)]",
} as const;

interface StaticDiffProps {
  before: string;
  after: string;
  beforeLabel: string;
  afterLabel: string;
}

/** Rows the static diff has, so its container can reserve the height before it renders. */
export function staticDiffRows(before: string, after: string): number {
  return diffLines(before, after).length;
}

/**
 * A unified line diff rendered at build time: readable before any script runs, by screen
 * readers (a table with headers), and on paper.
 */
export function StaticDiff({ before, after, beforeLabel, afterLabel }: StaticDiffProps) {
  const lines = diffLines(before, after);
  const newColours = highlightDockerfile(after);
  const oldColours = highlightDockerfile(before);
  return (
    <table className="code-block w-full border-collapse">
      <caption className="sr-only">
        Line-by-line differences from the {beforeLabel.toLowerCase()} Dockerfile to the {afterLabel.toLowerCase()} one.
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
        {lines.map((line, i) => {
          const tokens =
            line.kind !== "same" ? null : line.newLine !== null ? newColours[line.newLine - 1] : null;
          return (
            <tr key={i} className={`h-5 ${ROW[line.kind]}`} data-diff={line.kind}>
              <td className="w-[4ch] select-none pr-1 text-right text-[var(--code-gutter)]">{line.oldLine ?? ""}</td>
              <td className="w-[4ch] select-none pr-1 text-right text-[var(--code-gutter)]">{line.newLine ?? ""}</td>
              <td className="w-[2ch] select-none text-center font-bold">
                <span aria-hidden="true">{SIGN[line.kind]}</span>
                <span className="sr-only">{line.kind === "same" ? "unchanged" : line.kind}</span>
              </td>
              <td className="whitespace-pre pr-4">
                {tokens
                  ? tokens.map((t, j) => (t.kind === "plain" ? t.text : <span key={j} className={`tok-${t.kind}`}>{t.text}</span>))
                  : line.text || (line.oldLine !== null ? (oldColours[line.oldLine - 1] ?? []).map((t) => t.text).join("") : "")}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
