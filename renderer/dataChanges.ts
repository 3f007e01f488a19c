// What changed in the store, as the shell tells it (renderer/api.ts picks the
// shell): Electron's preload passes the main process's announcements on; the
// browser host streams them at GET /events (server-sent events, read with
// fetch so the secret travels in a header as with every API call). One
// connection per page, shared by every screen that listens; a dropped stream
// is opened again, and since changes made meanwhile were not heard, every
// listener is told that anything may have changed. After a restart of the host
// the tab's key is refused: the stream says so to the connection and waits for
// the new key (hostConnection.ts), then listens again at once.
import { SYNCED_TABLE_NAMES } from '../shared/registry.js';
import { CONFLICTS, toDataChange, type DataChange } from '../shared/sync/dataChange.js';
import { asConnection, isKeyRefusal, type HostConnection, type RequestOutcome } from './hostConnection.js';

export interface DataChanges {
  /** Calls `listener` with each change until the returned function is called. */
  subscribe(listener: (change: DataChange) => void): () => void;
}

/** For a page no shell announces to (tests that do not follow changes). */
export const NO_DATA_CHANGES: DataChanges = { subscribe: () => () => undefined };

/** After a gap in listening: every table, and the hub. */
export const EVERYTHING_CHANGED: DataChange = { tables: [...SYNCED_TABLE_NAMES, CONFLICTS], hub: true };

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

/** The parts of a server-sent events stream that are data lines, each parsed and checked. */
export function readEventLines(text: string): { changes: DataChange[]; rest: string } {
  const blocks = text.split('\n\n');
  const rest = blocks.pop() ?? '';
  const changes: DataChange[] = [];
  for (const block of blocks) {
    for (const line of block.split('\n')) {
      if (!line.startsWith('data: ')) continue;
      try {
        const change = toDataChange(JSON.parse(line.slice('data: '.length)));
        if (change) changes.push(change);
      } catch {
        // A line that is not JSON is not ours to act on.
      }
    }
  }
  return { changes, rest };
}

/** The browser host's stream, opened while anyone listens and opened again (after a pause, or as soon as the tab has a new key) when it drops. */
export function createHttpDataChanges(connection: HostConnection | string | null, fetchImpl: typeof fetch = (...args) => fetch(...args)): DataChanges {
  const host = asConnection(connection);
  const listeners = new Set<(change: DataChange) => void>();
  const tell = (change: DataChange) => listeners.forEach((listener) => listener(change));
  let running = false;

  /** Resolves after `ms` (only on news, when null), or at once when the tab is given a key or the host answers a call again. */
  function pause(ms: number | null): Promise<void> {
    const keyBefore = host.key();
    return new Promise((resume) => {
      const done = () => {
        if (timer !== undefined) clearTimeout(timer);
        stop();
        resume();
      };
      const timer = ms === null ? undefined : setTimeout(done, ms);
      const stop = host.subscribe(() => {
        if (host.key() !== keyBefore || host.problem() === null) done();
      });
    });
  }

  /** One connection to the stream: whether it opened (and has now ended), or why not. */
  async function listenOnce(secret: string, afterGap: boolean): Promise<'heard' | RequestOutcome> {
    let response: Response;
    try {
      response = await fetchImpl('/events', { headers: { Authorization: `Bearer ${secret}` } });
    } catch {
      return 'unreachable';
    }
    if (isKeyRefusal(response)) {
      void response.body?.cancel().catch(() => undefined);
      return 'key_refused';
    }
    host.report('answered', secret);
    if (!response.ok || !response.body) return 'answered';
    if (afterGap) tell(EVERYTHING_CHANGED);
    try {
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const { changes, rest } = readEventLines(buffer + value);
        buffer = rest;
        changes.forEach(tell);
      }
    } catch {
      // The host stopped or restarted: listen again after a pause.
    }
    return 'heard';
  }

  async function listen(): Promise<void> {
    let failures = 0;
    while (listeners.size > 0) {
      const secret = host.key();
      if (secret === null) {
        await pause(null);
        continue;
      }
      const outcome = await listenOnce(secret, failures > 0);
      if (outcome === 'heard') failures = 0;
      else if (outcome !== 'answered') host.report(outcome, secret);
      failures += 1;
      // A refused key stays refused: only a new one (or a call the host answers) is worth trying again.
      await pause(outcome === 'key_refused' ? null : RETRY_MS[Math.min(failures, RETRY_MS.length) - 1]!);
    }
    running = false;
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (!running) {
        running = true;
        void listen();
      }
      return () => listeners.delete(listener);
    },
  };
}
