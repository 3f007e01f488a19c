// Enrolment codes and device tokens. The hub stores only their SHA-256: a
// copy of its database lets no one enrol a device or speak as one. A code is
// short enough to read out over the phone (no 0/O or 1/I to confuse), typed
// with or without its dashes and in either case.
import crypto from 'node:crypto';

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function sha256(text: string): string {
  return crypto.createHash('sha256').update(text, 'utf8').digest('hex');
}

export function newEnrolmentCode(): string {
  const bytes = crypto.randomBytes(15);
  const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]!).join('');
  return chars.match(/.{5}/g)!.join('-');
}

export function codeHash(typed: string): string {
  return sha256(`code:${typed.replace(/[\s-]/g, '').toUpperCase()}`);
}

export function newDeviceToken(): string {
  return `fbd_${crypto.randomBytes(32).toString('base64url')}`;
}

export function tokenHash(token: string): string {
  return sha256(`token:${token}`);
}
