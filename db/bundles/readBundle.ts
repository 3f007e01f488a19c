// Reads a bundle file and checks everything that can be checked without the
// store: the container, the manifest's signature, every part's hash, the
// manifest's fields, every op against the registry (unpacked as a stream, so a
// compressed bomb is refused before it fills memory), and every rubric
// version against its hash. Any problem is one sentence and nothing is applied.
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors.js';
import { ManifestSchema, OPS_PART, RUBRICS_PART, type Manifest } from '../../shared/sync/manifest.js';
import type { Op } from '../ops.js';
import { damaged, decodeContainer, MANIFEST_PART, SIGNATURE_PART } from './container.js';
import { manifestSignatureHolds } from './deviceKey.js';
import { OPS_PART_MAX_BYTES, readOpsPart } from './opsPart.js';
import { readRubricsPart, type ReceivedRubric } from './rubricsPart.js';

/**
 * The largest bundle file the command line reads (the app takes BUNDLE_UPLOAD_MAX_BYTES).
 * The changes may unpack to OPS_PART_MAX_BYTES, and gzip never makes them
 * more than a few bytes per 64 KiB bigger, so a larger ops part could not be
 * imported anyway; 32 MiB more is room for the manifest and the rubric versions.
 */
export const BUNDLE_FILE_MAX_BYTES = OPS_PART_MAX_BYTES + 32 * 1024 * 1024;

export interface ReadBundle {
  manifest: Manifest;
  ops: Op[];
  rubrics: ReceivedRubric[];
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function signedManifest(text: Buffer, signature: Buffer): Manifest {
  let raw: unknown;
  try {
    raw = JSON.parse(text.toString('utf8'));
  } catch {
    throw damaged('its manifest cannot be read');
  }
  const publicKey = (raw as { publicKey?: unknown } | null)?.publicKey;
  if (typeof publicKey !== 'string' || !manifestSignatureHolds(publicKey, text, signature)) throw damaged('its signature does not match its manifest');
  const parsed = ManifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('invalid_input', `This bundle's manifest is not one this Fieldbook understands (${issue.path.join('.') || 'manifest'}: ${issue.message}); update Fieldbook and try again. Nothing was imported.`);
  }
  return parsed.data;
}

export interface CheckedBundle {
  manifest: Manifest;
  /** The ops part as it is in the file (gzipped); its hash matches the manifest. */
  opsPart: Buffer;
  rubrics: ReceivedRubric[];
}

/** Every check but the ops themselves, at once: what needs no unpacking. */
export function checkBundle(file: Buffer): CheckedBundle {
  const parts = decodeContainer(file);
  const manifest = signedManifest(parts[MANIFEST_PART], parts[SIGNATURE_PART]);
  for (const name of [OPS_PART, RUBRICS_PART] as const) {
    const stated = manifest.parts[name];
    if (stated.bytes !== parts[name].length || stated.sha256 !== sha256(parts[name])) throw damaged(`its ${name} part does not match its manifest`);
  }
  const rubrics = readRubricsPart(parts[RUBRICS_PART]);
  if (rubrics.length !== manifest.rubrics) throw damaged(`it holds ${rubrics.length} rubric versions where its manifest says ${manifest.rubrics}`);
  return { manifest, opsPart: parts[OPS_PART], rubrics };
}

/** Every check, the ops unpacked as a stream (./opsPart.ts). */
export async function readBundle(file: Buffer): Promise<ReadBundle> {
  const { manifest, opsPart, rubrics } = checkBundle(file);
  return { manifest, ops: await readOpsPart(opsPart, manifest.ops), rubrics };
}
