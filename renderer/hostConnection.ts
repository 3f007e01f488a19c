// The browser host's key in this tab, and what the host last made of it. The
// host gives out a new key each time it starts (README, "Security model"), so
// a tab left open across a restart holds an old one: the transports report
// each answer here, the app shows what to do (ReconnectNotice), and a new key
// (an address pasted into the address bar or into the notice's box) is used
// from the next request on, by the calls and by the stream of changes alike.

/** Where a reload finds the browser host's secret after it left the URL. */
export const SECRET_STORAGE_KEY = 'fieldbook.secret';

/** Why this tab cannot work with the host: no key at all, a key the host refused (it was restarted), or no answer. */
export type ConnectionProblem = 'no_key' | 'key_refused' | 'unreachable';

/** What one request found: the host answered (with any result), refused the key, or did not answer. */
export type RequestOutcome = 'answered' | 'key_refused' | 'unreachable';

export interface HostConnection {
  /** The key to send, or null when this tab has none. */
  key(): string | null;
  /** A key from an address the person gave: kept for this tab (a reload still has it) and used from the next request on. */
  useKey(key: string): void;
  problem(): ConnectionProblem | null;
  /** What a request sent with `keyUsed` found; a late answer to an older key is not held against the current one. */
  report(outcome: RequestOutcome, keyUsed: string | null): void;
  /** Calls `listener` whenever the key or the problem changes, until the returned function is called. */
  subscribe(listener: () => void): () => void;
}

/** Where the key is kept for this tab: sessionStorage in the page (a structural type, so the Node side of the tests compiles this too). */
export interface KeyStorage {
  setItem(key: string, value: string): void;
}

/** `storage`: none in tests of one request. */
export function createHostConnection(initialKey: string | null, storage?: KeyStorage): HostConnection {
  let key = initialKey;
  let problem: Exclude<ConnectionProblem, 'no_key'> | null = null;
  const listeners = new Set<() => void>();
  const tell = () => listeners.forEach((listener) => listener());
  return {
    key: () => key,
    useKey(next) {
      storage?.setItem(SECRET_STORAGE_KEY, next);
      if (next === key && problem === null) return;
      key = next;
      problem = null;
      tell();
    },
    problem: () => (key === null ? 'no_key' : problem),
    report(outcome, keyUsed) {
      if (keyUsed !== key) return;
      const next = outcome === 'answered' ? null : outcome;
      if (next === problem) return;
      problem = next;
      tell();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A fixed key (or none) for a transport given no connection of its own: tests of one request. */
export function asConnection(connection: HostConnection | string | null): HostConnection {
  return typeof connection === 'object' && connection !== null ? connection : createHostConnection(connection);
}

/** The host's refusal of the key itself (host/server.ts), as against a backend answer with the same code. */
export function isKeyRefusal(response: Response): boolean {
  return response.status === 401 && (response.headers.get('WWW-Authenticate') ?? '').startsWith('Bearer ');
}

/** The key in an address's fragment (`#secret=HEX`), or null. */
export function secretInHash(hash: string): string | null {
  const secret = new URLSearchParams(hash.replace(/^#/, '')).get('secret');
  return secret && /^[0-9a-fA-F]+$/.test(secret) ? secret : null;
}

const NOT_AN_ADDRESS =
  'That is not the address Fieldbook printed: it starts with http://127.0.0.1: and a port, and ends in #secret= and a long key.';

export type PastedAddress = { kind: 'here'; key: string } | { kind: 'elsewhere'; url: string } | { kind: 'invalid'; message: string };

/**
 * An address pasted into the reconnect box. On this page's own address it
 * gives its key; on another port of this computer (Fieldbook started again on
 * a port of its own) it is where to go; anything else is not Fieldbook's.
 */
export function readPastedAddress(text: string, hereOrigin: string): PastedAddress {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { kind: 'invalid', message: NOT_AN_ADDRESS };
  }
  const key = secretInHash(url.hash);
  const local = url.protocol === 'http:' && (url.hostname === '127.0.0.1' || url.hostname === 'localhost') && url.port !== '';
  if (key === null || !local) return { kind: 'invalid', message: NOT_AN_ADDRESS };
  return url.origin === hereOrigin ? { kind: 'here', key } : { kind: 'elsewhere', url: url.href };
}
