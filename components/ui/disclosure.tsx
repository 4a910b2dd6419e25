"use client";
import { useState, type ReactNode } from "react";

/**
 * A `<details>` whose content is rendered only once it is opened: for a long part behind a
 * disclosure (the final image's file tree, some 300 elements), so the first load neither
 * puts in the HTML nor hydrates what most students never open (its data still comes with
 * the page, so opening it is instant). It stays rendered once opened.
 */
export function Disclosure({ summary, className, summaryClassName, children }: { summary: ReactNode; className?: string; summaryClassName?: string; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary className={summaryClassName}>{summary}</summary>
      {opened && children}
    </details>
  );
}
