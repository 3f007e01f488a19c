// Version vectors in the local store (see shared/sync/versionVector.ts for
// what they mean): this replica's own, the ops above a vector, and what each
// peer is known to hold. A peer's vector is the union of the vectors of the
// bundles imported from it: those say what the peer held when it made them,
// and a device never loses ops. Bundles sent to a peer prove nothing (we
// cannot know they were imported), so they do not count.
import { isAbove, unionOf, type VersionVector } from '../../shared/sync/versionVector.js';
import type { Op } from '../ops.js';
import type { Db } from '../sqlite.js';

export function replicaVector(db: Db): Record<string, string> {
  const rows = db.prepare('SELECT node, max(hlc) AS hlc FROM ops GROUP BY node').all() as { node: string; hlc: string }[];
  return Object.fromEntries(rows.map((r) => [r.node, r.hlc]));
}

// Values come back as they were applied: the log's value column has no affinity (migration 010).
const SELECT_OPS = 'SELECT op_id AS opId, hlc, node, tbl AS "table", row_id AS row, col AS "column", value, base FROM ops';

/** Every op this replica holds above `vector`, in the order it received them. */
export function opsAbove(db: Db, vector: VersionVector): Op[] {
  if (Object.keys(vector).length === 0) return db.prepare(`${SELECT_OPS} ORDER BY seq`).all() as Op[];
  const byNode = db.prepare(`${SELECT_OPS} WHERE node = ? AND hlc > ? ORDER BY seq`);
  const ops: Op[] = [];
  for (const [node, highest] of Object.entries(replicaVector(db))) {
    if (!isAbove(vector, node, highest)) continue;
    for (const op of byNode.all(node, vector[node] ?? '') as Op[]) ops.push(op);
  }
  return ops;
}

export function peerVector(db: Db, peer: string): Record<string, string> {
  const rows = db.prepare('SELECT node, hlc FROM bundle_peer_vectors WHERE peer = ?').all(peer) as { node: string; hlc: string }[];
  return Object.fromEntries(rows.map((r) => [r.node, r.hlc]));
}

export interface PeerRecord {
  node: string;
  publicKey: string;
  userName: string;
  district: string;
}

export function knownPeerKey(db: Db, node: string): string | undefined {
  return db.prepare('SELECT public_key FROM bundle_peers WHERE node = ?').pluck().get(node) as string | undefined;
}

/** After importing a bundle from `peer`: remember who it is and add the bundle's vector to what it is known to hold. */
export function learnPeer(db: Db, peer: PeerRecord, vector: VersionVector, now: number): void {
  db.prepare(
    `INSERT INTO bundle_peers (node, public_key, user_name, district, last_import_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (node) DO UPDATE SET user_name = excluded.user_name, district = excluded.district, last_import_at = excluded.last_import_at`,
  ).run(peer.node, peer.publicKey, peer.userName, peer.district, now);
  const put = db.prepare('INSERT INTO bundle_peer_vectors (peer, node, hlc) VALUES (?, ?, ?) ON CONFLICT (peer, node) DO UPDATE SET hlc = excluded.hlc');
  for (const [node, hlc] of Object.entries(unionOf(peerVector(db, peer.node), vector))) put.run(peer.node, node, hlc);
}
