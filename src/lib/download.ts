const REVOKE_DELAY = 1000; // ms: long enough for the browser to start the download

/** Saves a blob as a file through a temporary object URL; no server involved. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY);
}

export function downloadText(fileName: string, text: string, type = "application/json"): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
