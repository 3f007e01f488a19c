// The bundle container on its own: parts round-trip, and every way a file can
// be wrong (cut short, a byte changed, bytes added, a newer format, not a
// bundle at all) gets its own sentence.
import { describe, expect, it } from 'vitest';
import { decodeContainer, encodeContainer, NOT_A_BUNDLE, PART_ORDER, TRUNCATED, type PartName } from '../../db/bundles/container.js';

const parts = Object.fromEntries(PART_ORDER.map((name, i) => [name, Buffer.from(`${name} holds ${'x'.repeat(i * 7)}`)])) as Record<PartName, Buffer>;

function messageOf(file: Buffer): string {
  try {
    decodeContainer(file);
  } catch (err) {
    return (err as Error).message;
  }
  return 'read without complaint';
}

describe('the bundle container', () => {
  it('gives back exactly the parts it was given, empty ones too', () => {
    expect(decodeContainer(encodeContainer(parts))).toEqual(parts);
    const empty = { ...parts, 'rubrics.json': Buffer.alloc(0) };
    expect(decodeContainer(encodeContainer(empty))).toEqual(empty);
  });

  it('calls a file cut anywhere incomplete', () => {
    const file = encodeContainer(parts);
    for (let length = 1; length < file.length; length++) expect(messageOf(file.subarray(0, length)), `cut at ${length}`).toBe(TRUNCATED);
  });

  it('calls a file with any header or structure byte changed damaged (never newer), and one with bytes added damaged', () => {
    const file = encodeContainer(parts);
    for (let at = 8; at < 20; at++) {
      const changed = Buffer.from(file);
      changed[at] = changed[at]! ^ 0x10;
      expect(messageOf(changed), `byte ${at}`).toMatch(/^This bundle file is damaged or was changed after it was made \(its header does not add up\)/);
    }
    const renamed = Buffer.from(file);
    renamed[22] = renamed[22]! ^ 0x01;
    expect(messageOf(renamed)).toMatch(/damaged .*a part is named/);
    expect(messageOf(Buffer.concat([file, Buffer.from('more')]))).toMatch(/damaged .*bytes after its end/);
  });

  it('tells a newer format from a damaged file, and something else from a bundle', () => {
    expect(messageOf(encodeContainer(parts, 7))).toBe('This bundle was made by a newer Fieldbook (format 7); update Fieldbook to import it.');
    expect(messageOf(Buffer.from('{"not": "a bundle"}'))).toBe(NOT_A_BUNDLE);
    expect(messageOf(Buffer.alloc(0))).toBe(NOT_A_BUNDLE);
  });
});
