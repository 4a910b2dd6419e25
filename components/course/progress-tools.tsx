"use client";
import { useRef, useState, type ChangeEvent } from "react";
import { importProgress, MAX_IMPORT_CHARS, readProgress, serializeProgress } from "@/lib/browser/progress";
import { browserStorage } from "@/lib/browser/storage";
import { Button } from "@/components/ui/button";
import { downloadText } from "@/components/ui/download-text";
import { notifyProgressChanged, useProgress } from "@/hooks/use-progress";

/** The student's progress in numbers, with Export and Import to carry it to another machine. */
export function ProgressTools({ lessonCount, exerciseIds }: { lessonCount: number; exerciseIds: string[] }) {
  const progress = useProgress();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const visited = progress ? Object.keys(progress.visited).length : 0;
  const solved = progress ? exerciseIds.filter((id) => Object.hasOwn(progress.solved, id)).length : 0;

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = ""; // choosing the same file again fires change again
    if (!file) return;
    // Refuse before reading: a huge file is not progress, and reading it would stall the page.
    if (file.size > MAX_IMPORT_CHARS * 4) {
      setMessage({ ok: false, text: "Nothing was imported. This file is too large to be a Stagecraft progress file." });
      return;
    }
    const result = importProgress(browserStorage(), await file.text().catch(() => ""), Date.now());
    if (result.ok) {
      notifyProgressChanged();
      const v = Object.keys(result.progress.visited).length;
      const s = Object.keys(result.progress.solved).length;
      setMessage({ ok: true, text: `Imported ${file.name}. You now have ${v} lesson${v === 1 ? "" : "s"} visited and ${s} exercise${s === 1 ? "" : "s"} solved.` });
    } else {
      setMessage({ ok: false, text: `Nothing was imported. ${result.message}` });
    }
  }

  return (
    <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border border-border bg-surface p-4">
      <p className="m-0 min-w-0 flex-1 basis-64">
        {progress === null ? (
          "Your progress is kept in this browser."
        ) : (
          <>
            Visited <strong>{visited}</strong> of {lessonCount} lessons, solved <strong>{solved}</strong> of {exerciseIds.length} exercises. Kept in this
            browser only.
          </>
        )}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => downloadText("stagecraft-progress.json", serializeProgress(readProgress(browserStorage()), Date.now()))}>Export progress</Button>
        <Button onClick={() => input.current?.click()}>Import progress</Button>
        <input ref={input} type="file" accept=".json,application/json" className="sr-only" tabIndex={-1} aria-label="Progress file to import" onChange={(e) => void onFile(e)} />
      </div>
      <p role="status" aria-live="polite" className={message ? `m-0 w-full text-sm ${message.ok ? "text-muted" : "font-semibold text-danger"}` : "sr-only"}>
        {message && (
          <>
            <span aria-hidden="true">{message.ok ? "✓ " : "✗ "}</span>
            {message.text}
          </>
        )}
      </p>
    </div>
  );
}
