/**
 * Offer text as a file download from an extension page; nothing leaves the browser. The object URL
 * is revoked once the browser has had time to start the download.
 */
export function downloadText(fileName: string, parts: readonly string[], type: string): void {
  const url = URL.createObjectURL(new Blob([...parts], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
