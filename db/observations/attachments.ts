// Attachments: photos and scans of student work, copied into the data
// directory under their SHA-256 (attachments/ab/abcdef...), so the same file
// attached twice is stored once and no file name ever becomes a path. The
// name a person gave the file is kept for display only, and a name that
// looks like a path is refused rather than quietly trimmed. The kind of file
// is read from its first bytes, not taken from the sender.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import { ATTACHMENT_MAX_BYTES, type Attachment, type AttachmentInputSchema } from '../../shared/observation.js';
import type { z } from 'zod';
import { writeChanges, type ApplyContext } from '../apply.js';
import { writeFileDurably } from '../durableFile.js';
import type { Db } from '../sqlite.js';
import { requireOpen } from './observations.js';
import { LIVE, toAttachment, type AttachmentRow } from './rows.js';

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const PATH_LIKE = /[/\\\u0000-\u001f\u007f]|^\.{1,2}$|^[A-Za-z]:/;

export function attachmentFile(dataDir: string, sha256: string): string {
  return path.join(dataDir, 'attachments', sha256.slice(0, 2), sha256);
}

/** The file's kind from its first bytes (magic numbers), for the few kinds people attach. */
export function sniffMime(bytes: Buffer): string {
  const starts = (hex: string, at = 0) => bytes.subarray(at, at + hex.length / 2).toString('hex') === hex;
  if (starts('ffd8ff')) return 'image/jpeg';
  if (starts('89504e470d0a1a0a')) return 'image/png';
  if (starts('47494638')) return 'image/gif';
  if (starts('52494646') && starts('57454250', 8)) return 'image/webp';
  if (starts('66747970', 4) && /^(heic|heix|mif1)$/.test(bytes.subarray(8, 12).toString('latin1'))) return 'image/heic';
  if (starts('25504446')) return 'application/pdf';
  return 'application/octet-stream';
}

function checkName(name: string): void {
  if (PATH_LIKE.test(name)) {
    throw new AppError('invalid_input', `"${name}" looks like a path, not a file name; attach the file by its own name, such as "work-sample.jpg".`);
  }
}

/** Writes the bytes under their hash, durably, so a crash never leaves half a file under the name. */
function storeBytes(dataDir: string, sha256: string, bytes: Buffer): void {
  const file = attachmentFile(dataDir, sha256);
  if (fs.existsSync(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileDurably(file, bytes);
}

export function addAttachment(ctx: ApplyContext, dataDir: string, input: z.output<typeof AttachmentInputSchema>): Attachment {
  requireOpen(ctx, input.observationId);
  checkName(input.name);
  if (!BASE64.test(input.dataBase64)) throw new AppError('invalid_input', 'The file did not arrive intact (its contents are not valid base64); attach it again.');
  const bytes = Buffer.from(input.dataBase64, 'base64');
  if (bytes.length === 0) throw new AppError('invalid_input', `"${input.name}" is empty.`);
  if (bytes.length > ATTACHMENT_MAX_BYTES) throw new AppError('invalid_input', `"${input.name}" is larger than ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB.`);
  if (input.noteId) {
    const note = ctx.db.prepare(`SELECT 1 FROM notes WHERE id = ? AND observation_id = ? AND ${LIVE}`).get(input.noteId, input.observationId);
    if (!note) throw new AppError('invalid_input', 'That note is not part of this observation.');
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  storeBytes(dataDir, sha256, bytes);
  const id = uuidv7(ctx.now());
  writeChanges(ctx, [
    {
      table: 'attachments',
      row: id,
      values: { observation_id: input.observationId, note_id: input.noteId, name: input.name, mime: sniffMime(bytes), size: bytes.length, sha256, deleted: 0 },
    },
  ]);
  return getAttachment(ctx.db, id);
}

export function getAttachment(db: Db, id: string): Attachment {
  const row = db.prepare(`SELECT * FROM attachments WHERE id = ? AND ${LIVE}`).get(id) as AttachmentRow | undefined;
  if (!row) throw new AppError('not_found', 'That attachment is not on this device.');
  return toAttachment(row);
}

export function listAttachments(db: Db, observationId: string): Attachment[] {
  const rows = db.prepare(`SELECT * FROM attachments WHERE observation_id = ? AND ${LIVE} ORDER BY id`).all(observationId) as AttachmentRow[];
  return rows.map(toAttachment);
}

/** The file's bytes, checked against the hash it was stored under. */
export function readAttachmentData(db: Db, dataDir: string, id: string): { attachment: Attachment; dataBase64: string } {
  const attachment = getAttachment(db, id);
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(attachmentFile(dataDir, attachment.sha256));
  } catch {
    throw new AppError('not_found', `The file "${attachment.name}" is not on this device yet; it arrives when this device next syncs with the one it was attached on.`);
  }
  if (createHash('sha256').update(bytes).digest('hex') !== attachment.sha256) {
    throw new AppError('database_corrupt', `The stored copy of "${attachment.name}" has been changed on disk and cannot be trusted.`);
  }
  return { attachment, dataBase64: bytes.toString('base64') };
}

export function removeAttachment(ctx: ApplyContext, id: string): void {
  const attachment = getAttachment(ctx.db, id);
  requireOpen(ctx, attachment.observationId);
  writeChanges(ctx, [{ table: 'attachments', row: id, values: { deleted: 1 } }]);
}
