"use client";
import { useId, useState, type KeyboardEvent } from "react";
import type { LogsView } from "@/lib/workspace/simulation-view";

type Builder = "buildkit" | "legacy";

const TABS: { id: Builder; label: string }[] = [
  { id: "buildkit", label: "BuildKit" },
  { id: "legacy", label: "Legacy builder" },
];

interface BuildLogProps {
  logs: LogsView;
  /** The `--target` chosen in the Target control, or null. */
  target: string | null;
  /** `-t` of the build, if the page knows it. */
  tag?: string;
}

/** The simulated `docker build` output in both builders' formats, as tabs. */
export function BuildLog({ logs, target, tag }: BuildLogProps) {
  const [builder, setBuilder] = useState<Builder>("buildkit");
  const id = useId();
  const args = `${target === null ? "" : ` --target ${target}`}${tag ? ` -t ${tag}` : ""} .`;
  const command = builder === "buildkit" ? `docker build${args}` : `DOCKER_BUILDKIT=0 docker build${args}`;
  const lines = builder === "buildkit" ? logs.buildkit : logs.legacy;

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    const next: Builder = builder === "buildkit" ? "legacy" : "buildkit";
    setBuilder(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  }

  return (
    <div className="rounded-lg border border-border bg-surface" data-testid="build-log">
      <p className="border-b border-border bg-[var(--callout-bg)] px-3 py-2 text-sm">
        <strong>{logs.notice.headline}</strong> <span className="text-muted">{logs.notice.detail}</span>
      </p>
      <div role="tablist" aria-label="Builder" className="flex gap-1 border-b border-border px-2 pt-2">
        {TABS.map((tab) => (
          <button
            key={tab.id}
            id={`${id}-tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={builder === tab.id}
            aria-controls={`${id}-panel`}
            tabIndex={builder === tab.id ? 0 : -1}
            onClick={() => setBuilder(tab.id)}
            onKeyDown={onKeyDown}
            className={`-mb-px min-h-10 rounded-t-md border px-3 text-sm font-semibold ${
              builder === tab.id ? "border-border border-b-surface bg-surface text-text" : "border-transparent text-muted hover:text-text"
            }`}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div id={`${id}-panel`} role="tabpanel" aria-labelledby={`${id}-tab-${builder}`} className="p-3">
        <p className="overflow-x-auto whitespace-pre font-mono text-xs text-muted">$ {command}</p>
        <pre className="mt-2 max-h-96 overflow-auto rounded-md bg-[var(--code-bg)] p-3 font-mono text-xs leading-5" data-testid={`log-${builder}`} tabIndex={0}>
          {lines.join("\n")}
        </pre>
      </div>
    </div>
  );
}
