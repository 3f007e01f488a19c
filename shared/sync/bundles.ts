// The bundle part of the API contract: export this device's changes as a
// file (everything, or what one colleague's device has not seen), import a
// bundle, and the history of both. Bytes cross the API as base64, as
// attachments do. Spread into the one contract table in shared/contract.ts.
import { z } from 'zod';
import { method } from '../contractMethod.js';
import { NodeIdSchema } from './manifest.js';

/** The largest bundle the app takes through its API (the CLI has no such limit): 200,000 ops gzip to well under this. */
export const BUNDLE_UPLOAD_MAX_BYTES = 64 * 1024 * 1024;

export const ExportBundleInputSchema = z.strictObject({
  /** A device a bundle was imported from: only what it has not seen goes in. Without it, everything. */
  sincePeer: NodeIdSchema.nullable().default(null),
});

export const ExportedBundleSchema = z.object({
  bundleId: z.string(),
  fileName: z.string(),
  /** Where this device kept its copy (in the data directory). */
  path: z.string(),
  dataBase64: z.string(),
  ops: z.number().int(),
  rubrics: z.number().int(),
  sincePeer: z.string().nullable(),
  peerName: z.string(),
});

export const ImportBundleInputSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(255),
  dataBase64: z.string().max(Math.ceil(BUNDLE_UPLOAD_MAX_BYTES / 3) * 4, `A bundle can be at most ${BUNDLE_UPLOAD_MAX_BYTES / 1024 / 1024} MB here; import a larger one with "fieldbook bundle import"`),
});

export const BundleImportResultSchema = z.object({
  bundleId: z.string(),
  fromDevice: z.string(),
  fromName: z.string(),
  district: z.string(),
  ops: z.number().int(),
  applied: z.number().int(),
  alreadyHad: z.number().int(),
  /** New "edited on two devices" fields. */
  conflicts: z.number().int(),
  rubricsAdded: z.number().int(),
});
export type BundleImportResult = z.infer<typeof BundleImportResultSchema>;

export const BundleHistoryEntrySchema = z.object({
  id: z.number().int(),
  bundleId: z.string(),
  direction: z.enum(['export', 'import']),
  at: z.number(),
  /** Import: the device it came from. Export: the device it was cut for, or null for everything. */
  peerNode: z.string().nullable(),
  peerName: z.string(),
  fileName: z.string(),
  ops: z.number().int(),
  rubrics: z.number().int(),
  applied: z.number().int().nullable(),
  alreadyHad: z.number().int().nullable(),
  conflicts: z.number().int().nullable(),
});
export type BundleHistoryEntry = z.infer<typeof BundleHistoryEntrySchema>;

/** A device this one has imported a bundle from, so it knows what that device holds. */
export const BundlePeerSchema = z.object({ node: z.string(), userName: z.string(), district: z.string(), lastImportAt: z.number() });
export type BundlePeer = z.infer<typeof BundlePeerSchema>;

export const bundleMethods = {
  exportBundle: method(
    ExportBundleInputSchema,
    ExportedBundleSchema,
    "Write this device's changes as a signed bundle file: everything, or only what a colleague's device has not seen.",
  ),
  importBundle: method(
    ImportBundleInputSchema,
    BundleImportResultSchema,
    'Check a bundle file and apply all of it, or nothing: reports changes applied, already here, and edited on two devices.',
    Math.ceil(BUNDLE_UPLOAD_MAX_BYTES / 3) * 4 + 64 * 1024,
  ),
  listBundleHistory: method(
    z.strictObject({}),
    z.object({ entries: z.array(BundleHistoryEntrySchema), peers: z.array(BundlePeerSchema) }),
    'Bundles made and imported on this device, newest first, and the devices bundles came from.',
  ),
} as const;
