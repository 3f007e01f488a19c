// Compressed bombs: correctly signed bundles whose ops part is a small gzip
// that unpacks to far more than any bundle holds (1 GiB of zeros in a 1 MB
// file; a valid change padded or repeated). Import refuses each in one
// sentence as soon as it can tell, changes nothing, and never holds what it
// unpacked: the process's peak memory (the kernel's peak RSS, a memory bound
// rather than a time) stays far below what the bomb unpacks to.
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { exportBundle } from '../../db/bundles/exportBundle.js';
import type { Store } from '../../db/store.js';
import { forge, refused } from '../support/bundles.js';
import { setUpBackend } from '../support/observationBackend.js';
import { readOps, tempDir } from '../support/stores.js';

const MiB = 1024 * 1024;
/** Below the 256 MiB the ops part may unpack to, so holding the unpacked part fails it; far above what streaming it needs. */
const MEMORY_BOUND_MIB = 128;

/** gzip members may follow one another in one stream and gunzip reads them all, so one small member repeated unpacks to `times` × `unit`. */
function gzipRepeated(unit: Buffer, times: number): Buffer {
  const member = zlib.gzipSync(unit, { level: 9 });
  return Buffer.concat(Array.from({ length: times }, () => member));
}

/** A device with a little work, its bundle, and an empty device to import into. */
async function devices() {
  const maker = setUpBackend();
  await maker.value('saveSchool', { name: 'Lincoln Elementary', code: '007' });
  const bundle = exportBundle(maker.store, path.join(tempDir(), 'real.fbundle'), { sincePeer: null }).bytes;
  return { maker, bundle, change: JSON.stringify(readOps(maker.store)[0]), into: setUpBackend().store };
}

/** The refusal's message, and how far peak memory rose above the memory in use before the import. */
async function refusedWithin(store: Store, bomb: Buffer): Promise<{ message: string; grewMiB: number }> {
  const before = process.memoryUsage().rss;
  const message = await refused(store, bomb);
  return { message, grewMiB: (process.resourceUsage().maxRSS * 1024 - before) / MiB };
}

describe('a compressed bomb in a bundle', () => {
  it('1 GiB of zeros in a 1 MB bundle is refused at its first line, longer than any change', async () => {
    const { maker, bundle, into } = await devices();
    const bomb = forge(bundle, maker.dataDir, { opsPart: gzipRepeated(Buffer.alloc(16 * MiB), 64) });
    expect(bomb.length).toBeLessThan(2 * MiB);
    const { message, grewMiB } = await refusedWithin(into, bomb);
    expect(message).toBe('This bundle file is damaged or was changed after it was made (change 1 is longer than 4 MiB, more than any change holds); ask for a new one. Nothing was imported.');
    expect(grewMiB).toBeLessThan(MEMORY_BOUND_MIB);
  });

  it('valid changes padded to unpack to more than 256 MiB are refused once that much is unpacked', async () => {
    const { maker, bundle, change, into } = await devices();
    // JSON allows the spaces: each line is a valid change of about 1 MiB.
    const line = Buffer.from(`${change}${' '.repeat(MiB - change.length - 1024)}\n`);
    const bomb = forge(bundle, maker.dataDir, { opsPart: gzipRepeated(line, 300), manifest: { ops: 1000 } });
    const { message, grewMiB } = await refusedWithin(into, bomb);
    expect(message).toBe('This bundle is too big to import: its changes unpack to more than 256 MiB, the most Fieldbook reads from one bundle. Nothing was imported.');
    expect(grewMiB).toBeLessThan(MEMORY_BOUND_MIB);
  });

  it('a valid change repeated to a gigabyte is refused at the first change beyond the count its manifest states', async () => {
    const { maker, bundle, change, into } = await devices();
    const bomb = forge(bundle, maker.dataDir, { opsPart: gzipRepeated(Buffer.from(`${change}\n`.repeat(65_536)), 64), manifest: { ops: 2 } });
    const { message, grewMiB } = await refusedWithin(into, bomb);
    expect(message).toBe('This bundle file is damaged or was changed after it was made (it holds more than the 2 changes its manifest states); ask for a new one. Nothing was imported.');
    expect(grewMiB).toBeLessThan(MEMORY_BOUND_MIB);
  });
});
