/** Saves text (or bytes, such as a zip) as a file through the browser's own download, which needs no extra permission. */
export function download(fileName: string, type: string, content: string | Uint8Array<ArrayBuffer>): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Chromium; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
