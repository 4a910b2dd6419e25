"use client";
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { diffLines } from "@/lib/diff";
import { highlightDockerfile } from "@/lib/dockerfile/highlight";

const DockerfileDiff = dynamic(() => import("@/components/editor/dockerfile-diff").then((m) => m.DockerfileDiff), { ssr: false });

interface DiffViewProps {
  before: string;
  after: string;
  beforeLabel: string;
  afterLabel: string;
}

const SIGN = { same: " ", removed: "−", added: "+" } as const;
const ROW = {
  same: "",
  removed: "bg-[var(--diff-del-bg)] text-[var(--diff-del-text)]",
  added: "bg-[var(--diff-add-bg)] text-[var(--diff-add-text)]",
} as const;

/**
 * The comparison as a static unified diff (rendered at build time, printable, readable by
 * screen readers), replaced by Monaco's diff editor when it scrolls into view.
 */
export function DiffView({ before, after, beforeLabel, afterLabel }: DiffViewProps) {
  const lines = diffLines(before, after);
  const colours = highlightDockerfile(after);
  const oldColours = highlightDockerfile(before);
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  const [monacoReady, setMonacoReady] = useState(false);
  const height = lines.length * 20 + 24;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setVisible(true);
        observer.disconnect();
      }
    }, { rootMargin: "200px" });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={box} className="relative overflow-hidden rounded-xl border border-border bg-[var(--code-bg)]" style={{ height }}>
      <div className={`absolute inset-0 overflow-auto py-3 ${monacoReady ? "invisible" : ""}`} data-static-diff>
        <table className="code-block w-full border-collapse">
          <caption className="sr-only">
            Line-by-line differences from the {beforeLabel.toLowerCase()} Dockerfile to the {afterLabel.toLowerCase()} one: lines marked − are removed, lines marked + are added.
          </caption>
          <tbody>
            {lines.map((line, i) => {
              const tokens = line.newLine !== null ? colours[line.newLine - 1] : line.oldLine !== null ? oldColours[line.oldLine - 1] : [];
              return (
                <tr key={i} className={`h-5 ${ROW[line.kind]}`} data-diff={line.kind}>
                  <td className="w-[4ch] select-none pr-1 text-right text-[var(--code-gutter)]">{line.oldLine ?? ""}</td>
                  <td className="w-[4ch] select-none pr-1 text-right text-[var(--code-gutter)]">{line.newLine ?? ""}</td>
                  <td className="w-[2ch] select-none text-center font-bold">
                    <span aria-hidden="true">{SIGN[line.kind]}</span>
                    <span className="sr-only">{line.kind === "same" ? "" : line.kind}</span>
                  </td>
                  <td className="whitespace-pre pr-4">
                    {line.kind === "same"
                      ? (tokens ?? []).map((t, j) => (t.kind === "plain" ? t.text : <span key={j} className={`tok-${t.kind}`}>{t.text}</span>))
                      : line.text}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {visible && (
        <div className={`absolute inset-0 bg-[var(--code-bg)] ${monacoReady ? "" : "invisible"}`}>
          <DockerfileDiff before={before} after={after} beforeLabel={beforeLabel} afterLabel={afterLabel} onReady={() => setMonacoReady(true)} />
        </div>
      )}
    </div>
  );
}
