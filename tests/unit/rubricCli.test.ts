// `fieldbook rubric ...` as a district data lead runs it: validate a file,
// import it, list and show it, export it and import the export elsewhere.
// A broken file is refused with every problem as "path: sentence" on
// stderr, a non-zero exit, and nothing stored.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { tempDirsFor } from '../support/inProcessApi.js';
import { manyUnknownKeys, sampleRubric, sampleRubricText } from '../support/rubrics.js';

const tempDir = tempDirsFor('fieldbook-rubric-cli-');

function writeFile(name: string, text: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  return file;
}

/** Any character a terminal would act on rather than show: control characters (C0, DEL, C1) and bidi controls; a line break is allowed. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach the terminal
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

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

  it('names the line and column of a broken file, empty or cut short included, with the right hint for a comma', async () => {
    const text = sampleRubricText();
    const listEnd = text.indexOf(']');
    const cases: [name: string, contents: string, message: RegExp][] = [
      ['empty.json', '', /at line 1, column 1: the file is empty/],
      ['truncated.json', text.slice(0, 200), /at line \d+, column \d+: (the file ends there, before the JSON is complete|the file ends inside text in quotes)/],
      ['object-comma.json', '{\n  "format": "fieldbook-rubric/1",\n}', /at line 3, column 1: remove the comma before the closing bracket\.$/m],
      ['list-comma.json', `${text.slice(0, listEnd).trimEnd()},\n${text.slice(listEnd)}`, /at line \d+, column 1: remove the comma before the closing bracket\.$/m],
      ['missing-comma.json', '{\n  "format": "fieldbook-rubric/1"\n  "id": "x"\n}', /at line 3, column 3: look for a missing comma or quote just before it\.$/m],
    ];
    for (const [name, contents, message] of cases) {
      const file = writeFile(name, contents);
      const result = await runCli(['rubric', 'validate', file]);
      expect(result.code, name).toBe(1);
      expect(result.stderr, name).toMatch(message);
      expect(result.stderr, name).not.toMatch(/Unexpected end of JSON input/);
      const json = await runCli(['rubric', 'validate', file, '--json']);
      expect((JSON.parse(json.stdout) as { problems: { message: string }[] }).problems[0]!.message, name).toMatch(message);
    }
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

describe('fieldbook rubric: limits on what it reads, and what it prints', () => {
  it('refuses a 50 MB rubric file in one sentence before reading it: exit 1, nothing stored', async () => {
    const dataDir = tempDir();
    const before = await rubricIds(dataDir);
    const { text, keys } = manyUnknownKeys(50_000_000);
    expect(keys).toBeGreaterThan(2_000_000);
    const file = writeFile('huge.json', text);
    const size = fs.statSync(file).size.toLocaleString('en-US');
    for (const args of [['validate', file, '--json'], ['validate', file], ['import', file]]) {
      const result = await runCli(['rubric', ...args, '--data-dir', dataDir]);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim()).toBe(`${file} is ${size} bytes, more than the 1,048,576 bytes (1 MiB) a rubric file can be; it was not read, and nothing was stored.`);
    }
    expect(await rubricIds(dataDir)).toEqual(before);
  });

  it('lists the first 50 problems of a file with tens of thousands of unknown keys, then how many more: in words and in --json', async () => {
    const dataDir = tempDir();
    const before = await rubricIds(dataDir);
    const { text, keys } = manyUnknownKeys(1024 * 1024);
    expect(keys).toBeGreaterThan(50_000);
    const file = writeFile('many-keys.json', text);
    const more = keys - 50;

    const json = await runCli(['rubric', 'validate', file, '--json']);
    expect(json.code).toBe(1);
    const answer = JSON.parse(json.stdout) as { valid: boolean; problems: { path: string; message: string }[]; moreProblems: number };
    expect(answer.valid).toBe(false);
    expect(answer.problems).toHaveLength(50);
    expect(answer.problems[49]).toEqual({ path: 'unknownKey49', message: 'is not a field of the rubric format (check the spelling)' });
    expect(answer.moreProblems).toBe(more);

    for (const command of ['validate', 'import']) {
      const result = await runCli(['rubric', command, file, '--data-dir', dataDir]);
      expect(result.code, command).toBe(1);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(52);
      expect(lines[0]).toBe(`${file} is not a valid rubric (${keys.toLocaleString('en-US')} problems); nothing was stored:`);
      expect(lines[1]!.trim()).toBe('unknownKey0: is not a field of the rubric format (check the spelling)');
      expect(lines[51]!.trim()).toBe(`and ${more.toLocaleString('en-US')} more problems`);
    }
    expect(await rubricIds(dataDir)).toEqual(before);
  });

  it('shows escape sequences, control characters and bidi overrides from the file escaped, in words and in JSON', async () => {
    const dataDir = tempDir();
    const name = 'Evil \u001b[31mred\u001b[0m\r\u0007\u202eeman';
    const shown = 'Evil \\u001b[31mred\\u001b[0m\\r\\u0007\\u202eeman';
    const file = writeFile('evil.json', sampleRubricText({ name }));

    const valid = await runCli(['rubric', 'validate', file]);
    expect(valid.code).toBe(0);
    expect(valid.stdout.trim()).toBe(`${file} is a valid rubric: ${shown} (sample-rubric version 1, 2 dimensions).`);
    expect((await runCli(['rubric', 'import', file, '--data-dir', dataDir])).stdout.trim()).toBe(`Imported ${shown} (sample-rubric version 1).`);
    const list = await runCli(['rubric', 'list', '--data-dir', dataDir]);
    expect(list.stdout).toContain(`sample-rubric  ${shown}  [published: v1]`);
    const show = await runCli(['rubric', 'show', 'sample-rubric', '--data-dir', dataDir]);
    expect(show.stdout.split('\n')[0]).toBe(`${shown} (sample-rubric version 1)`);
    const showJson = await runCli(['rubric', 'show', 'sample-rubric', '--json', '--data-dir', dataDir]);
    // Still JSON, and the same name once parsed: the bidi override is written as \u202e.
    expect((JSON.parse(showJson.stdout) as { rubric: { name: string } }).rubric.name).toBe(name);
    for (const output of [valid.stdout, list.stdout, show.stdout, showJson.stdout]) expect(output).not.toMatch(RAW_CONTROL);

    // A field name is text from the file too: it cannot colour the terminal, retitle it or forge a line of the list.
    const forged = writeFile('forged.json', `${sampleRubricText().trimEnd().slice(0, -1)}, "\\u001b]0;pwned\\u0007": 1, "x\\ny: fine\\rz": 2}`);
    const problems = await runCli(['rubric', 'validate', forged]);
    expect(problems.code).toBe(1);
    expect(problems.stderr).not.toMatch(RAW_CONTROL);
    expect(problems.stderr.trim().split('\n').slice(1).map((l) => l.trim())).toEqual([
      '\\u001b]0;pwned\\u0007: is not a field of the rubric format (check the spelling)',
      'x\\ny: fine\\rz: is not a field of the rubric format (check the spelling)',
    ]);
  });
});
