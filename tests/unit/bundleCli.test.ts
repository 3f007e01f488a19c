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
});
