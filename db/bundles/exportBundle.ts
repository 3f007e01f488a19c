// Making a bundle: the ops this replica holds above a vector (everything, or
// what a peer is known to hold), the rubric versions they refer to, and a
// manifest signed with this device's key, in one container file. The file is
// written durably (temp file, flush, rename), read back and verified; one
// that does not verify is deleted and the export fails.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import { BUNDLE_FORMAT_VERSION, OPS_PART, RUBRICS_PART, type Manifest } from '../../shared/sync/manifest.js';
import { writeFileDurably } from '../durableFile.js';
import { readSettings } from '../settings.js';
import type { Store } from '../store.js';
import { encodeContainer, MANIFEST_PART, SIGNATURE_PART } from './container.js';
import { loadDeviceKey, signManifest } from './deviceKey.js';
import { recordBundle } from './history.js';
import { checkBundle, sha256 } from './readBundle.js';
import { referencedRubrics } from './rubricsPart.js';
import { knownPeerKey, opsAbove, peerVector, replicaVector } from './vectors.js';

export interface ExportOptions {
  /** Only what this device (a peer bundles were imported from) has not seen; null for everything. */
  sincePeer: string | null;
}

export interface BuiltBundle {
  manifest: Manifest;
  bytes: Buffer;
}

/** The bundle's bytes, made from one consistent read of the store. */
export function buildBundle(store: Store, options: ExportOptions): BuiltBundle {
  const key = loadDeviceKey(store.dataDir);
  const settings = readSettings(store.db);
  if (options.sincePeer !== null && knownPeerKey(store.db, options.sincePeer) === undefined) {
    throw new AppError(
      'invalid_input',
      `No bundle from device ${options.sincePeer} has been imported here, so Fieldbook cannot tell what it already has; export everything instead.`,
    );
  }
  const { since, vector, ops, rubrics } = store.db.transaction(() => {
    const since = options.sincePeer === null ? {} : peerVector(store.db, options.sincePeer);
    const ops = opsAbove(store.db, since);
    return { since, vector: replicaVector(store.db), ops, rubrics: referencedRubrics(store.db, ops) };
  })();
  const opsPart = zlib.gzipSync(Buffer.from(ops.map((op) => JSON.stringify(op)).join('\n'), 'utf8'));
  const rubricsPart = Buffer.from(JSON.stringify(rubrics), 'utf8');
  const manifest: Manifest = {
    format: BUNDLE_FORMAT_VERSION,
    bundleId: uuidv7(store.now()),
    createdAt: new Date(store.now()).toISOString(),
    device: store.nodeId,
    userName: settings.userName,
    district: settings.district,
    schemaVersion: store.schemaVersion,
    // Within a major version migrations only add, so a reader at the maker's version knows every table and column it may send.
    minReaderVersion: store.schemaVersion,
    since,
    sincePeer: options.sincePeer,
    vector,
    publicKey: key.publicKey,
    ops: ops.length,
    rubrics: rubrics.length,
    parts: {
      [OPS_PART]: { sha256: sha256(opsPart), bytes: opsPart.length },
      [RUBRICS_PART]: { sha256: sha256(rubricsPart), bytes: rubricsPart.length },
    },
  };
  const manifestPart = Buffer.from(JSON.stringify(manifest), 'utf8');
  const bytes = encodeContainer({
    [MANIFEST_PART]: manifestPart,
    [SIGNATURE_PART]: signManifest(key, manifestPart),
    [OPS_PART]: opsPart,
    [RUBRICS_PART]: rubricsPart,
  });
  return { manifest, bytes };
}

/**
 * Writes the bundle under `file`, reads it back and checks it; a file that
 * does not check out is removed. The ops part need not be unpacked: its hash
 * matching the manifest proves it holds the bytes this store's ops were just
 * packed into.
 */
export function writeBundle(file: string, bundle: BuiltBundle): void {
  writeFileDurably(file, bundle.bytes);
  try {
    const back = checkBundle(fs.readFileSync(file));
    if (back.manifest.bundleId !== bundle.manifest.bundleId) throw new AppError('internal', 'another bundle is under that name');
  } catch (err) {
    fs.rmSync(file, { force: true });
    const why = err instanceof Error ? err.message : String(err);
    throw new AppError('internal', `The bundle written to ${file} did not read back intact, so it was deleted (${why}). Check the disk or USB stick and export again.`);
  }
}

/** A name that says when, from which device and for whom, e.g. fieldbook-20261123-090000-9f2c4a1b-for-03ab77c1.fbundle. */
export function bundleFileName(store: Pick<Store, 'nodeId' | 'now'>, options: ExportOptions): string {
  const stamp = new Date(store.now()).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `fieldbook-${stamp}-${store.nodeId.slice(0, 8)}${options.sincePeer ? `-for-${options.sincePeer.slice(0, 8)}` : ''}.fbundle`;
}

export interface ExportedFile extends BuiltBundle {
  /** The name of the person using the device it was cut for ('' when unknown or for everything). */
  peerName: string;
}

/** Builds, writes and verifies a bundle at `file` and records it in the history. */
export function exportBundle(store: Store, file: string, options: ExportOptions): ExportedFile {
  const bundle = buildBundle(store, options);
  writeBundle(file, bundle);
  const peerName = options.sincePeer
    ? ((store.db.prepare('SELECT user_name FROM bundle_peers WHERE node = ?').pluck().get(options.sincePeer) as string | undefined) ?? '')
    : '';
  recordBundle(store.db, {
    bundleId: bundle.manifest.bundleId,
    direction: 'export',
    at: store.now(),
    peerNode: options.sincePeer,
    peerName,
    fileName: path.basename(file),
    ops: bundle.manifest.ops,
    rubrics: bundle.manifest.rubrics,
    applied: null,
    alreadyHad: null,
    conflicts: null,
  });
  return { ...bundle, peerName };
}
