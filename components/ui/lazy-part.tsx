"use client";
/**
 * A part of the page whose code loads when it first renders, not with the first screen. The
 * server still renders it where it is on the page at first. A chunk that cannot arrive (the
 * site was deployed again since the page opened, and no service worker kept it; or offline on
 * a first visit) says so and offers a reload; the workspace saves every edit as it is typed, so
 * the reload loses nothing.
 */
import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import { ErrorBoundary } from "./error-boundary";
import { PartLoadNotice, type LazyPart } from "./part-load-notice";

export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, part: LazyPart): ComponentType<P> {
  const Part = dynamic(load, { loading: () => <p className="text-sm text-muted">Loading…</p> });
  function LazyPartOf(props: P) {
    return (
      <ErrorBoundary fallback={<PartLoadNotice parts={[part]} save={() => {}} className="rounded-lg" />}>
        <Part {...props} />
      </ErrorBoundary>
    );
  }
  return LazyPartOf;
}
