// The local record of bundles made and imported here, and of the devices
// bundles came from (for "export for a colleague").
import type { BundleHistoryEntry, BundlePeer } from '../../shared/sync/bundles.js';
import type { Db } from '../sqlite.js';

export type NewHistoryEntry = Omit<BundleHistoryEntry, 'id'>;

export function recordBundle(db: Db, entry: NewHistoryEntry): void {
  db.prepare(
    `INSERT INTO bundle_history (bundle_id, direction, at, peer_node, peer_name, file_name, ops, rubrics, applied, already_had, conflicts)
     VALUES (@bundleId, @direction, @at, @peerNode, @peerName, @fileName, @ops, @rubrics, @applied, @alreadyHad, @conflicts)`,
  ).run(entry);
}

export function listBundleHistory(db: Db, limit = 200): BundleHistoryEntry[] {
  return db
    .prepare(
      `SELECT id, bundle_id AS bundleId, direction, at, peer_node AS peerNode, peer_name AS peerName, file_name AS fileName,
              ops, rubrics, applied, already_had AS alreadyHad, conflicts
       FROM bundle_history ORDER BY at DESC, id DESC LIMIT ?`,
    )
    .all(limit) as BundleHistoryEntry[];
}

export function listBundlePeers(db: Db): BundlePeer[] {
  return db
    .prepare('SELECT node, user_name AS userName, district, last_import_at AS lastImportAt FROM bundle_peers ORDER BY last_import_at DESC')
    .all() as BundlePeer[];
}
