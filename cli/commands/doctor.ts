// `fieldbook doctor`: is the store healthy? The checks are db/health.ts's
// (restore runs the same ones on a backup); this command only reports them.
import { findProblems } from '../../db/health.js';
import type { CommandContext } from '../context.js';
import { withStore } from '../withStore.js';

export function doctorCommand(ctx: CommandContext): boolean {
  const problems = withStore(ctx, (store) => findProblems(store.db));
  if (problems.length === 0) {
    ctx.out(`${ctx.dataDir}: healthy (integrity check ok, synced rows match the op log).`);
    return true;
  }
  for (const p of problems) ctx.out(`problem: ${p}`);
  return false;
}
