// Every published worked example in tests/fixtures/agreement/agreement-examples.json
// must hold to its tolerance through the real `fieldbook agreement` command:
// the file is written as a person would write it, the CLI prints one JSON
// object, and the statistic is read from the key the issue names.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IccForm } from '../../shared/agreement/icc.js';
import type { AgreementReport } from '../../shared/agreement/report.js';
import { readAgreementExamples, type AgreementExample } from '../support/agreementExamples.js';
import { runCli } from '../support/cli.js';
import { tempDirsFor } from '../support/inProcessApi.js';

const cases = readAgreementExamples();
const tempDir = tempDirsFor('fieldbook-agreement-ref-');

/** A contingency table becomes two raters' scores, one unit per counted pair. */
function ratingsFromTable(table: number[][], categories: number[]): number[][] {
  const a: number[] = [];
  const b: number[] = [];
  table.forEach((row, i) => row.forEach((count, j) => {
    for (let c = 0; c < count; c++) {
      a.push(categories[i]!);
      b.push(categories[j]!);
    }
  }));
  return [a, b];
}

/** Every integer level from the lowest to the highest score: the scale the example was scored on. */
function scaleOf(ratings: (number | null)[][]): number[] {
  const values = ratings.flat().filter((v): v is number => v !== null);
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

/** "ICC(2,1)" → ICC2, "ICC(3,4)" (k raters averaged) → ICC3k. */
function iccKey(form: string): string {
  const match = /^ICC\((\d),(\d+)\)$/.exec(form);
  if (!match) throw new Error(`unexpected ICC form ${form}`);
  return `ICC${match[1]}${match[2] === '1' ? '' : 'k'}`;
}

function pick(report: AgreementReport, c: AgreementExample): unknown {
  switch (c.statistic) {
    case 'krippendorff_alpha':
      return report.krippendorff_alpha[c.level_of_measurement!];
    case 'cohen_kappa':
      return report.pairs[0]!.cohen_kappa[c.weights === 'none' ? 'unweighted' : c.weights!];
    case 'icc':
      return report.icc[iccKey(c.icc_form!) as IccForm];
  }
}

describe('published agreement examples through `fieldbook agreement`', () => {
  it('has the cases the issue names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
    expect(new Set(cases.map((c) => c.statistic))).toEqual(new Set(['krippendorff_alpha', 'cohen_kappa', 'icc']));
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const ratings = c.categories ? ratingsFromTable(c.data as number[][], c.categories) : c.data;
    const scale = c.categories ? [...c.categories].sort((x, y) => x - y) : scaleOf(ratings);
    const file = path.join(tempDir(), `${c.name}.json`);
    fs.writeFileSync(file, JSON.stringify({ scale, ratings }));
    const result = await runCli(['agreement', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const value = pick(JSON.parse(result.stdout) as AgreementReport, c);
    expect(typeof value).toBe('number');
    expect(Math.abs((value as number) - c.expected)).toBeLessThanOrEqual(c.tolerance);
  });
});
