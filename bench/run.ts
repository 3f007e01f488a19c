// `npm run bench`: runs every benchmark and rewrites docs/benchmarks.md with
// the machine, the figures and the ratios.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { agreementBenchmark } from './agreement.bench.js';
import { applyPathBenchmark } from './applyPath.bench.js';
import { bundleBenchmark } from './bundle.bench.js';
import { insightsBenchmark } from './insights.bench.js';
import { noteRoundTripBenchmark } from './noteRoundTrip.bench.js';
import { observationReadsBenchmark } from './observationReads.bench.js';
import { machineDescription, type Benchmark, type BenchResult } from './harness.js';

const BENCHMARKS: Benchmark[] = [applyPathBenchmark, observationReadsBenchmark, noteRoundTripBenchmark, agreementBenchmark, insightsBenchmark, bundleBenchmark];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sqliteVersion(): string {
  const db = new Database(':memory:');
  const version = db.prepare('SELECT sqlite_version()').pluck().get() as string;
  db.close();
  return version;
}

function render(results: BenchResult[], machine: string, date: string): string {
  const lines = [
    '# Benchmarks',
    '',
    'Written by `npm run bench`; do not edit by hand. Each benchmark runs our code and the',
    'alternative side by side in one run. Ratio = ours / alternative (below 1: we are faster).',
    '',
    `Machine: ${machine}`,
    '',
    `Run: ${date}`,
    '',
    '| benchmark | ours | alternative | ratio | target | met |',
    '|---|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.name} | ${r.ours.ms.toFixed(1)} ms | ${r.alternative.ms.toFixed(1)} ms | ${r.ratio.toFixed(2)}× | ${r.target} | ${r.met ? 'yes' : 'no'} |`,
    ),
    '',
  ];
  for (const r of results) {
    lines.push(`## ${r.name}`, '', r.description, '', `- ours: ${r.ours.label}: ${r.ours.ms.toFixed(1)} ms`);
    lines.push(`- alternative: ${r.alternative.label}: ${r.alternative.ms.toFixed(1)} ms`, `- ratio: ${r.ratio.toFixed(2)}×`);
    for (const note of r.notes) lines.push(`- ${note}`);
    lines.push('');
  }
  return lines.join('\n');
}

const results: BenchResult[] = [];
for (const bench of BENCHMARKS) {
  console.log(`Running: ${bench.name}`);
  const outcome = await bench.run();
  for (const result of Array.isArray(outcome) ? outcome : [outcome]) {
    console.log(`  ${result.name}: ours ${result.ours.ms.toFixed(1)} ms, alternative ${result.alternative.ms.toFixed(1)} ms, ratio ${result.ratio.toFixed(2)}× (target ${result.target}: ${result.met ? 'met' : 'not met'})`);
    results.push(result);
  }
}
const file = path.join(root, 'docs', 'benchmarks.md');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, render(results, machineDescription(sqliteVersion()), new Date().toISOString()));
console.log(`Wrote ${path.relative(root, file)}.`);
