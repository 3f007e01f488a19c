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
