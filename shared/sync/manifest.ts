// The manifest of a bundle: what a bundle is, who made it, against which
// vector, and the SHA-256 of each of its other parts. The device signs the
// manifest's exact bytes, so the signature covers every part through the
// hashes. See db/bundles/ for the container around it.
import { z } from 'zod';
import { NODE_ID_PATTERN } from '../hlc.js';

/** The bundle format this Fieldbook writes and the newest it reads. */
export const BUNDLE_FORMAT_VERSION = 1;

export const OPS_PART = 'ops.ndjson.gz';
export const RUBRICS_PART = 'rubrics.json';

export const NodeIdSchema = z.string().regex(NODE_ID_PATTERN, 'must be a device id (16 hexadecimal digits)');
const HashSchema = z.string().regex(/^[0-9a-f]{64}$/);
const VectorSchema = z.record(NodeIdSchema, z.string().max(40));
const PartSchema = z.strictObject({ sha256: HashSchema, bytes: z.number().int().min(0) });

export const ManifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT_VERSION),
  bundleId: z.uuid({ version: 'v7' }),
  createdAt: z.iso.datetime(),
  /** The node id of the device that made the bundle. */
  device: NodeIdSchema,
  /** Who uses that device (its settings), so the person importing knows whose changes they are. */
  userName: z.string().max(200),
  district: z.string().max(200),
  /** The maker's database version. */
  schemaVersion: z.number().int().min(1),
  /** The lowest database version that knows every table and column the maker knows. */
  minReaderVersion: z.number().int().min(1),
  /** The bundle holds every op the maker had above this vector (empty: everything). */
  since: VectorSchema,
  /** For whom the bundle was cut (its `since` is what the maker knew of that device), or null for everything. */
  sincePeer: NodeIdSchema.nullable(),
  /** The maker's vector when it made the bundle: an importer holds at least this afterwards. */
  vector: VectorSchema,
  /** The maker's Ed25519 public key (SPKI, DER, base64); the signature part is made with its private key. */
  publicKey: z.string().max(200),
  ops: z.number().int().min(0),
  rubrics: z.number().int().min(0),
  parts: z.strictObject({ [OPS_PART]: PartSchema, [RUBRICS_PART]: PartSchema }),
});

export type Manifest = z.infer<typeof ManifestSchema>;
