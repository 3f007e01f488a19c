// The first "Done when", with the real `bin/fieldbook` as a process:
// two data directories with different edits (observations on a rubric only
// one has, notes and scores, lesson study) exchange bundles both ways and
// print the same digest; importing again changes nothing; one flipped byte or
// a cut file makes import fail with one sentence on stderr, nothing on
// stdout, exit 1 and the digest unchanged; --since-peer sends only what the
// peer lacks.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { noteInput, setUpBackend } from '../support/observationBackend.js';
import { coachWork, otherWork } from '../support/bundles.js';
import { runCli, type CliResult } from '../support/cli.js';
import { tempDir } from '../support/stores.js';

async function ok(args: string[]): Promise<string> {
  const result = await runCli(args);
  expect(result.stderr, args.join(' ')).toBe('');
  expect(result.code, args.join(' ')).toBe(0);
  return result.stdout.trim();
}

async function digest(dataDir: string): Promise<string> {
  return (JSON.parse(await ok(['status', '--json', '--data-dir', dataDir])) as { digest: string }).digest;
}

function expectRefused(result: CliResult, message: RegExp): void {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr.trim()).toMatch(message);
}

describe('fieldbook bundle export / import', () => {
  it('two data directories exchange bundles both ways and print the same digest; again changes nothing; a flipped byte or a cut file is refused', async () => {
    const a = setUpBackend();
    const b = setUpBackend();
    const aObservation = await coachWork(a, 'Ana Ruiz');
    await otherWork(b, 'Ken Ito');
    const [aNode, bNode] = [a.store.nodeId, b.store.nodeId];
    a.store.close();
    b.store.close();
    const out = tempDir();
    const [aFile, bFile] = [path.join(out, 'a.fbundle'), path.join(out, 'b.fbundle')];
    expect(await digest(a.dataDir)).not.toBe(await digest(b.dataDir));

    expect(await ok(['bundle', 'export', '--data-dir', a.dataDir, '--out', aFile])).toMatch(/^Wrote .*a\.fbundle\. The bundle holds [\d,]+ changes and 1 rubric version: everything this device holds\.$/);
    expect(await ok(['bundle', 'import', '--data-dir', b.dataDir, aFile])).toMatch(
      new RegExp(`^Imported the bundle from Ana Ruiz's device \\(${aNode}\\): [\\d,]+ changes applied, 1 rubric version added\\.$`),
    );
    await ok(['bundle', 'export', '--data-dir', b.dataDir, '--out', bFile]);
    expect(await ok(['bundle', 'import', '--data-dir', a.dataDir, bFile])).toMatch(/changes applied, [\d,]+ changes already here\.$/);
    const same = await digest(a.dataDir);
    expect(await digest(b.dataDir)).toBe(same);

    expect(await ok(['bundle', 'import', '--data-dir', b.dataDir, aFile])).toMatch(/^Nothing new from Ana Ruiz's device .*: this device already had all [\d,]+ changes in the bundle\.$/);
    expect(await digest(b.dataDir)).toBe(same);

    const bytes = fs.readFileSync(aFile);
    const flipped = Buffer.from(bytes);
    const at = Math.floor(bytes.length * 0.6);
    flipped[at] = flipped[at]! ^ 0x04;
    fs.writeFileSync(path.join(out, 'flipped.fbundle'), flipped);
    expectRefused(await runCli(['bundle', 'import', '--data-dir', b.dataDir, path.join(out, 'flipped.fbundle')]), /^This bundle file is damaged or was changed after it was made \(.*\); ask for a new one\. Nothing was imported\.$/);
    fs.writeFileSync(path.join(out, 'cut.fbundle'), bytes.subarray(0, bytes.length - 100));
    expectRefused(await runCli(['bundle', 'import', '--data-dir', b.dataDir, path.join(out, 'cut.fbundle')]), /^This bundle file is incomplete: it ends early/);
    expect(await digest(b.dataDir)).toBe(same);

    // A new note on A; A knows what B holds (it imported B's bundle), so only the note's ops travel.
    const again = setUpBackend(a.dataDir);
    again.advance(3_600_000);
    await again.value('saveNote', noteInput(aObservation.id, 'After lunch: groups present', { atMs: 90_000 }));
    again.store.close();
    const sinceFile = path.join(out, 'since.fbundle');
    expect(await ok(['bundle', 'export', '--data-dir', a.dataDir, '--out', sinceFile, '--since-peer', bNode])).toMatch(
      new RegExp(`The bundle holds [1-9] changes and 0 rubric versions: what Ken Ito's device \\(${bNode}\\) has not seen\\.$`),
    );
    expect(await ok(['bundle', 'import', '--data-dir', b.dataDir, sinceFile])).toMatch(/: [1-9] changes applied\.$/);
    expect(await digest(b.dataDir)).toBe(await digest(a.dataDir));
    expectRefused(await runCli(['bundle', 'export', '--data-dir', a.dataDir, '--out', sinceFile]), /already exists; choose another file name\.$/);
  }, 300_000);

  it('refuses a bundle file over 288 MiB in one sentence, before reading it, and imports nothing', async () => {
    const b = setUpBackend();
    await otherWork(b, 'Ken Ito');
    b.store.close();
    const before = await digest(b.dataDir);
    const file = path.join(tempDir(), 'huge.fbundle');
    // Sparse: as big as the limit and one byte more, without writing 288 MiB to the disk.
    fs.writeFileSync(file, 'FBBUNDLE');
    fs.truncateSync(file, 288 * 1024 * 1024 + 1);
    for (const extra of [[], ['--json']]) {
      expectRefused(
        await runCli(['bundle', 'import', '--data-dir', b.dataDir, file, ...extra]),
        /^\/.*huge\.fbundle is 301,989,889 bytes, more than the 301,989,888 bytes \(288 MiB\) a bundle file can be; it was not read, and nothing was imported\.$/,
      );
    }
    expect(await digest(b.dataDir)).toBe(before);
  });

  it("shows the sending device's name from the bundle with its escape sequences and bidi overrides escaped", async () => {
    const a = setUpBackend();
    const b = setUpBackend();
    await a.value('saveSettings', { userName: 'Ana \u001b[31mRu\riz\u202e', district: 'Dinuba Unified' });
    await a.value('saveSchool', { name: 'Jefferson Elementary', code: '007' });
    const aNode = a.store.nodeId;
    a.store.close();
    b.store.close();
    const file = path.join(tempDir(), 'a.fbundle');
    await ok(['bundle', 'export', '--data-dir', a.dataDir, '--out', file]);
    const imported = await ok(['bundle', 'import', '--data-dir', b.dataDir, file]);
    expect(imported).toMatch(new RegExp(`^Imported the bundle from Ana \\\\u001b\\[31mRu\\\\riz\\\\u202e's device \\(${aNode}\\): [\\d,]+ changes applied\\.$`));
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach the terminal
    expect(imported).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });
});
