// The renderer's only way to the backend: a typed Api built from the shared
// contract. Which shell hosts the page decides the transport (Electron's
// preload bridge, or HTTP to the browser host on 127.0.0.1); nothing else in
// the renderer knows or cares which one it got.
import { makeApi, toCallResult, type Api, type BridgeApi, type CallResult, type MethodName } from '../shared/contract.js';
import type { ShellBridge } from '../shared/shellBridge.js';
import { createHttpDataChanges, NO_DATA_CHANGES, type DataChanges } from './dataChanges.js';
import { asConnection, createHostConnection, isKeyRefusal, secretInHash, SECRET_STORAGE_KEY, type HostConnection } from './hostConnection.js';

export { SECRET_STORAGE_KEY };

declare global {
  interface Window {
    /** Set by Electron's preload; absent in the browser host. */
    fieldbook?: BridgeApi;
    /** The desktop shell's own services (a real PDF); absent in the browser host. */
    fieldbookShell?: ShellBridge;
  }
}

const UNREACHABLE_MESSAGE =
  'Fieldbook could not reach its local server. Check that the window where you started "fieldbook web" is still running, then try again; if you started it again, open the address it printed this time.';
const BRIDGE_FAILED_MESSAGE = 'Fieldbook could not reach its background process. Please restart Fieldbook.';
const NO_SECRET_MESSAGE =
  'This page was opened without its access key. Open Fieldbook again from the address that "fieldbook web" printed.';

function failure(message: string): CallResult {
  return { ok: false, error: { code: 'internal', message } };
}

/** Electron: the preload's bridge already returns CallResults; guard the shape anyway. */
export function createBridgeApi(bridge: BridgeApi): Api {
  return makeApi(async (method, input) => {
    try {
      return toCallResult(await bridge[method](input));
    } catch {
      return failure(BRIDGE_FAILED_MESSAGE);
    }
  });
}

/**
 * Browser host: POST /api/<method> with the tab's key, as it is at each call.
 * The host answers every call, also 4xx and 5xx, with a JSON CallResult, so
 * the status code is not consulted; a body that is not a CallResult becomes a
 * readable error. What each call found goes to the connection.
 */
export function createHttpApi(connection: HostConnection | string | null, fetchImpl: typeof fetch = (...args) => fetch(...args)): Api {
  const host = asConnection(connection);
  return makeApi(async (method: MethodName, input: unknown): Promise<CallResult> => {
    const secret = host.key();
    if (!secret) return { ok: false, error: { code: 'unauthorized', message: NO_SECRET_MESSAGE } };
    let response: Response;
    try {
      response = await fetchImpl(`/api/${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      host.report('unreachable', secret);
      return failure(UNREACHABLE_MESSAGE);
    }
    host.report(isKeyRefusal(response) ? 'key_refused' : 'answered', secret);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    return toCallResult(body);
  });
}

/**
 * The browser host opens the page at /#secret=HEX. Take the secret, keep it
 * for this tab only (sessionStorage, so a reload still works but it does not
 * outlive the tab), and drop it from the visible URL so it does not end up in
 * history, bookmarks or a screenshot.
 */
export function takeSecretFromLocation(loc: Location = window.location, storage: Storage = window.sessionStorage): string | null {
  const fromHash = secretInHash(loc.hash);
  if (fromHash) {
    storage.setItem(SECRET_STORAGE_KEY, fromHash);
    window.history.replaceState(window.history.state, '', `${loc.pathname}${loc.search}`);
    return fromHash;
  }
  return storage.getItem(SECRET_STORAGE_KEY);
}

/**
 * The address pasted into this tab's address bar while it is open (after a
 * restart of the host): the browser changes only the fragment, with no reload.
 * Take the new key at once and put back the address as it was (the section the
 * person was in), so the key leaves the URL and the screen stays.
 */
export function followSecretInLocation(connection: HostConnection, win: Window = window): () => void {
  const onHashChange = (event: HashChangeEvent) => {
    const secret = secretInHash(win.location.hash);
    if (!secret) return;
    const before = event.oldURL ? new URL(event.oldURL).hash : '';
    win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}${secretInHash(before) ? '' : before}`);
    connection.useKey(secret);
  };
  win.addEventListener('hashchange', onHashChange);
  return () => win.removeEventListener('hashchange', onHashChange);
}

/**
 * Picks the transport for the shell this page runs in, for calls and for what
 * changed, and in the browser host the tab's connection to it. Call once,
 * before rendering (and before hash routing listens, so a pasted address's
 * key is taken out first).
 */
export function connectShell(): { api: Api; changes: DataChanges; connection?: HostConnection } {
  if (window.fieldbook) {
    const shell = window.fieldbookShell;
    return { api: createBridgeApi(window.fieldbook), changes: shell ? { subscribe: (listener) => shell.onDataChanged(listener) } : NO_DATA_CHANGES };
  }
  const connection = createHostConnection(takeSecretFromLocation(), window.sessionStorage);
  followSecretInLocation(connection);
  return { api: createHttpApi(connection), changes: createHttpDataChanges(connection), connection };
}
