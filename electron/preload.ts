// The sandboxed preload: it exposes two objects. window.fieldbook has one
// function per contract method; each call travels over the single API
// channel and resolves to a CallResult (errors do not keep their fields
// across the context bridge); the renderer wraps it with makeApi.
// window.fieldbookShell has the shell's own service, savePdf, over a channel
// of its own, and onDataChanged: what changed in the store, checked and
// passed on as plain data (never the IPC event). No ipcRenderer, no Node,
// nothing else reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { makeBridge, toCallResult } from '../shared/contract.js';
import { toSavePdfResult, type ShellBridge } from '../shared/shellBridge.js';
import { toDataChange } from '../shared/sync/dataChange.js';
import { DATA_CHANGED_CHANNEL, IPC_CHANNEL, SAVE_PDF_CHANNEL } from './channel.js';

const bridge = makeBridge((method, input) =>
  ipcRenderer.invoke(IPC_CHANNEL, method, input).then(toCallResult, () => toCallResult(null)),
);

const shellBridge: ShellBridge = {
  savePdf: (suggestedName) =>
    ipcRenderer.invoke(SAVE_PDF_CHANNEL, String(suggestedName)).then(toSavePdfResult, () => toSavePdfResult(null)),
  onDataChanged: (listener) => {
    const forward = (_event: unknown, change: unknown) => {
      const checked = toDataChange(change);
      if (checked) listener(checked);
    };
    ipcRenderer.on(DATA_CHANGED_CHANNEL, forward);
    return () => void ipcRenderer.off(DATA_CHANGED_CHANNEL, forward);
  },
};

contextBridge.exposeInMainWorld('fieldbook', bridge);
contextBridge.exposeInMainWorld('fieldbookShell', shellBridge);
