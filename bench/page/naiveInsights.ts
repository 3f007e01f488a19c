// Page code for the Insights first-render benchmark, bundled with esbuild and
// run in Chromium on the app's own page: the dashboard a user could otherwise
// build, which fetches every lesson score as the exported CSV (the tidy file
// researchers take to a spreadsheet), parses it, and groups it in the browser
// with the same aggregation as the Node alternative. Times itself, split into
// fetching and parsing plus grouping.
import { parseCsv } from '../../shared/csv.js';
import { naiveFigures } from '../naiveAggregation.js';

export interface NaiveTiming {
  /** From the call to the figures' numbers in memory. */
  ms: number;
  /** Of which: the backend writing the CSV and the page receiving it. */
  fetchMs: number;
  rows: number;
}

async function naiveInsights(token: string): Promise<NaiveTiming> {
  const start = performance.now();
  const res = await fetch('/api/exportInsightsCsv', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: '{}' });
  const answer = (await res.json()) as { ok: boolean; value: { text: string } };
  if (!answer.ok) throw new Error(`exportInsightsCsv failed: ${JSON.stringify(answer)}`);
  const fetched = performance.now();
  const [header, ...rows] = parseCsv(answer.value.text).map((r) => r.cells);
  const at = new Map(header!.map((name, i) => [name, i]));
  const cell = (row: string[], name: string) => row[at.get(name)!]!;
  const figures = naiveFigures(rows, {
    observation: (r) => cell(r, 'observation_id'),
    value: (r) => (cell(r, 'value') === '' ? null : Number(cell(r, 'value'))),
    na: (r) => cell(r, 'na') === '1',
    dimension: (r) => cell(r, 'dimension_id'),
    month: (r) => cell(r, 'date').slice(0, 7),
    schoolYear: (r) => cell(r, 'school_year'),
    school: (r) => cell(r, 'school'),
    grade: (r) => cell(r, 'grade'),
    subject: (r) => cell(r, 'subject'),
  });
  if (figures.dimension.size === 0) throw new Error('The exported CSV held no scores.');
  return { ms: performance.now() - start, fetchMs: fetched - start, rows: rows.length };
}

(globalThis as typeof globalThis & { naiveInsights: typeof naiveInsights }).naiveInsights = naiveInsights;
