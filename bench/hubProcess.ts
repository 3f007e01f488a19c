// The hub for the load benchmark: `bin/fieldbook hub serve --port 0` in its
// own process on 127.0.0.1, as a district runs it, so the simulated devices'
// JSON work in the benchmark's process does not share the hub's event loop.
// Its request log (one JSON line per request) is read and dropped.
import fs from 'node:fs';
import readline from 'node:readline';
import type { StorageChoice } from '../hub/openStorage.js';
import { spawnCli } from '../tests/support/cli.js';

export interface HubProcess {
  url: string;
  /** CPU time the hub process has used so far (user + system), from /proc; null where there is no /proc. */
  cpuMs(): number | null;
  stop(): Promise<void>;
}

/** Linux reports a process's CPU time in clock ticks of 1/100 s (USER_HZ). */
const TICK_MS = 10;

function procCpuMs(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are fields 14 and 15.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

const START_TIMEOUT_MS = 30_000;

export async function startHubProcess(choice: StorageChoice): Promise<HubProcess> {
  const child = spawnCli(['hub', 'serve', '--port', '0', ...(choice.dbFile ? ['--db', choice.dbFile] : [])], { env: { DATABASE_URL: choice.databaseUrl ?? '' } });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = readline.createInterface({ input: child.stdout });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The hub did not start within ${START_TIMEOUT_MS / 1000} s: ${stderr}`)), START_TIMEOUT_MS);
      void exited.then(() => reject(new Error(`The hub exited before listening: ${stderr}`)));
      lines.once('line', (line) => {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      });
    });
    lines.on('line', () => undefined);
    return {
      url,
      cpuMs: () => procCpuMs(child.pid!),
      stop: async () => {
        child.kill('SIGTERM');
        await exited;
        if (child.exitCode !== 0) throw new Error(`The hub stopped with exit code ${child.exitCode}: ${stderr}`);
      },
    };
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
}
