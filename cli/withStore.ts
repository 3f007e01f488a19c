// Opens the command's store and always closes it again.
import { openStore, type Store } from '../db/store.js';
import type { CommandContext } from './context.js';

export function withStore<T>(ctx: CommandContext, fn: (store: Store) => T): T {
  const store = openStore({ dataDir: ctx.dataDir });
  try {
    return fn(store);
  } finally {
    store.close();
  }
}
