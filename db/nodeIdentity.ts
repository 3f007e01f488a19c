// The node id belongs to the installation, not to the file. We remember which
// file (device and inode) the id was made for; a database copied to another
// file or machine, or restored from a backup, is a different file, so it gets
// a fresh node id and can never write ops that collide with the original's.
import fs from 'node:fs';
import { randomHex } from '../shared/ids.js';
import { getMeta, setMeta } from './meta.js';
import type { Db } from './sqlite.js';

function fileKey(file: string): string {
  const st = fs.statSync(file, { bigint: true });
  return `${st.dev}:${st.ino}`;
}

export interface NodeIdentity {
  nodeId: string;
  /** The node id this file had before, when it was found to be a copy. */
  replaced: string | null;
}

export function ensureNodeIdentity(db: Db, file: string): NodeIdentity {
  const key = fileKey(file);
  const current = getMeta(db, 'node_id');
  if (current && getMeta(db, 'node_file') === key) return { nodeId: current, replaced: null };
  const nodeId = randomHex(8);
  db.transaction(() => {
    setMeta(db, 'node_id', nodeId);
    setMeta(db, 'node_file', key);
    if (current) setMeta(db, 'previous_node_ids', JSON.stringify([...previousNodeIds(db), current]));
  })();
  return { nodeId, replaced: current ?? null };
}

function previousNodeIds(db: Db): string[] {
  const raw = getMeta(db, 'previous_node_ids');
  return raw ? (JSON.parse(raw) as string[]) : [];
}
