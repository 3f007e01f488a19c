// A district hub for the journeys, as the district office runs it: `fieldbook
// hub serve` on SQLite as a child process on 127.0.0.1, and `fieldbook hub
// admin` on the same database file.
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { REPO_ROOT } from './webHost.js';

const FIELDBOOK = path.join(REPO_ROOT, 'bin/fieldbook');
const ENV = { ...process.env, DATABASE_URL: '' };

export interface JourneyHub {
  url: string;
  /** `fieldbook hub admin ARGS --db FILE`, its output trimmed. */
  admin(...args: string[]): string;
  /** SIGTERM, and wait for the hub to stop. */
  stop(): Promise<void>;
}

export async function startJourneyHub(hubDb: string): Promise<JourneyHub> {
  const admin = (...args: string[]) => execFileSync(process.execPath, [FIELDBOOK, 'hub', 'admin', ...args, '--db', hubDb], { cwd: REPO_ROOT, encoding: 'utf8', env: ENV }).trim();
  admin('create-district', 'Harbor Valley Unified');
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [FIELDBOOK, 'hub', 'serve', '--port', '0', '--db', hubDb], { cwd: REPO_ROOT, env: ENV });
  const first = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the hub exited (${code})`)));
    readline.createInterface({ input: child.stdout }).once('line', resolve);
  });
  child.removeAllListeners('exit');
  // Keep reading the request log so the hub never blocks on a full pipe.
  child.stdout.resume();
  return {
    url: (JSON.parse(first) as { url: string }).url,
    admin,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
