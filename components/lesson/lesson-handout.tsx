import { InlineText } from "@/components/ui/inline-text";
import type { Lesson } from "@/lib/course/types";
import type { LineSpan } from "@/lib/workspace/annotations";
import { diffLines, type DiffLine } from "@/lib/workspace/diff";

const SIGN = { same: " ", removed: "−", added: "+" } as const;

/**
 * The diff as runs of lines of one kind, each line with its sign (`+`, `−`, or a space):
 * unchanged runs are plain text, so only the changed lines cost an element.
 */
function diffRuns(before: string, after: string): { kind: DiffLine["kind"]; text: string }[] {
  const runs: { kind: DiffLine["kind"]; text: string }[] = [];
  for (const line of diffLines(before, after)) {
    const text = `${SIGN[line.kind]} ${line.text}\n`;
    const last = runs.at(-1);
    if (last?.kind === line.kind) last.text += text;
    else runs.push({ kind: line.kind, text });
  }
  return runs;
}

const linesOf = (span: LineSpan) => (span.line === span.endLine ? `line ${span.line}` : `lines ${span.line}–${span.endLine}`);

/**
 * What a printed lesson adds to its text: the lesson's Dockerfile with line numbers, its
 * annotations numbered and tied to those lines, and the single-stage / multi-stage diff. On
 * screen the workbench shows all of it live, so this section is print only (globals.css).
 *
 * Static HTML with no script, and deliberately plain: a server component's markup is in the
 * page's HTML and again in each copy of its RSC payload (inline, and three .txt files the
 * service worker precaches), so a highlighted token span or a utility class per line is
 * paid for five times over, on every lesson. Line numbers and colours come from CSS, and the
 * diff's unchanged lines are plain text.
 */
export function LessonHandout({ lesson }: { lesson: Lesson }) {
  const code = lesson.dockerfile.text.replace(/\n$/, "").split("\n");
  const compare = lesson.compare;
  return (
    <section aria-label="Handout" className="lesson-handout" data-handout="">
      <h2>The lesson&apos;s Dockerfile</h2>
      <pre className="code-block" aria-label={`The lesson's Dockerfile (${lesson.dockerfile.name})`}>
        <code>
          {code.map((line, i) => (
            <span key={i} data-line={i + 1}>
              {`${line}\n`}
            </span>
          ))}
        </code>
      </pre>
      {lesson.annotations.length > 0 && (
        <>
          <h2 id="handout-annotations">Annotations</h2>
          <ol aria-labelledby="handout-annotations">
            {lesson.annotations.map((a, i) => (
              <li key={a.id}>
                <b>{i + 1}</b> <strong>{a.title}</strong> ({linesOf(a.span)}): <InlineText nodes={a.text} />
              </li>
            ))}
          </ol>
        </>
      )}
      {compare && (
        <>
          <h2 id="handout-diff">
            The changes: {compare.before.label} (−) to {compare.after.label} (+)
          </h2>
          <pre className="code-block" aria-labelledby="handout-diff" data-handout-diff="">
            {diffRuns(compare.before.text, compare.after.text).map((run, i) =>
              run.kind === "same" ? (
                run.text
              ) : (
                <span key={i} data-diff={run.kind}>
                  {run.text}
                </span>
              ),
            )}
          </pre>
        </>
      )}
    </section>
  );
}
