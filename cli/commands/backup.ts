// `fieldbook backup [--out FILE]` and `fieldbook restore FILE`.
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.js';
import { backupsDir, manualBackupPath, vacuumInto } from '../../db/backup.js';
import { findProblems } from '../../db/health.js';
import { LATEST_VERSION } from '../../db/migrations/index.js';
import { dbPath } from '../../db/paths.js';
import { openConnection } from '../../db/sqlite.js';
import { UsageError, type CommandContext } from '../context.js';
import { withStore } from '../withStore.js';

export function backupCommand(ctx: CommandContext, out: string | undefined): void {
  const file = path.resolve(out ?? manualBackupPath(ctx.dataDir));
  if (fs.existsSync(file)) throw new UsageError(`${file} already exists; choose another file name.`);
  withStore(ctx, (store) => vacuumInto(store.db, file));
  ctx.out(`Backed up ${ctx.dataDir} to ${file}.`);
}

/**
 * Checks that a file is a Fieldbook database this version can open, and runs
 * on it every check `doctor` runs (db/health.ts), read-only: a backup with a
 * value changed behind the op log would otherwise restore and only then be
 * reported.
 */
function checkRestorable(file: string): void {
  let db;
  try {
    db = openConnection(file, { readonly: true });
  } catch {
    throw new AppError('invalid_input', `${file} cannot be opened as a database.`);
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) {
      throw new AppError('database_from_future', `${file} was made by a newer Fieldbook (database version ${version}); nothing was changed.`);
    }
    const hasOps = db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'ops'").pluck().get() === 1;
    if (!hasOps) throw new AppError('invalid_input', `${file} is not a Fieldbook backup; nothing was changed.`);
    const problems = findProblems(db);
    if (problems.length > 0) throw new AppError('invalid_input', `${file} is not a healthy Fieldbook backup (${problems.join('; ')}); nothing was changed.`);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('invalid_input', `${file} is not a Fieldbook backup; nothing was changed.`);
  } finally {
    db.close();
  }
}

/**
 * Replaces the store with a backup: the backup is checked and copied next to
 * the database first, the current data is backed up, and only then does one
 * rename swap the files, so a failure at any step leaves the store as it was.
 */
export function restoreCommand(ctx: CommandContext): void {
  const [source] = ctx.args;
  if (!source) throw new UsageError('Name the backup file to restore, e.g. "fieldbook restore backup.sqlite".');
  const file = path.resolve(source);
  if (!fs.existsSync(file)) throw new UsageError(`${file} does not exist.`);
  checkRestorable(file);
  fs.mkdirSync(ctx.dataDir, { recursive: true });
  const target = dbPath(ctx.dataDir);
  const staged = `${target}.restoring`;
  fs.copyFileSync(file, staged);
  try {
    let safety: string | null = null;
    if (fs.existsSync(target)) {
      safety = path.join(backupsDir(ctx.dataDir), `before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`);
      withStore(ctx, (store) => {
        vacuumInto(store.db, safety!);
        store.db.pragma('wal_checkpoint(TRUNCATE)');
      });
    }
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
    fs.renameSync(staged, target);
    ctx.out(`Restored ${file} into ${ctx.dataDir}.${safety ? ` The data it replaced is saved in ${safety}.` : ''}`);
  } finally {
    fs.rmSync(staged, { force: true });
  }
}
