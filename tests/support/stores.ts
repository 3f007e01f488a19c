// Stores on real SQLite files in temp directories, closed after each test.
import fs from 'node:fs';
import { afterEach } from 'vitest';
import { openStore, type Store, type StoreOptions } from '../../db/store.js';
import type { Op } from '../../db/ops.js';
import { makeTempDir } from './inProcessApi.js';

const open: Store[] = [];
const dirs: string[] = [];

afterEach(() => {
  for (const s of open.splice(0)) {
    try {
      s.close();
    } catch {
      // already closed by the test
    }
  }
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const dir = makeTempDir();
  dirs.push(dir);
  return dir;
}

export function tempStore(options: Partial<StoreOptions> = {}): Store {
  const store = openStore({ dataDir: tempDir(), ...options });
  open.push(store);
  return store;
}

export function trackStore(store: Store): Store {
  open.push(store);
  return store;
}

/** Every op in a store's log, as the apply path takes them. */
export function readOps(store: Store): Op[] {
  return store.db
    .prepare('SELECT op_id AS opId, hlc, node, tbl AS "table", row_id AS row, col AS "column", value, base FROM ops ORDER BY seq')
    .all() as Op[];
}
