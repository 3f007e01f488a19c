// docs/benchmarks.md as the bench writes it: a run of every benchmark writes
// it afresh; a run of one (--only) replaces that benchmark's row and section
// and keeps every other result as recorded. And the naive aggregation the
// Insights alternatives share, on a hand-counted example.
import { describe, expect, it } from 'vitest';
import type { BenchResult } from '../../bench/harness.js';
import { naiveFigures } from '../../bench/naiveAggregation.js';
import { mergeReport, renderReport } from '../../bench/report.js';

function result(name: string, ms: number): BenchResult {
  return {
    name,
    description: `What ${name} measures.`,
    ours: { label: 'ours', ms },
    alternative: { label: 'theirs', ms: 100 },
    ratio: ms / 100,
    target: 'under 50 ms',
    met: ms < 50,
    notes: [`${name} note.`],
  };
}

const MACHINE = '2 × Test CPU; 8 GiB RAM';
const full = renderReport([result('Alpha', 10), result('Beta', 20), result('Gamma', 30)], MACHINE, '2026-01-01T00:00:00.000Z');

describe('the benchmarks report', () => {
  it('lists every result in the table and in a section of its own', () => {
    expect(full).toContain(`Machine: ${MACHINE}`);
    expect(full).toContain('| Beta | 20.0 ms | 100.0 ms | 0.20× | under 50 ms | yes |');
    expect(full).toContain('## Gamma\n\nWhat Gamma measures.\n\n- ours: ours: 30.0 ms\n- alternative: theirs: 100.0 ms\n- ratio: 0.30×\n- Gamma note.\n');
  });

  it('replaces only the re-run benchmark, in place, and says when it was measured alone', () => {
    const merged = mergeReport(full, [result('Beta', 70)], MACHINE, '2026-02-02T00:00:00.000Z', 'beta');
    const rows = merged.split('\n').filter((line) => /^\| (Alpha|Beta|Gamma) \|/.test(line));
    expect(rows).toEqual([
      '| Alpha | 10.0 ms | 100.0 ms | 0.10× | under 50 ms | yes |',
      '| Beta | 70.0 ms | 100.0 ms | 0.70× | under 50 ms | no |',
      '| Gamma | 30.0 ms | 100.0 ms | 0.30× | under 50 ms | yes |',
    ]);
    expect(merged).toContain('- ours: ours: 70.0 ms\n- alternative: theirs: 100.0 ms\n- ratio: 0.70×\n- Beta note.\n- Measured alone on 2026-02-02T00:00:00.000Z (`npm run bench -- --only "beta"`).\n\n## Gamma');
    expect(merged).not.toContain('20.0 ms');
    // Everything but Beta's row and section is as it was.
    expect(merged.replace(/\| Beta \|.*\n/, '').replace(/## Beta[\s\S]*?(?=## Gamma)/, '')).toBe(full.replace(/\| Beta \|.*\n/, '').replace(/## Beta[\s\S]*?(?=## Gamma)/, ''));
  });

  it('adds a benchmark the file did not have at the end, naming another machine when it was measured on one', () => {
    const merged = mergeReport(full, [result('Delta', 5)], '4 × Other CPU', '2026-03-03T00:00:00.000Z', 'delta');
    expect(merged).toMatch(/\| Gamma \|.*\n\| Delta \| 5\.0 ms \|/);
    expect(merged.trimEnd().endsWith('- Measured alone on 2026-03-03T00:00:00.000Z (`npm run bench -- --only "delta"`) on 4 × Other CPU.')).toBe(true);
  });

  it('refuses a file without the results table instead of writing over it', () => {
    expect(() => mergeReport('# Notes\n\nSomething else.\n', [result('Beta', 70)], MACHINE, '2026-02-02T00:00:00.000Z', 'beta')).toThrow(/run every benchmark/);
  });
});

describe('the naive aggregation', () => {
  it('counts scores, distinct observations and the mean of valued scores per group', () => {
    type Row = [observation: string, dimension: string, value: number | null, na: boolean, month: string];
    const rows: Row[] = [
      ['o1', 'd1', 3, false, '2025-09'],
      ['o1', 'd2', null, true, '2025-09'],
      ['o2', 'd1', 1, false, '2025-10'],
      ['o3', 'd1', 2, false, '2025-10'],
    ];
    const figures = naiveFigures(rows, {
      observation: (r) => r[0],
      dimension: (r) => r[1],
      value: (r) => r[2],
      na: (r) => r[3],
      month: (r) => r[4],
      schoolYear: () => '2025-26',
      school: () => 's',
      grade: () => '4',
      subject: () => 'Math',
    });
    const d1 = figures.dimension.get('d1')!;
    expect([d1.scores, d1.valued, d1.sum, d1.observations.size]).toEqual([3, 3, 6, 3]);
    const september = figures.month.get('2025-09')!;
    expect([september.scores, september.valued, september.sum, september.observations.size]).toEqual([2, 1, 3, 1]);
    expect([...figures.levels.keys()].sort()).toEqual(['d1/1', 'd1/2', 'd1/3', 'd2/na']);
    expect(figures.year.get('2025-26')!.observations.size).toBe(3);
  });
});
