// Starts `bin/fieldbook web --no-open` on a temp data directory, as a person
// would from the README, and reads the address it prints. Started again on the
// same data directory and port, it is the app restarted under an open tab.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export interface RunningHost {
  url: string;
  origin: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  stop(): Promise<number | null>;
}

/** `port` 0 lets the system choose one, as `fieldbook web` does by default. */
export async function startHost(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fieldbook-e2e-')), port = 0): Promise<RunningHost> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/fieldbook'), 'web', '--no-open', '--port', String(port), '--data-dir', dataDir], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#secret=[0-9a-f]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited (${code}):\n${output}`));
    });
  });
  return {
    url,
    origin: new URL(url).origin,
    port: Number(new URL(url).port),
    dataDir,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
