// Opaque cursors. A pull cursor is a place in the district's sequence; a
// snapshot cursor adds the snapshot's upper end. Devices hand them back
// unread; the hub checks them, so a made-up cursor is a clear 400, not a scan.
import { HubError } from './errors.js';

export interface SnapshotPlace {
  upTo: number;
  after: number;
}

function encode(value: object): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

function decode(cursor: string): Record<string, unknown> {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (typeof value === 'object' && value !== null) return value as Record<string, unknown>;
  } catch {
    // fall through to the refusal
  }
  throw badCursor();
}

function badCursor(): HubError {
  return new HubError(400, 'invalid_input', 'The sync position this device sent is not one the hub made; start again from a snapshot.');
}

function count(value: unknown): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw badCursor();
  return value as number;
}

export function pullCursor(seq: number): string {
  return encode({ v: 1, s: seq });
}

export function readPullCursor(cursor: string | undefined): number {
  if (cursor === undefined || cursor === '') return 0;
  const value = decode(cursor);
  if (value.v !== 1) throw badCursor();
  return count(value.s);
}

export function snapshotCursor(place: SnapshotPlace): string {
  return encode({ v: 1, u: place.upTo, a: place.after });
}

export function readSnapshotCursor(cursor: string): SnapshotPlace {
  const value = decode(cursor);
  if (value.v !== 1) throw badCursor();
  return { upTo: count(value.u), after: count(value.a) };
}
