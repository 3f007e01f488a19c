// A real PostgreSQL 15 from Debian for the hub tests: initdb into a temp
// directory owned by the postgres user, pg_ctl start listening on 127.0.0.1
// and a free port only (its socket in the temp directory), one fresh database
// per test, stopped and removed afterwards. When PostgreSQL is not installed
// the tests fail with a sentence saying how to install it; they never skip.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './freePort.js';

const CANDIDATES = ['/usr/lib/postgresql/15/bin'];

export const POSTGRES_MISSING =
  'PostgreSQL 15 is not installed, so the hub tests against PostgreSQL cannot run: install it with "apt-get install -y postgresql" (CI does this in .ci/run).';

export function findPostgresBin(): string {
  for (const dir of CANDIDATES) if (fs.existsSync(path.join(dir, 'pg_ctl'))) return dir;
  try {
    const listed = execFileSync('dpkg', ['-L', 'postgresql-15'], { encoding: 'utf8' }).split('\n').find((line) => line.endsWith('bin/pg_ctl'));
    if (listed) return path.dirname(listed);
  } catch {
    // dpkg has no such package: fall through
  }
  throw new Error(POSTGRES_MISSING);
}

export interface PostgresCluster {
  /** A new, empty database; its connection URL. */
  createDatabase(): Promise<string>;
  stop(): void;
}

function asPostgres(bin: string, args: string[]): void {
  const runAsRoot = process.getuid?.() === 0;
  const [cmd, cmdArgs] = runAsRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  execFileSync(cmd, cmdArgs, { stdio: 'pipe' });
}

export async function startPostgres(): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-pg-'));
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  const port = await freePort();
  asPostgres(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off`;
  asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']);
  let count = 0;
  return {
    async createDatabase() {
      const name = `hub_test_${process.pid}_${++count}`;
      const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    stop() {
      try {
        asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
