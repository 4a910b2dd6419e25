"use client";
import dynamic from "next/dynamic";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { ErrorBoundary } from "@/components/ui/error-boundary";

const DockerfileDiff = dynamic(() => import("@/components/editor/dockerfile-diff").then((m) => m.DockerfileDiff), { ssr: false });

interface DiffViewProps {
  before: string;
  after: string;
  beforeLabel: string;
  afterLabel: string;
  /** Height to reserve, in pixels, so nothing moves when Monaco replaces the static diff. */
  height: number;
  /** The static diff, rendered on the server. */
  children: ReactNode;
}

/** Shows the static diff, and Monaco's diff editor over it once the section scrolls into view. */
export function DiffView({ before, after, beforeLabel, afterLabel, height, children }: DiffViewProps) {
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  const [monacoReady, setMonacoReady] = useState(false);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: "200px" },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={box} className="relative overflow-hidden rounded-xl border border-border bg-[var(--code-bg)]" style={{ height }}>
      <div className={`absolute inset-0 overflow-auto py-3 ${monacoReady ? "invisible" : ""}`} data-static-diff>
        {children}
      </div>
      {visible && (
        <div className={`absolute inset-0 bg-[var(--code-bg)] ${monacoReady ? "" : "invisible"}`}>
          {/* If Monaco cannot load (offline on a first visit), the static diff stays. */}
          <ErrorBoundary fallback={null}>
            <DockerfileDiff before={before} after={after} beforeLabel={beforeLabel} afterLabel={afterLabel} onReady={() => setMonacoReady(true)} />
          </ErrorBoundary>
        </div>
      )}
    </div>
  );
}
