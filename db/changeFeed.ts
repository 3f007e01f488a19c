// The store's announcements of what changed (shared/sync/dataChange.ts).
// Announcements made while one piece of work runs (an import applies page
// after page, an edit writes several rows) are gathered and delivered once,
// after it: the backend is synchronous, so by then every transaction of that
// work has ended and a listener that reads sees the state as it is (one that
// rolled back, a refused import, costs a listener a needless read).
import type { DataChange } from '../shared/sync/dataChange.js';

export interface ChangeFeed {
  announce(change: { tables?: Iterable<string>; hub?: boolean }): void;
  /** Returns the function that stops listening. */
  subscribe(listener: (change: DataChange) => void): () => void;
}

export function createChangeFeed(later: (deliver: () => void) => void = (deliver) => void setImmediate(deliver)): ChangeFeed {
  const listeners = new Set<(change: DataChange) => void>();
  let pending: { tables: Set<string>; hub: boolean } | null = null;
  const deliver = () => {
    if (!pending) return;
    const change: DataChange = { tables: [...pending.tables].sort(), hub: pending.hub };
    pending = null;
    for (const listener of listeners) listener(change);
  };
  return {
    announce({ tables = [], hub = false }) {
      if (!pending) {
        pending = { tables: new Set(), hub: false };
        later(deliver);
      }
      for (const t of tables) pending.tables.add(t);
      pending.hub ||= hub;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
