// The one IPC channel between the renderer's preload and the main process.
// Kept in its own import-free module so that the sandboxed preload can bundle
// it without pulling in any Node built-in (a sandboxed preload cannot require
// them).
export const IPC_CHANNEL = 'fieldbook:call';
