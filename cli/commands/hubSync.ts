// `fieldbook hub-sync [--enrol URL CODE] [--json]`: enrol this data
// directory with a district hub (once), then sync it: send its own changes,
// receive what it may see. For scripts and tests; the app has "Sync now".
import { enrolWithHub } from '../../db/hubSync/enrol.js';
import { syncOnce } from '../../db/hubSync/syncOnce.js';
import { openStore } from '../../db/store.js';
import { describeHubSync } from '../../shared/sync/describe.js';
import { UsageError, type CommandContext } from '../context.js';

const USAGE = 'Usage: fieldbook hub-sync [--enrol HUB_URL CODE] [--json]';

export async function hubSyncCommand(ctx: CommandContext, options: { enrol: string | undefined; json: boolean }): Promise<number> {
  const [code, ...extra] = ctx.args;
  if (extra.length > 0 || (options.enrol === undefined && code !== undefined)) throw new UsageError(`Unexpected argument "${extra[0] ?? code}". ${USAGE}`);
  if (options.enrol !== undefined && !code) throw new UsageError(`Give the enrolment code after the hub address. ${USAGE}`);
  const store = openStore({ dataDir: ctx.dataDir });
  try {
    if (options.enrol !== undefined) {
      await enrolWithHub(store, options.enrol, code!);
      if (!options.json) ctx.out(`Enrolled this device with the hub at ${options.enrol}.`);
    }
    const result = await syncOnce(store);
    ctx.out(options.json ? JSON.stringify(result) : describeHubSync(result));
  } finally {
    store.close();
  }
  return 0;
}
