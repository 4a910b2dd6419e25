"use client";
import { useEffect } from "react";
import { recordVisit } from "@/lib/browser/progress";
import { browserStorage } from "@/lib/browser/storage";
import { notifyProgressChanged } from "@/hooks/use-progress";

/** Remembers, in this browser, that the student opened a lesson. Renders nothing. */
export function RecordVisit({ slug }: { slug: string }) {
  useEffect(() => {
    if (recordVisit(browserStorage(), slug, Date.now()).ok) notifyProgressChanged();
  }, [slug]);
  return null;
}
