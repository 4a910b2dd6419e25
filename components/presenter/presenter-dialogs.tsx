"use client";
import type { Ref } from "react";
import { Button } from "@/components/ui/button";
import { PRESENTER_KEYS } from "./presenter-keys";
import { QrCode } from "./qr-code";

/** The `?` dialog: every key presenter view answers to. */
export function KeysDialog({ dialogRef }: { dialogRef: Ref<HTMLDialogElement> }) {
  return (
    <dialog ref={dialogRef} aria-labelledby="presenter-keys-title" className="presenter-dialog m-auto max-w-2xl rounded-xl border border-border bg-surface p-8 text-text">
      <h2 id="presenter-keys-title" className="text-3xl font-bold">
        Keys
      </h2>
      <table className="mt-4 w-full text-xl">
        <tbody>
          {PRESENTER_KEYS.map(({ keys, action }) => (
            <tr key={action} className="border-t border-border">
              <th scope="row" className="py-2 pr-6 text-left font-normal whitespace-nowrap">
                {keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && " "}
                    <kbd className="rounded border border-border bg-surface-2 px-2 py-0.5 font-mono text-lg">{k}</kbd>
                  </span>
                ))}
              </th>
              <td className="py-2">{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-4 text-lg text-muted">The keys pause while you type in the editor.</p>
      <form method="dialog" className="mt-4 text-right">
        <Button type="submit">Close</Button>
      </form>
    </dialog>
  );
}

/** What the share dialog offers: the lesson's address, and a playground link when the Dockerfile was edited. */
export interface ShareTarget {
  lessonUrl: string;
  /** The playground link carrying the edited Dockerfile, or the lesson's address. */
  link: string;
  edited: boolean;
}

interface ShareDialogProps {
  dialogRef: Ref<HTMLDialogElement>;
  share: ShareTarget | null;
  /** Whether the code carries the edits (dense) rather than the lesson's address (coarse). */
  shareEdits: boolean;
  onToggleEdits(): void;
}

/** "Share with the class": a QR code and the address, large enough to read from the back. */
export function ShareDialog({ dialogRef, share, shareEdits, onToggleEdits }: ShareDialogProps) {
  return (
    <dialog ref={dialogRef} aria-labelledby="presenter-share-title" className="presenter-dialog m-auto max-w-5xl rounded-xl border border-border bg-surface p-8 text-text">
      <h2 id="presenter-share-title" className="text-3xl font-bold">
        Share with the class
      </h2>
      {share && (
        <div className="mt-6 flex flex-wrap items-center gap-8">
          {share.edited && shareEdits ? (
            <QrCode text={share.link} label="QR code for the playground, with the Dockerfile on screen" size={480} />
          ) : (
            <QrCode text={share.lessonUrl} label={`QR code for ${share.lessonUrl}`} size={360} />
          )}
          <div className="min-w-0 flex-1">
            <p className="m-0 text-xl">
              {share.edited && shareEdits
                ? "Scan the code to open the Dockerfile on screen, with its edits, in the playground. Or type the lesson's address:"
                : "Scan the code, or type:"}
            </p>
            <p className="mt-2 font-mono text-2xl font-bold" data-testid="share-url">
              {/* Long addresses wrap after a slash, never inside a word. */}
              {share.lessonUrl.split(/(?<=\/)/).map((part, i) => (
                <span key={i}>
                  {part}
                  <wbr />
                </span>
              ))}
            </p>
            {share.edited && (
              <p className="mt-3 flex flex-wrap items-center gap-3 text-lg">
                <Button onClick={onToggleEdits}>{shareEdits ? "Lesson link instead (a coarser code)" : "Share the edits instead"}</Button>
                <a href={share.link} className="font-semibold text-accent underline" data-testid="share-playground-link">
                  The playground link
                </a>
              </p>
            )}
          </div>
        </div>
      )}
      <form method="dialog" className="mt-6 text-right">
        <Button type="submit">Close</Button>
      </form>
    </dialog>
  );
}
