// How long `bin/fieldbook` takes to start, as a person at a terminal meets it:
// a whole process per command, timed from spawn to exit. Ours runs the bundle
// `npm run build` makes (dist/cli); the alternative is the same sources
// compiled through tsx at every start (FIELDBOOK_FROM_SOURCE=1: how
// bin/fieldbook ran them before the bundle, though it then also loaded every
// command's modules for --help), with tsx's transform cache warm, its best case.
// `node -e 0`, the floor no Node command line can go below, is measured too.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIELDBOOK_BIN, REPO_ROOT } from '../tests/support/cli.js';
import { median, type Benchmark, type BenchResult } from './harness.js';

const RUNS = 15;
const COMMANDS = [
  { args: ['--help'], targetMs: 150 },
  { args: ['status'], targetMs: 300 },
];

/** Median milliseconds from spawn to exit over RUNS runs, after one untimed warm-up run. */
function startTime(args: string[], env: NodeJS.ProcessEnv = {}): number {
  const run = () => {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    const ms = performance.now() - start;
    if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr.toString().trim()}`);
    return ms;
  };
  run();
  return median(Array.from({ length: RUNS }, run));
}

/** The bundle as the sources are: the CLI refuses a missing or stale one, so that is made first. */
function ensureCliBuilt(): void {
  if (spawnSync(process.execPath, [FIELDBOOK_BIN, '--help'], { stdio: 'ignore' }).status === 0) return;
  console.log('  dist/cli is missing or older than its sources: running npm run build.');
  execFileSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
}

export const cliStartBenchmark: Benchmark = {
  name: 'Command line start',
  run(): BenchResult[] {
    ensureCliBuilt();
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-bench-cli-'));
    try {
      execFileSync(process.execPath, [FIELDBOOK_BIN, 'demo', '--data-dir', dataDir], { stdio: 'ignore' });
      const loadBefore = os.loadavg()[0]!;
      const nodeFloor = startTime(['-e', '0']);
      return COMMANDS.map(({ args, targetMs }) => {
        const command = [FIELDBOOK_BIN, ...args, ...(args[0] === 'status' ? ['--data-dir', dataDir] : [])];
        const ours = startTime(command);
        const tsx = startTime(command, { FIELDBOOK_FROM_SOURCE: '1' });
        return {
          name: `Command line start: fieldbook ${args.join(' ')}`,
          description: `\`bin/fieldbook ${args.join(' ')}\`${args[0] === 'status' ? ' on the demo district' : ''} as a child process, spawn to exit; median of ${RUNS} runs after one warm-up.`,
          ours: { label: 'the bundle from npm run build (dist/cli)', ms: ours },
          alternative: { label: 'the TypeScript sources through tsx (warm cache)', ms: tsx },
          ratio: ours / tsx,
          target: `under ${targetMs} ms`,
          met: ours < targetMs,
          notes: [
            `\`node -e 0\` takes ${nodeFloor.toFixed(1)} ms here: ours is ${(ours / nodeFloor).toFixed(2)}× that, tsx ${(tsx / nodeFloor).toFixed(2)}×.`,
            `Load average (1 min) ${loadBefore.toFixed(2)} before, ${os.loadavg()[0]!.toFixed(2)} after, on ${os.cpus().length} cores.`,
          ],
        };
      });
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
