// The IPC channels between the renderer's preload and the main process: one
// for every backend call, one for the shell's own service (saving a PDF), and
// one the main process sends on: what changed in the store.
// Kept in their own import-free module so that the sandboxed preload can
// bundle them without pulling in any Node built-in (a sandboxed preload
// cannot require them).
export const IPC_CHANNEL = 'fieldbook:call';
export const SAVE_PDF_CHANNEL = 'fieldbook:save-pdf';
export const DATA_CHANGED_CHANNEL = 'fieldbook:data-changed';
