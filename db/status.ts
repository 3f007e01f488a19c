// Row counts and a digest of the synced state. The digest hashes every synced
// table's rows (ordered by id, columns in registry order) and nothing else, so
// two replicas have equal digests exactly when their synced data is equal.
import { createHash } from 'node:crypto';
import { columnsOf, SYNCED_TABLE_NAMES } from '../shared/registry.js';
import type { Status } from '../shared/domain.js';
import type { Store } from './store.js';

export function syncedDigest(store: Pick<Store, 'db'>): string {
  const hash = createHash('sha256');
  for (const table of SYNCED_TABLE_NAMES) {
    const cols = ['id', ...columnsOf(table)].map((c) => `"${c}"`).join(', ');
    hash.update(`table ${table}\n`);
    const rows = store.db.prepare(`SELECT ${cols} FROM "${table}" ORDER BY id`).raw().iterate() as Iterable<unknown[]>;
    for (const row of rows) hash.update(`${JSON.stringify(row)}\n`);
  }
  return hash.digest('hex');
}

export function readStatus(store: Store): Status {
  const tables: Record<string, number> = {};
  for (const table of SYNCED_TABLE_NAMES) {
    tables[table] = Number(store.db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get());
  }
  return {
    nodeId: store.nodeId,
    schemaVersion: store.schemaVersion,
    tables,
    ops: Number(store.db.prepare('SELECT count(*) FROM ops').pluck().get()),
    openConflicts: Number(store.db.prepare('SELECT count(*) FROM conflicts WHERE dismissed_at IS NULL').pluck().get()),
    digest: syncedDigest(store),
  };
}
