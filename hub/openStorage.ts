// Which store the hub uses: PostgreSQL when DATABASE_URL is set, else the
// SQLite file given with --db. Either is migrated before use.
import { AppError } from '../shared/errors.js';
import { openPostgresStorage } from './storage/postgres.js';
import { openSqliteStorage } from './storage/sqlite.js';
import type { HubStorage } from './storage/types.js';

export interface StorageChoice {
  dbFile: string | undefined;
  databaseUrl: string | undefined;
}

export function describeStorage(choice: StorageChoice): string {
  return choice.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `SQLite ${choice.dbFile}`;
}

export async function openHubStorage(choice: StorageChoice): Promise<HubStorage> {
  if (choice.databaseUrl && choice.dbFile) throw new AppError('invalid_input', 'Give the hub either --db FILE or DATABASE_URL, not both.');
  if (!choice.databaseUrl && !choice.dbFile) throw new AppError('invalid_input', 'Name the hub database with --db FILE, or set DATABASE_URL=postgres://... for PostgreSQL.');
  const storage = choice.databaseUrl ? openPostgresStorage(choice.databaseUrl) : openSqliteStorage(choice.dbFile!);
  try {
    await storage.migrate();
    return storage;
  } catch (err) {
    await storage.close().catch(() => undefined);
    if (choice.databaseUrl) throw new AppError('invalid_input', `The hub could not open its PostgreSQL database: ${(err as Error).message}.`);
    throw err;
  }
}
