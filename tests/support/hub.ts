// A real hub for the sync tests: `bin/fieldbook hub serve` as a child
// process on 127.0.0.1 over SQLite (a temp file) or PostgreSQL (a fresh
// database in the test cluster), that a test may kill and restart on the
// same port; the district office's side (district, schools, teams, codes)
// done in-process against the same database.
import path from 'node:path';
import readline from 'node:readline';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { addSchool, addTeam, createDistrict, issueCode } from '../../hub/admin.js';
import { openHubStorage, type StorageChoice } from '../../hub/openStorage.js';
import type { HubStorage } from '../../hub/storage/types.js';
import { spawnCli } from './cli.js';
import { startPostgres, type PostgresCluster } from './postgres.js';
import { tempDir } from './stores.js';

export type HubBackend = 'sqlite' | 'postgres';
export const HUB_BACKENDS: readonly HubBackend[] = ['sqlite', 'postgres'];

export interface TestHub {
  url: string;
  port: number;
  choice: StorageChoice;
  storage: HubStorage;
  districtId: string;
  /** SIGKILL, as a crash or a power cut would. */
  kill(): Promise<void>;
  /** Starts the hub again on the same port and database. */
  restart(): Promise<void>;
  code(grant: { userName: string; role: string; schools?: string[]; teams?: string[] }): Promise<string>;
  addSchool(id: string): Promise<void>;
  addTeam(id: string): Promise<void>;
}

function envFor(choice: StorageChoice): NodeJS.ProcessEnv {
  return choice.databaseUrl ? { DATABASE_URL: choice.databaseUrl } : { DATABASE_URL: '' };
}

async function spawnHub(choice: StorageChoice, port: number): Promise<{ child: ChildProcessWithoutNullStreams; url: string; port: number }> {
  const args = ['hub', 'serve', '--port', String(port), ...(choice.dbFile ? ['--db', choice.dbFile] : [])];
  const child = spawnCli(args, { env: envFor(choice) });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const lines = readline.createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the hub did not start: ${stderr}`)), 30_000);
    child.once('exit', (code) => reject(new Error(`the hub exited (${code}): ${stderr}`)));
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve((JSON.parse(line) as { url: string }).url);
    });
  });
  child.removeAllListeners('exit');
  // Keep draining the request log so the child never blocks on a full pipe.
  child.stdout.resume();
  return { child, url, port: Number(new URL(url).port) };
}

const running: { child: ChildProcessWithoutNullStreams; storage: HubStorage }[] = [];

afterEach(async () => {
  for (const { child, storage } of running.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await storage.close().catch(() => undefined);
  }
});

function waitExit(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Gives each test of a suite a fresh hub database of the backend's kind (the PostgreSQL cluster lives as long as the file). */
export function hubDatabases(backend: HubBackend): () => Promise<StorageChoice> {
  let cluster: PostgresCluster | null = null;
  if (backend === 'postgres') {
    beforeAll(async () => {
      cluster = await startPostgres();
    }, 120_000);
    afterAll(() => cluster?.stop());
  }
  return async () => {
    if (backend === 'sqlite') return { dbFile: path.join(tempDir(), 'hub.sqlite'), databaseUrl: undefined };
    if (!cluster) throw new Error('The PostgreSQL test cluster did not start; see the error in beforeAll.');
    return { dbFile: undefined, databaseUrl: await cluster.createDatabase() };
  };
}

export async function startTestHub(choice: StorageChoice): Promise<TestHub> {
  const storage = await openHubStorage(choice);
  const districtId = await createDistrict(storage, 'Dinuba Unified', Date.now());
  let proc = await spawnHub(choice, 0);
  const entry = { child: proc.child, storage };
  running.push(entry);
  const hub: TestHub = {
    url: proc.url,
    port: proc.port,
    choice,
    storage,
    districtId,
    kill: async () => {
      proc.child.kill('SIGKILL');
      await waitExit(proc.child);
    },
    restart: async () => {
      proc = await spawnHub(choice, hub.port);
      entry.child = proc.child;
    },
    code: (grant) => issueCode(storage, { districtId, userName: grant.userName, role: grant.role, schools: grant.schools ?? [], teams: grant.teams ?? [] }, Date.now()),
    addSchool: async (id) => {
      await addSchool(storage, districtId, id, '');
    },
    addTeam: async (id) => {
      await addTeam(storage, districtId, id, '');
    },
  };
  return hub;
}
