import { describe, expect, it } from 'vitest';
import { isUuidV7, randomHex, uuidv7 } from '../../shared/ids.js';

describe('UUIDv7', () => {
  it('has the version and variant bits and encodes the time in its first 48 bits', () => {
    const ms = Date.UTC(2026, 10, 23, 8, 0, 0);
    const id = uuidv7(ms);
    expect(isUuidV7(id)).toBe(true);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(ms);
  });

  it('sorts by creation time across milliseconds and never repeats', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => uuidv7(1_700_000_000_000 + i));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(Array.from({ length: 10_000 }, () => uuidv7())).size).toBe(10_000);
  });

  it('rejects ids that are not version 7', () => {
    expect(isUuidV7('3f1c1a4e-8d0b-4c55-9a6e-2b0e6c1d7f00')).toBe(false);
    expect(isUuidV7('not-an-id')).toBe(false);
    expect(randomHex(8)).toMatch(/^[0-9a-f]{16}$/);
  });
});
