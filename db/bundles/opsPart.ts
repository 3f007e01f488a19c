// A bundle's ops part (ops.ndjson.gz: one op per line, gzipped), read as a
// stream. A small file can unpack to gigabytes (a compressed bomb), so the
// gzip is unpacked a chunk at a time and each line is checked as soon as it
// is complete; reading stops, with one sentence, at the first of: more than
// OPS_PART_MAX_BYTES unpacked, a line longer than CHANGE_MAX_BYTES, a line
// that is not a valid op, or one line more than the manifest's count. Memory
// holds the ops read so far and one line, never the unpacked part.
// docs/bundles.md states both limits.
import zlib from 'node:zlib';
import { AppError } from '../../shared/errors.js';
import { createOpValidator, type Op } from '../ops.js';
import { damaged } from './container.js';

/** The most a bundle's changes may unpack to: about 1.1 million changes of about 230 bytes, more than a device's bundle holds. */
export const OPS_PART_MAX_BYTES = 256 * 1024 * 1024;
/** The longest line: Fieldbook's largest value (a plan step's 20 anticipated responses of 5,000 characters) stays under 1 MiB even escaped. */
export const CHANGE_MAX_BYTES = 4 * 1024 * 1024;

const MiB = 1024 * 1024;

function tooBig(): AppError {
  return new AppError(
    'invalid_input',
    `This bundle is too big to import: its changes unpack to more than ${OPS_PART_MAX_BYTES / MiB} MiB, the most Fieldbook reads from one bundle. Nothing was imported.`,
  );
}

/** Turns complete lines into checked ops, refusing a line beyond the manifest's count before parsing it. */
function opReader(expected: number) {
  const validate = createOpValidator();
  const ops: Op[] = [];
  const take = (line: string): void => {
    if (ops.length === expected) throw damaged(`it holds more than the ${expected} changes its manifest states`);
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw damaged(`change ${ops.length + 1} cannot be read`);
    }
    try {
      ops.push(validate(raw, ops.length));
    } catch (err) {
      if (err instanceof AppError) throw new AppError('invalid_input', `This bundle cannot be imported: ${err.message.charAt(0).toLowerCase()}${err.message.slice(1)} Nothing was imported.`);
      throw err;
    }
  };
  return { ops, take };
}

/** Splits unpacked chunks into lines; a line may span chunks, and only the unfinished one is kept. */
function lineSplitter(onLine: (line: string) => void, lineNumber: () => number) {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const keep = (piece: Buffer): void => {
    pendingBytes += piece.length;
    if (pendingBytes > CHANGE_MAX_BYTES) throw damaged(`change ${lineNumber()} is longer than ${CHANGE_MAX_BYTES / MiB} MiB, more than any change holds`);
    pending.push(piece);
  };
  const finish = (): void => {
    const line = Buffer.concat(pending, pendingBytes).toString('utf8');
    pending = [];
    pendingBytes = 0;
    onLine(line);
  };
  return {
    push(chunk: Buffer): void {
      let start = 0;
      for (let end = chunk.indexOf(0x0a); end !== -1; start = end + 1, end = chunk.indexOf(0x0a, start)) {
        keep(chunk.subarray(start, end));
        finish();
      }
      if (start < chunk.length) keep(chunk.subarray(start));
    },
    /** The last line needs no newline after it. */
    end(): void {
      if (pendingBytes > 0) finish();
    },
  };
}

export async function readOpsPart(gz: Buffer, expected: number): Promise<Op[]> {
  const { ops, take } = opReader(expected);
  const lines = lineSplitter(take, () => ops.length + 1);
  const gunzip = zlib.createGunzip({ chunkSize: 64 * 1024 });
  gunzip.end(gz);
  let unpacked = 0;
  try {
    // Leaving this loop early (a throw) destroys the stream: nothing more is unpacked.
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      unpacked += chunk.length;
      if (unpacked > OPS_PART_MAX_BYTES) throw tooBig();
      lines.push(chunk);
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw damaged('its changes cannot be unpacked');
  }
  lines.end();
  if (ops.length !== expected) throw damaged(`it holds ${ops.length} changes where its manifest says ${expected}`);
  return ops;
}
