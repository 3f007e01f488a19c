// Shared shape of a benchmark: it runs our code and the alternative a user
// would otherwise have side by side, in one run, and reports both and the ratio.
import os from 'node:os';

export interface Measurement {
  label: string;
  /** Median milliseconds over the runs. */
  ms: number;
}

export interface BenchResult {
  name: string;
  description: string;
  ours: Measurement;
  alternative: Measurement;
  /** ours / alternative: below 1 means we are faster. */
  ratio: number;
  target: string;
  met: boolean;
  notes: string[];
}

export interface Benchmark {
  name: string;
  /** One result, or several measured on the same (expensive) data set. */
  run(): Promise<BenchResult | BenchResult[]> | BenchResult | BenchResult[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function machineDescription(sqliteVersion: string): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return [
    `${os.cpus().length} × ${cpu}`,
    `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB RAM`,
    `${os.type()} ${os.release()} (${os.arch()})`,
    `Node ${process.version}`,
    `SQLite ${sqliteVersion}`,
  ].join('; ');
}
