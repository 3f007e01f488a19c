// `fieldbook hub serve [--port N] [--host H] [--db FILE]` (or DATABASE_URL)
// runs the district hub; `fieldbook hub admin ...` is the district office's
// side: districts, schools, teams, enrolment codes and devices.
import { describeDevice, describeRubric, addSchool, addTeam, createDistrict, issueCode, resolveDistrict, revokeDevice, withdrawRubric } from '../../hub/admin.js';
import { describeStorage, openHubStorage, type StorageChoice } from '../../hub/openStorage.js';
import { startHub } from '../../hub/serve.js';
import type { HubStorage } from '../../hub/storage/types.js';
import { UsageError, type CommandContext } from '../context.js';

export interface HubCommandOptions {
  db: string | undefined;
  port: string | undefined;
  host: string | undefined;
  district: string | undefined;
  name: string | undefined;
  user: string | undefined;
  role: string | undefined;
  school: string[] | undefined;
  team: string[] | undefined;
}

const USAGE = `Usage: fieldbook hub serve [--port N] [--host H] [--db FILE]
       fieldbook hub admin create-district NAME
       fieldbook hub admin add-school ID [--name NAME] [--district D]
       fieldbook hub admin add-team ID [--name NAME] [--district D]
       fieldbook hub admin issue-code --user NAME --role ROLE [--school ID]... [--team ID]... [--district D]
       fieldbook hub admin revoke-device ID
       fieldbook hub admin list-devices
       fieldbook hub admin list-rubrics [--district D]
       fieldbook hub admin withdraw-rubric ID@VERSION [--district D]
(with --db FILE for SQLite, or DATABASE_URL=postgres://... for PostgreSQL)`;

function storageChoice(options: HubCommandOptions): StorageChoice {
  return { dbFile: options.db, databaseUrl: process.env.DATABASE_URL || undefined };
}

export async function hubCommand(ctx: CommandContext, options: HubCommandOptions): Promise<number> {
  const [sub, ...rest] = ctx.args;
  if (sub === 'serve') {
    if (rest.length > 0) throw new UsageError(`Unexpected argument "${rest[0]}". ${USAGE}`);
    await serveCommand(ctx, options);
    return 0;
  }
  if (sub === 'admin') {
    const storage = await openHubStorage(storageChoice(options));
    try {
      await adminCommand(ctx, storage, rest, options);
    } finally {
      await storage.close();
    }
    return 0;
  }
  throw new UsageError(sub ? `Unknown hub command "${sub}". ${USAGE}` : USAGE);
}

async function serveCommand(ctx: CommandContext, options: HubCommandOptions): Promise<void> {
  const port = options.port === undefined ? 8787 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535.');
  const choice = storageChoice(options);
  const storage = await openHubStorage(choice);
  const hub = await startHub({ storage, port, host: options.host ?? '127.0.0.1' });
  ctx.out(JSON.stringify({ event: 'listening', url: hub.url, storage: describeStorage(choice) }));
  await new Promise<void>((resolve) => {
    const stop = () => void hub.close().then(resolve);
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  });
}

async function adminCommand(ctx: CommandContext, storage: HubStorage, args: string[], options: HubCommandOptions): Promise<void> {
  const [action, target, ...extra] = args;
  if (extra.length > 0) throw new UsageError(`Unexpected argument "${extra[0]}". ${USAGE}`);
  const now = Date.now();
  const needTarget = (what: string): string => {
    if (!target) throw new UsageError(`Name the ${what}. ${USAGE}`);
    return target;
  };
  switch (action) {
    case 'create-district': {
      const id = await createDistrict(storage, needTarget('district'), now);
      ctx.out(id);
      return;
    }
    case 'add-school':
      ctx.out(await addSchool(storage, await resolveDistrict(storage, options.district), needTarget('school id'), options.name ?? ''));
      return;
    case 'add-team':
      ctx.out(await addTeam(storage, await resolveDistrict(storage, options.district), needTarget('lesson study team id'), options.name ?? ''));
      return;
    case 'issue-code': {
      if (target) throw new UsageError(`Unexpected argument "${target}". ${USAGE}`);
      const districtId = await resolveDistrict(storage, options.district);
      const grant = { districtId, userName: options.user ?? '', role: options.role ?? '', schools: options.school ?? [], teams: options.team ?? [] };
      ctx.out(await issueCode(storage, grant, now));
      return;
    }
    case 'revoke-device':
      await revokeDevice(storage, needTarget('device id'), now);
      ctx.out(`Device ${target} can no longer sync with this hub.`);
      return;
    case 'list-devices':
      for (const device of await storage.listDevices()) ctx.out(describeDevice(device));
      return;
    case 'list-rubrics':
      for (const rubric of await storage.listRubrics(await resolveDistrict(storage, options.district))) ctx.out(describeRubric(rubric));
      return;
    case 'withdraw-rubric': {
      const { id, version } = await withdrawRubric(storage, await resolveDistrict(storage, options.district), needTarget('rubric version'), now);
      ctx.out(`Rubric ${id}@${version} is withdrawn: the hub no longer sends it to devices.`);
      return;
    }
    default:
      throw new UsageError(action ? `Unknown hub admin command "${action}". ${USAGE}` : USAGE);
  }
}
