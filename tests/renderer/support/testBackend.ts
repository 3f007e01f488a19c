// A real backend on a real SQLite file for component tests, from
// tests/support/inProcessApi.ts. It is imported through a path held in a
// variable so that the DOM typecheck (tsconfig.dom.json, which has no Node
// types) does not follow it into db/; vitest loads it at run time like any
// other module.
import type { Api } from '../../../shared/contract.js';
import type { DataChanges } from '../../../renderer/dataChanges.js';

export interface TestBackend {
  api: Api;
  /** What changed in the store, as a shell announces it. */
  changes: DataChanges;
  dataDir: string;
  close(): void;
}

interface InProcessApiModule {
  openTestApi(dataDir?: string): Promise<TestBackend>;
}

const inProcessApiPath = '../../support/inProcessApi.js';

export async function openTestBackend(dataDir?: string): Promise<TestBackend> {
  const module = (await import(/* @vite-ignore */ inProcessApiPath)) as InProcessApiModule;
  return module.openTestApi(dataDir);
}

interface ConflictsModule {
  seedConflict(dataDir: string, field: { table: 'schools' | 'people'; row: string; column: string }, otherValue: string | number | null, otherWins: boolean): void;
}

const conflictsPath = '../../support/conflicts.js';

/** Stages a real conflict: another device's concurrent edit of one field, through the apply path. */
export async function seedConflict(...args: Parameters<ConflictsModule['seedConflict']>): Promise<void> {
  const module = (await import(/* @vite-ignore */ conflictsPath)) as ConflictsModule;
  module.seedConflict(...args);
}

interface CliModule {
  runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }>;
}

interface TempDirModule {
  makeTempDir(prefix?: string): string;
}

const cliPath = '../../support/cli.js';

/**
 * Runs the real `bin/fieldbook` on a new data directory, as a person at a
 * terminal would (it runs the bundle `npm run build` makes), and hands back
 * the directory for renderApp({ dataDir }).
 */
export async function fieldbookInNewDir(args: string[]): Promise<string> {
  const [{ runCli }, { makeTempDir }] = (await Promise.all([import(/* @vite-ignore */ cliPath), import(/* @vite-ignore */ inProcessApiPath)])) as [CliModule, TempDirModule];
  const dataDir = makeTempDir();
  const result = await runCli([...args, '--data-dir', dataDir]);
  if (result.code !== 0) throw new Error(`fieldbook ${args.join(' ')} failed (${result.code}): ${result.stderr}`);
  return dataDir;
}
