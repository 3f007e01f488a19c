// Row counts and a digest of the synced state. The digest hashes every synced
// table's rows (ordered by id, columns in registry order) and nothing else, so
// two replicas have equal digests exactly when their synced data is equal.
import { createHash } from 'node:crypto';
import { columnsOf, SYNCED_TABLE_NAMES } from '../shared/registry.js';
import type { Status } from '../shared/domain.js';
import type { Db } from './sqlite.js';
import type { Store } from './store.js';

type Statement = ReturnType<Db['prepare']>;

/** One read per synced table, prepared once per connection: sync tests digest thousands of times. */
const tableReads = new WeakMap<Db, Statement[]>();

function readsOf(db: Db): Statement[] {
  let reads = tableReads.get(db);
  if (!reads) {
    reads = SYNCED_TABLE_NAMES.map((table) => {
      const cols = ['id', ...columnsOf(table)].map((c) => `"${c}"`).join(', ');
      return db.prepare(`SELECT ${cols} FROM "${table}" ORDER BY id`).raw();
    });
    tableReads.set(db, reads);
  }
  return reads;
}

export function syncedDigest(store: Pick<Store, 'db'>): string {
  const hash = createHash('sha256');
  const reads = readsOf(store.db);
  SYNCED_TABLE_NAMES.forEach((table, i) => {
    hash.update(`table ${table}\n`);
    for (const row of (reads[i]! as { iterate(): Iterable<unknown[]> }).iterate()) hash.update(`${JSON.stringify(row)}\n`);
  });
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
