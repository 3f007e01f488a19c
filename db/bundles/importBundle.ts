// Importing a bundle: everything readBundle checks, then what only this store
// can tell (its database version, its district, the key the maker signed
// earlier bundles with, whether this replica holds what the bundle was cut
// against), then one transaction that publishes the rubric versions, applies
// every op through the one apply path (as ops from outside: none in this
// device's own name that it never made, see ../remoteOps.ts), learns what the
// maker holds and records the import. Any failure leaves the store as it was.
import path from 'node:path';
import { AppError } from '../../shared/errors.js';
import type { BundleImportResult } from '../../shared/sync/bundles.js';
import type { Manifest } from '../../shared/sync/manifest.js';
import { missingFrom } from '../../shared/sync/versionVector.js';
import { applyRemoteOps } from '../remoteOps.js';
import { readSettings } from '../settings.js';
import type { Store } from '../store.js';
import { recordBundle } from './history.js';
import { readBundle, type ReadBundle } from './readBundle.js';
import { storeRubrics } from './rubricsPart.js';
import { knownPeerKey, learnPeer, replicaVector } from './vectors.js';

function sameDistrict(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

function refuse(message: string): never {
  throw new AppError('invalid_input', `${message} Nothing was imported.`);
}

/** The checks that need this store; each failure is one sentence. */
function checkFits(store: Store, manifest: Manifest): void {
  if (manifest.minReaderVersion > store.schemaVersion) {
    refuse(`This bundle needs a newer Fieldbook (database version ${manifest.minReaderVersion}; this one has ${store.schemaVersion}); update Fieldbook to import it.`);
  }
  const district = readSettings(store.db).district;
  if (district !== '' && manifest.district !== '' && !sameDistrict(district, manifest.district)) {
    refuse(`This bundle comes from the district "${manifest.district}", and this device belongs to "${district}".`);
  }
  const pinned = manifest.device === store.nodeId ? null : knownPeerKey(store.db, manifest.device);
  if (pinned && pinned !== manifest.publicKey) {
    refuse(`This bundle says it comes from device ${manifest.device}, but it is signed with a different key from that device's earlier bundles, so it may be forged.`);
  }
  const missing = missingFrom(replicaVector(store.db), manifest.since);
  if (missing.length > 0) {
    refuse(
      `This bundle holds only the changes device ${manifest.sincePeer ?? '?'} had not seen, and this device lacks earlier changes from ${missing.join(', ')}; ask for a bundle of everything ("Export for the district").`,
    );
  }
}

/** Reads a bundle's bytes (./readBundle.ts), then applies it. */
export async function importBundle(store: Store, file: Buffer, fileName: string): Promise<BundleImportResult> {
  return applyBundle(store, await readBundle(file), fileName);
}

/**
 * Applies a bundle read by readBundle. Synchronous from the checks that need
 * the store to the commit, so nothing another call writes can come between.
 */
export function applyBundle(store: Store, { manifest, ops, rubrics }: ReadBundle, fileName: string): BundleImportResult {
  checkFits(store, manifest);
  return store.db.transaction((): BundleImportResult => {
    const now = store.now();
    const rubricsAdded = storeRubrics(store.db, rubrics, now);
    const result = applyRemoteOps(store, ops, 'bundle');
    if (manifest.device !== store.nodeId) {
      learnPeer(store.db, { node: manifest.device, publicKey: manifest.publicKey, userName: manifest.userName, district: manifest.district }, manifest.vector, now);
    }
    recordBundle(store.db, {
      bundleId: manifest.bundleId,
      direction: 'import',
      at: now,
      peerNode: manifest.device,
      peerName: manifest.userName,
      fileName: path.basename(fileName),
      ops: ops.length,
      rubrics: rubrics.length,
      ...result,
    });
    return {
      bundleId: manifest.bundleId,
      fromDevice: manifest.device,
      fromName: manifest.userName,
      district: manifest.district,
      ops: ops.length,
      ...result,
      rubricsAdded,
    };
  })();
}
