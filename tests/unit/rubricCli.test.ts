// `fieldbook rubric ...` as a district data lead runs it: validate a file,
// import it, list and show it, export it and import the export elsewhere.
// A broken file is refused with every problem as "path: sentence" on
// stderr, a non-zero exit, and nothing stored.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempDirsFor } from '../support/inProcessApi.js';
import { sampleRubric, sampleRubricText } from '../support/rubrics.js';

const tempDir = tempDirsFor('fieldbook-rubric-cli-');

function writeFile(name: string, text: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  return file;
}

async function rubricIds(dataDir: string): Promise<string[]> {
  const result = await runCli(['rubric', 'list', '--json', '--data-dir', dataDir]);
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { id: string; versions: unknown[] }[]).map((r) => `${r.id}@${r.versions.length}`);
}

describe('fieldbook rubric', () => {
  it('validates a good file without needing a data directory', async () => {
    const file = writeFile('good.json', sampleRubricText());
    const result = await runCli(['rubric', 'validate', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/is a valid rubric: Sample rubric \(sample-rubric version 1, 2 dimensions\)/);
  });

  it('refuses a broken file with every problem at its path, exit 1, and stores nothing', async () => {
    const dataDir = tempDir();
    const before = await rubricIds(dataDir);
    const r = sampleRubric();
    const broken = { ...r, dimensions: [r.dimensions[0], r.dimensions[1], { ...r.dimensions[0], id: 'third', levels: [{ value: 'one', descriptor: 'x' }] }], scoring: { unit: 'lesson', scale: { levels: [{ value: 1 }] } } };
    const file = writeFile('broken.json', JSON.stringify(broken));
    for (const command of ['validate', 'import']) {
      const result = await runCli(['rubric', command, file, '--data-dir', dataDir]);
      expect(result.code, command).toBe(1);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines[0]).toBe(`${file} is not a valid rubric (3 problems); nothing was stored:`);
      expect(lines.slice(1).map((l) => l.trim())).toEqual([
        'scoring.scale.levels[0].label: is missing: expected text',
        'scoring.scale.levels: a scale needs at least two levels',
        'dimensions[2].levels[0].value: expected a number, got text',
      ]);
    }
    expect(await rubricIds(dataDir)).toEqual(before);
  });

  it('reports the problems as JSON with --json', async () => {
    const file = writeFile('broken.json', '{"format": "fieldbook-rubric/1"');
    const result = await runCli(['rubric', 'validate', file, '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: false, problems: [{ path: '', message: expect.stringMatching(/not valid JSON/) }] });
  });

  it('imports, lists, shows and exports; the export imports into a fresh data directory as the same version', async () => {
    const dataDir = tempDir();
    const file = writeFile('sample.json', sampleRubricText());
    const imported = await runCli(['rubric', 'import', file, '--data-dir', dataDir]);
    expect(imported.stdout.trim()).toBe('Imported Sample rubric (sample-rubric version 1).');
    const again = await runCli(['rubric', 'import', file, '--data-dir', dataDir]);
    expect(again.stdout.trim()).toBe('Already had Sample rubric (sample-rubric version 1); nothing changed.');
    expect(await rubricIds(dataDir)).toContain('sample-rubric@1');

    const list = await runCli(['rubric', 'list', '--data-dir', dataDir]);
    expect(list.stdout).toMatch(/^tru-math {2}TRU Math.*\[published: v1\] {2}built-in$/m);
    expect(list.stdout).toMatch(/^sample-rubric {2}Sample rubric {2}\[published: v1\]$/m);

    const shown = await runCli(['rubric', 'show', 'sample-rubric@1', '--data-dir', dataDir]);
    expect(shown.stdout).toMatch(/^Fingerprint \(SHA-256\): [0-9a-f]{64}$/m);
    expect(shown.stdout).toMatch(/^ {2}precision: Precision$/m);
    const shownJson = JSON.parse((await runCli(['rubric', 'show', 'sample-rubric', '--json', '--data-dir', dataDir])).stdout) as { contentHash: string };

    const out = path.join(tempDir(), 'sample-export.json');
    const exported = await runCli(['rubric', 'export', 'sample-rubric@1', '--out', out, '--data-dir', dataDir]);
    expect(exported.code).toBe(0);
    const refusedOverwrite = await runCli(['rubric', 'export', 'sample-rubric', '--out', out, '--data-dir', dataDir]);
    expect(refusedOverwrite.code).toBe(1);
    expect(refusedOverwrite.stderr).toMatch(/already exists/);

    const fresh = tempDir();
    expect((await runCli(['rubric', 'import', out, '--data-dir', fresh])).code).toBe(0);
    const freshJson = JSON.parse((await runCli(['rubric', 'show', 'sample-rubric@1', '--json', '--data-dir', fresh])).stdout) as { contentHash: string };
    expect(freshJson.contentHash).toBe(shownJson.contentHash);
  });

  it('says clearly what is missing or unknown', async () => {
    const dataDir = tempDir();
    const cases: [string[], RegExp][] = [
      [['rubric', 'show', 'no-such-rubric'], /^There is no published rubric "no-such-rubric"\.$/],
      [['rubric', 'show', 'tru-math@7'], /^There is no published version 7 of rubric "tru-math"\.$/],
      [['rubric', 'validate', path.join(dataDir, 'missing.json')], /there is no such file/],
      [['rubric', 'frobnicate'], /Unknown rubric command "frobnicate"/],
      [['rubric', 'show', 'a@b@c'], /is not a rubric id/],
    ];
    for (const [args, pattern] of cases) {
      const result = await runCli([...args, '--data-dir', dataDir]);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr.trim()).toMatch(pattern);
    }
  });
});
