// Files as the API carries them: a chosen file read as base64, and base64
// turned back into bytes for a download.

/** The file's bytes as base64. */
export function readFileAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

export function bytesOfBase64(dataBase64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
}
