// Reads a bundle file and checks everything that can be checked without the
// store: the container, the manifest's signature, every part's hash, the
// manifest's fields, every op against the registry, and every rubric version
// against its hash. Any problem is one sentence and nothing is applied.
import { createHash } from 'node:crypto';
import zlib from 'node:zlib';
import { AppError } from '../../shared/errors.js';
import { ManifestSchema, OPS_PART, RUBRICS_PART, type Manifest } from '../../shared/sync/manifest.js';
import { createOpValidator, type Op } from '../ops.js';
import { damaged, decodeContainer, MANIFEST_PART, SIGNATURE_PART } from './container.js';
import { manifestSignatureHolds } from './deviceKey.js';
import { readRubricsPart, type ReceivedRubric } from './rubricsPart.js';

export interface ReadBundle {
  manifest: Manifest;
  ops: Op[];
  rubrics: ReceivedRubric[];
}

/** More than any real bundle unpacks to; a bigger one is refused before it fills memory. */
const MAX_OPS_BYTES = 1024 * 1024 * 1024;

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

function readOps(gz: Buffer, expected: number): Op[] {
  let ndjson: Buffer;
  try {
    ndjson = zlib.gunzipSync(gz, { maxOutputLength: MAX_OPS_BYTES });
  } catch {
    throw damaged('its changes cannot be unpacked');
  }
  const validate = createOpValidator();
  const ops: Op[] = [];
  let start = 0;
  while (start < ndjson.length) {
    let end = ndjson.indexOf(0x0a, start);
    if (end === -1) end = ndjson.length;
    let raw: unknown;
    try {
      raw = JSON.parse(ndjson.toString('utf8', start, end));
    } catch {
      throw damaged(`change ${ops.length + 1} cannot be read`);
    }
    try {
      ops.push(validate(raw, ops.length));
    } catch (err) {
      if (err instanceof AppError) throw new AppError('invalid_input', `This bundle cannot be imported: ${err.message.charAt(0).toLowerCase()}${err.message.slice(1)} Nothing was imported.`);
      throw err;
    }
    start = end + 1;
  }
  if (ops.length !== expected) throw damaged(`it holds ${ops.length} changes where its manifest says ${expected}`);
  return ops;
}

export function readBundle(file: Buffer): ReadBundle {
  const parts = decodeContainer(file);
  const manifest = signedManifest(parts[MANIFEST_PART], parts[SIGNATURE_PART]);
  for (const name of [OPS_PART, RUBRICS_PART] as const) {
    const stated = manifest.parts[name];
    if (stated.bytes !== parts[name].length || stated.sha256 !== sha256(parts[name])) throw damaged(`its ${name} part does not match its manifest`);
  }
  const rubrics = readRubricsPart(parts[RUBRICS_PART]);
  if (rubrics.length !== manifest.rubrics) throw damaged(`it holds ${rubrics.length} rubric versions where its manifest says ${manifest.rubrics}`);
  return { manifest, ops: readOps(parts[OPS_PART], manifest.ops), rubrics };
}
