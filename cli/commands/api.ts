// `fieldbook api --list` and `fieldbook api METHOD [JSON]`: any contract
// method on a data directory, JSON in and JSON out.
import { contract, METHOD_NAMES } from '../../shared/contract.js';
import { AppError } from '../../shared/errors.js';
import { callMethod, createBackend } from '../../db/backend.js';
import { openStore } from '../../db/store.js';
import { UsageError, type CommandContext } from '../context.js';

export async function apiCommand(ctx: CommandContext, list: boolean): Promise<void> {
  if (list) {
    ctx.out(JSON.stringify(METHOD_NAMES.map((name) => ({ method: name, summary: contract[name].summary })), null, 2));
    return;
  }
  const [method, json] = ctx.args;
  if (!method) throw new UsageError('Name a method, e.g. "fieldbook api listSchools", or use "fieldbook api --list".');
  let input: unknown = {};
  if (json !== undefined) {
    try {
      input = JSON.parse(json);
    } catch {
      throw new UsageError(`The input for ${method} is not valid JSON.`);
    }
  }
  const store = openStore({ dataDir: ctx.dataDir });
  try {
    const result = await callMethod(createBackend(store), method, input);
    if (!result.ok) throw new AppError(result.error.code, result.error.message);
    ctx.out(JSON.stringify(result.value, null, 2));
  } finally {
    store.close();
  }
}
