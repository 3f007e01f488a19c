// `npm run bench`: runs every benchmark and rewrites docs/benchmarks.md with
// the machine, the figures and the ratios. `npm run bench -- --only TEXT`
// runs only the benchmarks whose name contains TEXT and replaces only their
// results in docs/benchmarks.md.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { agreementBenchmark } from './agreement.bench.js';
import { applyPathBenchmark } from './applyPath.bench.js';
import { bundleBenchmark } from './bundle.bench.js';
import { cliStartBenchmark } from './cliStart.bench.js';
import { hubInitialSyncBenchmark } from './hubInitialSync.bench.js';
import { hubLoadBenchmark } from './hubLoad.bench.js';
import { insightsBenchmark } from './insights.bench.js';
import { insightsRenderBenchmark } from './insightsRender.bench.js';
import { noteRoundTripBenchmark } from './noteRoundTrip.bench.js';
import { observationReadsBenchmark } from './observationReads.bench.js';
import { machineDescription, type Benchmark, type BenchResult } from './harness.js';
import { mergeReport, renderReport } from './report.js';

// The two Insights benchmarks share one generated district (bench/district.ts).
const BENCHMARKS: Benchmark[] = [applyPathBenchmark, observationReadsBenchmark, noteRoundTripBenchmark, agreementBenchmark, insightsBenchmark, insightsRenderBenchmark, bundleBenchmark, hubInitialSyncBenchmark, hubLoadBenchmark, cliStartBenchmark];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sqliteVersion(): string {
  const db = new Database(':memory:');
  const version = db.prepare('SELECT sqlite_version()').pluck().get() as string;
  db.close();
  return version;
}

const { only } = parseArgs({ options: { only: { type: 'string' } } }).values;
const selected = only === undefined ? BENCHMARKS : BENCHMARKS.filter((b) => b.name.toLowerCase().includes(only.toLowerCase()));
if (selected.length === 0) {
  console.error(`No benchmark's name contains "${only}". The benchmarks are: ${BENCHMARKS.map((b) => b.name).join('; ')}.`);
  process.exit(1);
}

const results: BenchResult[] = [];
for (const bench of selected) {
  console.log(`Running: ${bench.name}`);
  const outcome = await bench.run();
  for (const result of Array.isArray(outcome) ? outcome : [outcome]) {
    console.log(`  ${result.name}: ours ${result.ours.ms.toFixed(1)} ms, alternative ${result.alternative.ms.toFixed(1)} ms, ratio ${result.ratio.toFixed(2)}× (target ${result.target}: ${result.met ? 'met' : 'not met'})`);
    for (const note of result.notes) console.log(`    ${note}`);
    results.push(result);
  }
}
const file = path.join(root, 'docs', 'benchmarks.md');
const machine = machineDescription(sqliteVersion());
const date = new Date().toISOString();
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, only !== undefined && fs.existsSync(file) ? mergeReport(fs.readFileSync(file, 'utf8'), results, machine, date, only) : renderReport(results, machine, date));
console.log(`Wrote ${path.relative(root, file)}.`);
