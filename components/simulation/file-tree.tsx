import type { BaseFactsView, TreeNodeView } from "@/lib/workspace/simulation-view";

function Entry({ node }: { node: TreeNodeView }) {
  const isDir = node.type === "dir";
  return (
    <li data-path={node.path} data-from={node.from ?? undefined} className="py-0.5">
      <span className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-mono font-semibold">
          <span aria-hidden="true">{isDir ? "▸ " : "· "}</span>
          {node.name}
          {isDir ? "/" : ""}
        </span>
        <span className={`rounded px-1.5 text-xs ${node.origin === "stage" ? "bg-[var(--diff-add-bg)] text-[var(--diff-add-text)]" : "bg-surface-2 text-muted"}`}>
          {node.originText}
        </span>
        {node.display !== null && (
          <span className="font-mono text-xs text-muted">
            {node.display} <span className="font-sans">estimated</span>
          </span>
        )}
        {node.note && node.origin !== "base" && <span className="text-xs text-muted">{node.note}</span>}
      </span>
      {node.children.length > 0 && (
        <ul className="ml-3 border-l border-border pl-3">
          {node.children.map((c) => (
            <Entry key={c.path} node={c} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** What the base image gives a container: its C library, shell, certificates, time zones, default command and user. */
function BaseFacts({ base }: { base: BaseFactsView }) {
  return (
    <div className="mb-3 border-b border-border pb-2" data-testid="base-facts">
      <p className="font-semibold">
        What the base image <code className="inline-code">{base.image}</code> gives a container
      </p>
      <dl className="mt-1 grid grid-cols-[max-content_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-xs">
        {base.lines.map((l) => (
          <div key={l.label} className="contents">
            <dt className="text-muted">{l.label}</dt>
            <dd className={`font-mono ${l.value === "unknown" ? "text-muted" : ""}`}>{l.value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-1 text-xs text-muted">{base.source}</p>
    </div>
  );
}

/** The final image's files: the base image's top folders and every path the build added, each with the stage it came from. */
export function FileTree({ tree, base = null }: { tree: TreeNodeView | null; base?: BaseFactsView | null }) {
  if (!tree) return <p className="text-sm text-muted">There is no image yet, so no files.</p>;
  // The base image's own folders, untouched by the build, read best as one line.
  const untouched = tree.children.filter((c) => c.origin === "base" && c.children.length === 0);
  const added = tree.children.filter((c) => !untouched.includes(c));
  const baseNote = untouched[0]?.note ?? null;
  return (
    <div data-testid="file-tree" className="rounded-lg border border-border bg-surface p-3 text-sm">
      {base && <BaseFacts base={base} />}
      {untouched.length > 0 && (
        <p>
          <span className="font-semibold">From the base image:</span> <span className="font-mono">{untouched.map((c) => `${c.name}/`).join(" ")}</span>
          {baseNote && <span className="block text-xs text-muted">{baseNote}</span>}
        </p>
      )}
      {added.length > 0 ? (
        <ul aria-label="Files the build added to the final image" className="mt-2">
          {added.map((c) => (
            <Entry key={c.path} node={c} />
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-muted">The build adds no files to the base image.</p>
      )}
    </div>
  );
}
