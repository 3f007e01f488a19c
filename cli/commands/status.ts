// `fieldbook status [--json]`: row counts per synced table and the digest.
import { readStatus } from '../../db/status.js';
import type { CommandContext } from '../context.js';
import { withStore } from '../withStore.js';

export function statusCommand(ctx: CommandContext, json: boolean): void {
  const status = withStore(ctx, readStatus);
  if (json) {
    ctx.out(JSON.stringify(status, null, 2));
    return;
  }
  ctx.out(`Data directory: ${ctx.dataDir}`);
  ctx.out(`Device (node) id: ${status.nodeId}; database version ${status.schemaVersion}`);
  for (const [table, count] of Object.entries(status.tables)) ctx.out(`  ${table}: ${count} rows`);
  ctx.out(`Ops in the log: ${status.ops}; open conflicts: ${status.openConflicts}`);
  ctx.out(`Digest: ${status.digest}`);
}
