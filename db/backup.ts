// Backups by VACUUM INTO: a consistent, compacted copy made while the database
// is open. Automatic backups before a migration are rotated; the newest few
// are kept.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './sqlite.js';

export const KEPT_MIGRATION_BACKUPS = 5;

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** Writes a consistent copy of the open database to `file` (which must not exist). */
export function vacuumInto(db: Db, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  db.prepare('VACUUM INTO ?').run(file);
}

export function backupBeforeMigration(db: Db, dataDir: string, fromVersion: number, now = new Date()): string {
  const dir = backupsDir(dataDir);
  const file = path.join(dir, `before-migration-v${fromVersion}-${stamp(now)}.sqlite`);
  vacuumInto(db, file);
  pruneMigrationBackups(dir);
  return file;
}

export function manualBackupPath(dataDir: string, now = new Date()): string {
  return path.join(backupsDir(dataDir), `manual-${stamp(now)}.sqlite`);
}

function pruneMigrationBackups(dir: string): void {
  const old = fs
    .readdirSync(dir)
    .filter((name) => name.startsWith('before-migration-') && name.endsWith('.sqlite'))
    .sort()
    .reverse()
    .slice(KEPT_MIGRATION_BACKUPS);
  for (const name of old) fs.rmSync(path.join(dir, name), { force: true });
}
