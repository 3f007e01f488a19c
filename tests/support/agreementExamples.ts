// The published worked examples for the agreement statistics, carried in the
// repository as a fixture (tests/fixtures/agreement/README.md says where they
// come from).
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './cli.js';

export const AGREEMENT_EXAMPLES_FILE = path.join(REPO_ROOT, 'tests', 'fixtures', 'agreement', 'agreement-examples.json');

export interface AgreementExample {
  name: string;
  statistic: 'krippendorff_alpha' | 'cohen_kappa' | 'icc';
  level_of_measurement?: 'nominal' | 'ordinal' | 'interval' | 'ratio';
  weights?: 'none' | 'linear' | 'quadratic';
  icc_form?: string;
  data: (number | null)[][];
  categories?: number[];
  expected: number;
  tolerance: number;
}

export function readAgreementExamples(): AgreementExample[] {
  return (JSON.parse(fs.readFileSync(AGREEMENT_EXAMPLES_FILE, 'utf8')) as { cases: AgreementExample[] }).cases;
}
