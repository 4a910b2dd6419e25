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
  /** Why the edits get no link (too long to survive a chat app, or too large), or null. */
  noLink: string | null;
}

interface ShareDialogProps {
  dialogRef: Ref<HTMLDialogElement>;
  share: ShareTarget | null;
  /** Whether the code carries the edits (dense) rather than the lesson's address (coarse). */
  shareEdits: boolean;
  onToggleEdits(): void;
  /** Downloads the Dockerfile on screen, for edits too long for a link. */
  onDownload(): void;
}

/** "Share with the class": a QR code and the address, large enough to read from the back. */
export function ShareDialog({ dialogRef, share, shareEdits, onToggleEdits, onDownload }: ShareDialogProps) {
  const showsEdits = share !== null && share.edited && shareEdits && share.noLink === null;
  return (
    <dialog ref={dialogRef} aria-labelledby="presenter-share-title" className="presenter-dialog m-auto max-w-5xl rounded-xl border border-border bg-surface p-8 text-text">
      <h2 id="presenter-share-title" className="text-3xl font-bold">
        Share with the class
      </h2>
      {share && (
        <div className="mt-6 flex flex-wrap items-center gap-8">
          {showsEdits ? (
            <QrCode text={share.link} label="QR code for the playground, with the Dockerfile on screen" size={480} />
          ) : (
            <QrCode text={share.lessonUrl} label={`QR code for ${share.lessonUrl}`} size={360} />
          )}
          <div className="min-w-0 flex-1">
            <p className="m-0 text-xl">
              {showsEdits
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
            {share.edited && share.noLink !== null && (
              <div className="mt-4 rounded-lg border border-border bg-surface-2 p-4 text-lg" data-testid="share-no-link">
                <p className="m-0">
                  <strong>The edits get no link.</strong> {share.noLink}
                </p>
                <Button className="mt-3" onClick={onDownload}>
                  Download the Dockerfile
                </Button>
              </div>
            )}
            {share.edited && share.noLink === null && (
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
