// What Electron's preload offers beside the API bridge: the services of the
// desktop shell itself, which the browser host has no counterpart for (there
// the page prints with window.print()): saving the page as a real PDF, and
// what changed in the store (the browser host streams that at GET /events).
// Results cross the context bridge as plain data, checked here so the
// renderer never trusts a malformed answer.
import type { DataChange } from './sync/dataChange.js';

export interface SavePdfResult {
  /** False when the person cancelled the dialog, or when `error` says why not. */
  saved: boolean;
  /** Where the file was written. */
  path?: string;
  /** A sentence for the person. */
  error?: string;
}

export interface ShellBridge {
  /** Prints the page (its print stylesheet) to a PDF and asks where to save it. */
  savePdf(suggestedName: string): Promise<SavePdfResult>;
  /** Calls `listener` with what changed in the store, until the returned function is called. */
  onDataChanged(listener: (change: DataChange) => void): () => void;
}

export const PDF_UNREACHABLE_MESSAGE = 'Fieldbook could not reach its background process to save the PDF. Please restart Fieldbook.';

export function toSavePdfResult(value: unknown): SavePdfResult {
  if (typeof value !== 'object' || value === null || typeof (value as SavePdfResult).saved !== 'boolean') {
    return { saved: false, error: PDF_UNREACHABLE_MESSAGE };
  }
  const { saved, path, error } = value as SavePdfResult;
  return {
    saved,
    ...(typeof path === 'string' ? { path } : {}),
    ...(typeof error === 'string' ? { error } : {}),
  };
}
