// docs/benchmarks.md: the machine, a table with every result and a section
// for each. A run of every benchmark writes it afresh; a run of some
// (`npm run bench -- --only TEXT`) replaces only their rows and sections and
// says when and where they were measured, keeping the other results as the
// last run recorded them.
import type { BenchResult } from './harness.js';

const TABLE_HEADER = '| benchmark | ours | alternative | ratio | target | met |';
const TABLE_SEPARATOR = '|---|---|---|---|---|---|';

function tableRow(r: BenchResult): string {
  return `| ${r.name} | ${r.ours.ms.toFixed(1)} ms | ${r.alternative.ms.toFixed(1)} ms | ${r.ratio.toFixed(2)}× | ${r.target} | ${r.met ? 'yes' : 'no'} |`;
}

function section(r: BenchResult, extraNotes: string[] = []): string {
  return [
    `## ${r.name}`,
    '',
    r.description,
    '',
    `- ours: ${r.ours.label}: ${r.ours.ms.toFixed(1)} ms`,
    `- alternative: ${r.alternative.label}: ${r.alternative.ms.toFixed(1)} ms`,
    `- ratio: ${r.ratio.toFixed(2)}×`,
    ...[...r.notes, ...extraNotes].map((note) => `- ${note}`),
  ].join('\n');
}

function assemble(head: string[], rows: string[], sections: string[]): string {
  return [...head, ...rows, '', ...sections.flatMap((s) => [s, ''])].join('\n');
}

/** The whole file, from the results of a run of every benchmark. */
export function renderReport(results: BenchResult[], machine: string, date: string): string {
  const head = [
    '# Benchmarks',
    '',
    'Written by `npm run bench`; do not edit by hand (`npm run bench -- --only TEXT` re-runs the benchmarks',
    'whose name contains TEXT and replaces only their results). Each benchmark runs our code and the',
    'alternative side by side in one run. Ratio = ours / alternative (below 1: we are faster).',
    '',
    `Machine: ${machine}`,
    '',
    `Run: ${date}`,
    '',
    TABLE_HEADER,
    TABLE_SEPARATOR,
  ];
  return assemble(head, results.map(tableRow), results.map((r) => section(r)));
}

/** The file as it was, with these results' rows and sections replaced (or added at the end). */
export function mergeReport(previous: string, results: BenchResult[], machine: string, date: string, only: string): string {
  const lines = previous.split('\n');
  const separator = lines.indexOf(TABLE_SEPARATOR);
  if (separator < 0) {
    throw new Error('docs/benchmarks.md has no results table as `npm run bench` writes it; run every benchmark (npm run bench) to write it afresh.');
  }
  let end = separator + 1;
  while (lines[end]?.startsWith('| ')) end += 1;
  const head = lines.slice(0, separator + 1);
  const rows = lines.slice(separator + 1, end);
  const sections = lines
    .slice(end)
    .join('\n')
    .split(/\n(?=## )/)
    .map((s) => s.trim())
    .filter((s) => s.startsWith('## '));
  const sameMachine = head.includes(`Machine: ${machine}`);
  const measured = `Measured alone on ${date} (\`npm run bench -- --only "${only}"\`)${sameMachine ? '' : ` on ${machine}`}.`;
  for (const r of results) {
    const rowAt = rows.findIndex((row) => row.startsWith(`| ${r.name} |`));
    const sectionAt = sections.findIndex((s) => s.split('\n')[0] === `## ${r.name}`);
    rows.splice(rowAt < 0 ? rows.length : rowAt, rowAt < 0 ? 0 : 1, tableRow(r));
    sections.splice(sectionAt < 0 ? sections.length : sectionAt, sectionAt < 0 ? 0 : 1, section(r, [measured]));
  }
  return assemble(head, rows, sections);
}
