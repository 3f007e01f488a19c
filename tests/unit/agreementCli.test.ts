// `fieldbook agreement FILE` as a district data lead runs it: a JSON ratings
// file and the same ratings as a CSV export (unit,rater,score) give the same
// statistics under exactly the keys the calibration issue lists, and a
// malformed file gets one sentence naming the row, unit or line at fault,
// nothing on stdout, and exit code 1.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AgreementReport } from '../../shared/agreement/report.js';
import { oracleReport } from '../support/agreementOracle.js';
import { differences, reportProblems } from '../support/agreementReportChecks.js';
import { runCli } from '../support/cli.js';
import { tempDirsFor } from '../support/inProcessApi.js';
import { seededRandom, simulateRatings, type SimulatedRatings } from '../support/simulatedRatings.js';

const tempDir = tempDirsFor('fieldbook-agreement-cli-');

function writeFile(name: string, text: string): string {
  const file = path.join(tempDir(), name);
  fs.writeFileSync(file, text);
  return file;
}

async function reportFor(args: string[]): Promise<AgreementReport> {
  const result = await runCli(['agreement', ...args]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as AgreementReport;
}

const RATERS = ['Ana', 'Ben', 'Lee, Sam', 'Dee'];

/** A calibration round with anchors: four raters, twelve lessons, some scores missing. */
function round(seed: number, scale: number[]): SimulatedRatings & { raters: string[] } {
  const data = simulateRatings(seededRandom(seed), { raters: RATERS.length, units: 12, scale, missing: 0.2, severity: 0.5, noise: 0.6, anchor: true });
  // Lesson 1 is scored by everyone, so the CSV names the raters in the JSON's order.
  data.ratings.forEach((row) => (row[0] = row[0] ?? scale[0]!));
  return { ...data, raters: RATERS };
}

/** The same round as a spreadsheet export: one row per score, missing written three ways. */
function csvOf(data: ReturnType<typeof round>): string {
  const quote = (name: string) => (name.includes(',') ? `"${name}"` : name);
  const lines = ['unit,rater,score'];
  data.ratings[0]!.forEach((_, u) => {
    const rows = [...data.raters.map((name, r) => [name, data.ratings[r]![u]!] as const), ['anchor', data.anchor![u]!] as const];
    rows.forEach(([name, score], i) => {
      if (score !== null) lines.push(`lesson ${u + 1},${quote(name)},${score}`);
      else if (u === 0 || (u + i) % 3 === 0) lines.push(`lesson ${u + 1},${quote(name)},`);
      else if ((u + i) % 3 === 1) lines.push(`lesson ${u + 1},${quote(name)},NA`);
      // otherwise the row is simply absent, as when a rater skipped the lesson
    });
  });
  return lines.join('\r\n') + '\r\n';
}

describe('fieldbook agreement', () => {
  it('prints exactly the keys the issue lists, with the statistics of the textbook definitions', async () => {
    const data = round(7, [1, 2, 3, 4]);
    const report = await reportFor([writeFile('round.json', JSON.stringify(data))]);
    expect(Object.keys(report)).toEqual(['units', 'raters', 'exact', 'adjacent', 'fleiss_kappa', 'gwet_ac1', 'gwet_ac2', 'krippendorff_alpha', 'icc', 'pairs', 'anchor', 'notes']);
    expect(Object.keys(report.gwet_ac2)).toEqual(['linear', 'quadratic', 'ordinal']);
    expect(Object.keys(report.krippendorff_alpha)).toEqual(['nominal', 'ordinal', 'interval', 'ratio']);
    expect(Object.keys(report.icc)).toEqual(['ICC1', 'ICC2', 'ICC3', 'ICC1k', 'ICC2k', 'ICC3k']);
    expect(report.pairs).toHaveLength(6);
    for (const pair of report.pairs) {
      expect(Object.keys(pair)).toEqual(['a', 'b', 'n', 'exact', 'adjacent', 'cohen_kappa']);
      expect(Object.keys(pair.cohen_kappa)).toEqual(['unweighted', 'linear', 'quadratic']);
    }
    expect(report.anchor!.map((a) => Object.keys(a))).toEqual(RATERS.map(() => ['rater', 'n', 'exact', 'adjacent', 'mean_deviation']));
    expect(report.anchor!.map((a) => a.rater)).toEqual(RATERS);
    const { notes: _notes, ...statistics } = report;
    expect(differences(statistics, oracleReport(data), 1e-9)).toEqual([]);
    expect(reportProblems(report)).toEqual([]);
  });

  it('leaves out "anchor" when the file gives no anchor scores', async () => {
    const { anchor: _anchor, ...data } = round(8, [1, 2, 3, 4]);
    const report = await reportFor([writeFile('no-anchor.json', JSON.stringify(data))]);
    expect(report).not.toHaveProperty('anchor');
    expect(Object.keys(report).at(-1)).toBe('notes');
  });

  it('gives the same statistics for the CSV export of the same ratings', async () => {
    const data = round(9, [0, 1, 2, 3, 4]);
    const fromJson = await reportFor([writeFile('round.json', JSON.stringify(data))]);
    const fromCsv = await reportFor([writeFile('round.csv', csvOf(data)), '--scale', '0,1,2,3,4']);
    expect(fromCsv).toEqual(fromJson);
  });

  it('builds chance agreement over the --scale given, and says so when it had to read the scale from the scores', async () => {
    // Nobody used level 4, so the scale read from the scores has three levels and AC1 differs.
    const data = round(10, [1, 2, 3]);
    const file = writeFile('three-levels.csv', csvOf(data));
    const withScale = await reportFor([file, '--scale', '1,2,3,4']);
    const inferred = await reportFor([file]);
    expect(withScale).toEqual(await reportFor([writeFile('four-levels.json', JSON.stringify({ ...data, scale: [1, 2, 3, 4] }))]));
    expect(inferred.notes.scale).toMatch(/taken from the scores in the file \(1, 2, 3\); pass --scale/);
    expect(withScale.notes.scale).toBeUndefined();
    expect(inferred.gwet_ac1).not.toBeCloseTo(withScale.gwet_ac1!, 6);
    expect(inferred.krippendorff_alpha).toEqual(withScale.krippendorff_alpha);
  });

  const CSV_HEAD = 'unit,rater,score\nu1,Ana,3\nu1,Ben,2\n';
  const MALFORMED: [string, string, string, string[], RegExp][] = [
    ['ragged rows', 'ragged.json', '{"scale":[1,2,3,4],"ratings":[[1,2,3],[1,2]]}', [], /: row 2 has 2 scores, row 1 has 3/],
    ['a score outside the scale', 'outside.json', '{"scale":[1,2,3,4],"ratings":[[1,2,3],[1,5,3]]}', [], /: row 2, unit 2: the score is 5, which is not on the scale \(1, 2, 3, 4\)/],
    ['a score written as text in JSON', 'text.json', '{"scale":[1,2,3,4],"ratings":[[1,"3",3],[1,2,3]]}', [], /: row 1, unit 2: the score is "3", which is not a number/],
    ['a word for a score in CSV', 'word.csv', `${CSV_HEAD}u2,Ana,three\n`, [], /Line 4: the score "three" is not a number/],
    ['a score outside --scale in CSV', 'outside.csv', `${CSV_HEAD}u2,Ana,5\nu2,Ben,4\n`, ['--scale', '1,2,3,4'], /^[^\n]*outside.csv: Line 4: the score 5 is not on the scale \(1, 2, 3, 4\)\.\n$/],
    ['an anchor score outside the scale', 'anchor-outside.json', '{"scale":[1,2,3],"ratings":[[1,2],[1,2]],"anchor":[1,4]}', [], /the anchor, unit 2: the score is 4, which is not on the scale/],
    ['not JSON', 'broken.json', '{"scale":[1,2,3],"ratings":[[1,2]', [], /not valid JSON/],
    ['a wrong CSV header', 'header.csv', 'lesson,observer,score\nu1,Ana,3\n', [], /starts with the header unit,rater,score/],
    ['a CSV row with too few cells', 'cells.csv', `${CSV_HEAD}u2,Ana\n`, [], /Line 4 has 2 cells/],
    ['a duplicate unit and rater in CSV', 'duplicate.csv', `${CSV_HEAD}u1,Ana,4\n`, [], /Line 4: Ana already has a score for unit "u1"/],
    ['an anchor of the wrong length', 'anchor.json', '{"scale":[1,2,3],"ratings":[[1,2,3],[1,2,3]],"anchor":[1,2]}', [], /"anchor" has 2 scores but there are 3 units/],
    ['raters of the wrong length', 'raters.json', '{"scale":[1,2,3],"ratings":[[1,2,3],[1,2,3]],"raters":["Ana"]}', [], /"raters" must list one non-empty name per row of ratings \(2\)/],
    ['an unsorted scale', 'unsorted.json', '{"scale":[1,3,2],"ratings":[[1,2],[1,2]]}', [], /in ascending order/],
    ['a scale with a level twice', 'twice.json', '{"scale":[1,2,2,3],"ratings":[[1,2],[1,2]]}', [], /each level once/],
    ['an unsorted --scale', 'unsorted.csv', CSV_HEAD, ['--scale', '3,2,1'], /in ascending order/],
    ['a --scale with a level twice', 'twice.csv', CSV_HEAD, ['--scale', '1,2,2,3'], /each level once/],
    ['a --scale that is not numbers', 'words.csv', CSV_HEAD, ['--scale', 'low,high'], /--scale "low,high" is not a list of numbers/],
    ['--scale with a JSON file', 'scale.json', '{"scale":[1,2,3],"ratings":[[1,2],[1,2]]}', ['--scale', '1,2,3'], /names its own "scale"/],
  ];

  it.each(MALFORMED)('refuses %s with one line on stderr and exit 1', async (_what, name, text, extra, message) => {
    const result = await runCli(['agreement', writeFile(name, text), ...extra]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^[^\n]+\n$/);
    expect(result.stderr).toMatch(message);
  });

  it('refuses a missing file with one line naming it', async () => {
    const missing = path.join(tempDir(), 'nowhere.csv');
    const result = await runCli(['agreement', missing]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`Cannot read ${missing}: there is no such file.\n`);
  });

  it('refuses a ratings file over 20 MiB in one sentence, before reading it', async () => {
    const lines = ['unit,rater,score'];
    for (let unit = 0; lines.length < 1_200_000; unit++) for (const rater of ['Ana', 'Ben', 'Cy', 'Dee']) lines.push(`lesson ${unit},${rater},${1 + ((unit + rater.length) % 4)}`);
    const file = writeFile('district.csv', lines.join('\n'));
    const size = fs.statSync(file).size;
    expect(size).toBeGreaterThan(20 * 1024 * 1024);
    const result = await runCli(['agreement', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${file} is ${size.toLocaleString('en-US')} bytes, more than the 20,971,520 bytes (20 MiB) a ratings file can be; it was not read.\n`);
  });

  it('refuses more than 200 raters in one sentence: the report lists every pair of raters', async () => {
    const ratings = Array.from({ length: 201 }, (_, r) => [1 + (r % 4), 1 + ((r + 1) % 4)]);
    const result = await runCli(['agreement', writeFile('crowd.json', JSON.stringify({ scale: [1, 2, 3, 4], ratings }))]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^[^\n]*crowd\.json: The file has 201 raters, more than the 200 \(19,900 pairs\) Fieldbook compares in one report; split the raters into smaller groups\.\n$/);
    expect((await reportFor([writeFile('two-hundred.json', JSON.stringify({ scale: [1, 2, 3, 4], ratings: ratings.slice(1) }))])).pairs).toHaveLength(19_900);
  });

  it('shows escape sequences and bidi overrides in rater and unit names escaped: in a sentence and in the JSON report', async () => {
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach the terminal
    const rawControl = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
    const rater = 'Ana\u001b[2J\u001b[31m\u202eeman';
    const duplicate = await runCli(['agreement', writeFile('evil.csv', `unit,rater,score\nu1,"${rater}",3\nu1,Ben,2\nu1,"${rater}",4\n`)]);
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).not.toMatch(rawControl);
    expect(duplicate.stderr).toMatch(/: Line 4: Ana\\u001b\[2J\\u001b\[31m\\u202eeman already has a score for unit "u1"\.\n$/);

    const named = await runCli(['agreement', writeFile('evil.json', JSON.stringify({ scale: [1, 2], ratings: [[1, 2], [1, 1]], raters: [rater, 'Ben\r\u0007'] }))]);
    expect(named.code).toBe(0);
    expect(named.stdout).not.toMatch(rawControl);
    // Still JSON, with the names as they are in the file once parsed.
    expect((JSON.parse(named.stdout) as AgreementReport).pairs[0]).toMatchObject({ a: rater, b: 'Ben\r\u0007' });
  });
});
