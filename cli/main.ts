// The fieldbook command line. Every command takes --data-dir, prints one
// clear sentence and exits non-zero on error, and changes nothing when it fails.
// Each command's module is imported only when that command runs, so the
// bundle (build/cli.mjs) loads the store, the hub or the packages they need
// (better-sqlite3, zod, pg, hono) only for the commands that use them.
import { parseArgs } from 'node:util';
import { AppError } from '../shared/errors.js';
import { dataDirFrom, UsageError, type CommandContext } from './context.js';
import { terminalSafeLines } from './terminalText.js';

const HELP = `Usage: fieldbook <command> [options]

Commands:
  web [--port N] [--no-open]   serve the app to your browser on 127.0.0.1
  api --list                   list the API's methods
  api METHOD [JSON]            call one API method; prints JSON
  status [--json]              row counts per synced table and the sync digest
  demo                         load the fictional demo district into an empty store
  demo --observations N [--seed S]  generate a fictional district with N observations (up to 1,000,000) into an empty store
  backup [--out FILE]          copy the database (default: DATA/backups/)
  restore FILE                 replace the database with a backup (the old one is kept)
  doctor                       check the database's health
  rubric list [--json]         the rubric library: built-in, imported and written here
  rubric show ID[@V] [--json]  one published rubric version
  rubric validate FILE [--json]  check a rubric file; lists every problem, stores nothing
  rubric import FILE [--json]  store a rubric file as a published version
  rubric export ID[@V] [--out FILE]  write a published version as a file (stdout without --out)
  agreement FILE [--scale 1,2,3,4]  agreement statistics for a ratings file (JSON or CSV unit,rater,score)
  bundle export --out FILE [--since-peer DEVICE]  write this device's changes as a signed bundle file
                               (only what DEVICE has not seen, given a device you imported a bundle from)
  bundle import FILE [--json]  check a bundle and apply all of it or nothing
  hub serve [--port N] [--host H] [--db FILE]  run the district hub (PostgreSQL with DATABASE_URL=postgres://...)
  hub admin ACTION             the hub's districts, schools, teams, enrolment codes and devices
                               ("fieldbook hub admin" lists the actions)
  hub-sync [--enrol URL CODE] [--json]  sync this device with its district hub (enrolling first with a code)

Every command takes --data-dir DIR (or FIELDBOOK_DATA_DIR); the default is the
desktop app's own data directory.`;

/** Everything printed goes through here: text from a file never reaches the terminal raw (./terminalText.ts). */
const print = (text: string) => console.log(terminalSafeLines(text));
const printError = (text: string) => console.error(terminalSafeLines(text));

export async function main(argv: string[], out: (text: string) => void = print, err: (text: string) => void = printError): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    out(HELP);
    return command ? 0 : 1;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      list: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      out: { type: 'string' },
      scale: { type: 'string' },
      observations: { type: 'string' },
      seed: { type: 'string' },
      'since-peer': { type: 'string' },
      db: { type: 'string' },
      host: { type: 'string' },
      district: { type: 'string' },
      name: { type: 'string' },
      user: { type: 'string' },
      role: { type: 'string' },
      school: { type: 'string', multiple: true },
      team: { type: 'string', multiple: true },
      enrol: { type: 'string' },
    },
  });
  const ctx: CommandContext = { args: positionals, dataDir: dataDirFrom(values['data-dir']), out, err };
  switch (command) {
    case 'web':
      await (await import('./commands/web.js')).webCommand(ctx, { port: values.port, open: !values['no-open'] });
      return 0;
    case 'api':
      await (await import('./commands/api.js')).apiCommand(ctx, values.list);
      return 0;
    case 'status':
      (await import('./commands/status.js')).statusCommand(ctx, values.json);
      return 0;
    case 'demo':
      (await import('./commands/demo.js')).demoCommand(ctx, { observations: values.observations, seed: values.seed });
      return 0;
    case 'backup':
      (await import('./commands/backup.js')).backupCommand(ctx, values.out);
      return 0;
    case 'restore':
      (await import('./commands/backup.js')).restoreCommand(ctx);
      return 0;
    case 'rubric':
      return (await import('./commands/rubric.js')).rubricCommand(ctx, { json: values.json, out: values.out });
    case 'agreement':
      return (await import('./commands/agreement.js')).agreementCommand(ctx, values.scale);
    case 'bundle':
      return (await import('./commands/bundle.js')).bundleCommand(ctx, { out: values.out, sincePeer: values['since-peer'], json: values.json });
    case 'hub':
      return (await import('./commands/hub.js')).hubCommand(ctx, { db: values.db, port: values.port, host: values.host, district: values.district, name: values.name, user: values.user, role: values.role, school: values.school, team: values.team });
    case 'hub-sync':
      return (await import('./commands/hubSync.js')).hubSyncCommand(ctx, { enrol: values.enrol, json: values.json });
    case 'doctor':
      return (await import('./commands/doctor.js')).doctorCommand(ctx) ? 0 : 1;
    default:
      throw new UsageError(`Unknown command "${command}"; run "fieldbook help" for the list.`);
  }
}

/** One sentence for the person at the terminal; the stack only with FIELDBOOK_DEBUG. */
export function describeFailure(err: unknown): string {
  if (err instanceof AppError || err instanceof UsageError) return err.message;
  if (err instanceof TypeError && (err as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) return err.message;
  if (process.env.FIELDBOOK_DEBUG) return err instanceof Error ? (err.stack ?? err.message) : String(err);
  return `Fieldbook could not finish: ${err instanceof Error ? err.message : String(err)}`;
}

export async function run(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (err) {
    printError(describeFailure(err));
    process.exitCode = 1;
  }
}
