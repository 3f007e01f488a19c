// The sandboxed preload: it exposes exactly one object, window.fieldbook, with
// one function per contract method. Each call travels over the single IPC
// channel and resolves to a CallResult (errors do not keep their fields across
// the context bridge); the renderer wraps it with makeApi. No ipcRenderer, no
// Node, nothing else reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { makeBridge, toCallResult } from '../shared/contract.js';
import { IPC_CHANNEL } from './channel.js';

const bridge = makeBridge((method, input) =>
  ipcRenderer.invoke(IPC_CHANNEL, method, input).then(toCallResult, () => toCallResult(null)),
);

contextBridge.exposeInMainWorld('fieldbook', bridge);
