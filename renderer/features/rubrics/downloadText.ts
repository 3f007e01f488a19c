// Saves text (or bytes) as a file the way a web page does: a Blob behind a temporary
// <a download> link. The browser host's page and Electron's window both turn
// that click into a download (Electron asks where to save it).
export function downloadText(fileName: string, content: BlobPart, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
