/**
 * Saves text as a file through the browser's download, with no server involved. The blob is
 * typed application/octet-stream: as text/plain, Chromium renames `Dockerfile` to `Dockerfile.txt`.
 */
export function downloadText(filename: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/octet-stream" }));
  const link = doc.createElement("a");
  link.href = url;
  link.download = filename;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoke on the next task: Chromium reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
