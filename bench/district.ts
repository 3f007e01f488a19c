// The generated district the Insights benchmarks share: 100,000 observations
// (about 1,000,000 scores) made by `fieldbook demo --observations 100000`
// through the real command. Generating it takes minutes, so it is made once
// per bench run, on first use, and removed when the run ends.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../tests/e2e/support/webHost.js';

export const INSIGHT_OBSERVATIONS = 100_000;

export interface GeneratedDistrict {
  dataDir: string;
  /** How long generating it took. */
  seconds: number;
}

/** A district of this many observations, through the real command, with a district leader's settings. */
function generateDistrict(observations: number): GeneratedDistrict {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-bench-insights-'));
  const start = performance.now();
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'fieldbook'), 'demo', '--observations', String(observations), '--data-dir', dataDir], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'bin', 'fieldbook'), 'api', 'saveSettings', JSON.stringify({ userName: 'Bench lead', role: 'district_leader', firstRunDone: true }), '--data-dir', dataDir], { stdio: 'ignore' });
  return { dataDir, seconds: (performance.now() - start) / 1000 };
}

let shared: GeneratedDistrict | null = null;

/** The district of INSIGHT_OBSERVATIONS observations, generated on the first call of the run. */
export function insightDistrict(): GeneratedDistrict {
  if (!shared) {
    const district = generateDistrict(INSIGHT_OBSERVATIONS);
    process.once('exit', () => fs.rmSync(district.dataDir, { recursive: true, force: true }));
    shared = district;
  }
  return shared;
}
