// The bundle container: one file holding named parts, with no dependency.
//
//   header  "FBBUNDLE" | format (u32 BE) | file size (u32 BE) | first 4 bytes of SHA-256 of the 16 bytes before
//   parts   for each part in PART_ORDER: name length (u16 BE) | name (UTF-8) | size (u32 BE) | bytes
//
// The 20-byte header stays the same in every future format, so any Fieldbook
// can tell a newer bundle from a damaged one (a flipped bit in the format
// number fails the header's check), and a file cut short (smaller than its
// header says) from one that was changed. The parts must be exactly the
// expected ones, in order, filling the file. Whether the parts are authentic
// is the manifest's business (its signature and hashes), not the container's.
import { createHash } from 'node:crypto';
import { AppError } from '../../shared/errors.js';
import { BUNDLE_FORMAT_VERSION, OPS_PART, RUBRICS_PART } from '../../shared/sync/manifest.js';

export const MANIFEST_PART = 'manifest.json';
export const SIGNATURE_PART = 'manifest.sig';
export const PART_ORDER = [MANIFEST_PART, SIGNATURE_PART, OPS_PART, RUBRICS_PART] as const;
export type PartName = (typeof PART_ORDER)[number];

const MAGIC = Buffer.from('FBBUNDLE', 'ascii');
const HEADER_BYTES = 20;
const CHECKED_BYTES = 16;

export const NOT_A_BUNDLE = 'This file is not a Fieldbook bundle; choose a file made with "Export" in Fieldbook. Nothing was imported.';
export const TRUNCATED =
  'This bundle file is incomplete: it ends early, perhaps because copying it was interrupted. Copy it again from the other device; nothing was imported.';

export function damaged(what: string): AppError {
  return new AppError('invalid_input', `This bundle file is damaged or was changed after it was made (${what}); ask for a new one. Nothing was imported.`);
}

export function newerFormat(format: number): AppError {
  return new AppError('invalid_input', `This bundle was made by a newer Fieldbook (format ${format}); update Fieldbook to import it.`);
}

function headerCheck(head: Buffer): Buffer {
  return createHash('sha256').update(head).digest().subarray(0, 4);
}

export function encodeContainer(parts: Readonly<Record<PartName, Buffer>>, format = BUNDLE_FORMAT_VERSION): Buffer {
  const body: Buffer[] = [];
  for (const name of PART_ORDER) {
    const nameBytes = Buffer.from(name, 'utf8');
    const sizes = Buffer.alloc(2);
    sizes.writeUInt16BE(nameBytes.length);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(parts[name].length);
    body.push(sizes, nameBytes, length, parts[name]);
  }
  const head = Buffer.alloc(CHECKED_BYTES);
  MAGIC.copy(head);
  head.writeUInt32BE(format, 8);
  head.writeUInt32BE(HEADER_BYTES + body.reduce((sum, b) => sum + b.length, 0), 12);
  return Buffer.concat([head, headerCheck(head), ...body]);
}

/** Reads the header and the parts, or throws one sentence saying what is wrong with the file. */
export function decodeContainer(file: Buffer): Record<PartName, Buffer> {
  if (file.length < MAGIC.length || !file.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new AppError('invalid_input', file.length > 0 && MAGIC.subarray(0, file.length).equals(file) ? TRUNCATED : NOT_A_BUNDLE);
  }
  if (file.length < HEADER_BYTES) throw new AppError('invalid_input', TRUNCATED);
  if (!headerCheck(file.subarray(0, CHECKED_BYTES)).equals(file.subarray(CHECKED_BYTES, HEADER_BYTES))) throw damaged('its header does not add up');
  const format = file.readUInt32BE(8);
  if (format > BUNDLE_FORMAT_VERSION) throw newerFormat(format);
  if (format < 1) throw damaged('its format number is 0');
  const size = file.readUInt32BE(12);
  if (file.length < size) throw new AppError('invalid_input', TRUNCATED);
  if (file.length > size) throw damaged('it has bytes after its end');
  const parts = {} as Record<PartName, Buffer>;
  let at = HEADER_BYTES;
  const need = (bytes: number) => {
    if (at + bytes > file.length) throw damaged('a part is longer than the file');
  };
  for (const expected of PART_ORDER) {
    need(2);
    const nameLength = file.readUInt16BE(at);
    at += 2;
    need(nameLength);
    const name = file.toString('utf8', at, at + nameLength);
    if (name !== expected) throw damaged(`a part is named "${name.slice(0, 40)}" where "${expected}" belongs`);
    at += nameLength;
    need(4);
    const partSize = file.readUInt32BE(at);
    at += 4;
    need(partSize);
    parts[expected] = file.subarray(at, at + partSize);
    at += partSize;
  }
  if (at !== file.length) throw damaged('its parts do not fill it');
  return parts;
}
