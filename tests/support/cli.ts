// Runs the real `bin/fieldbook` executable as a child process, the way a
// person at a terminal would, so the CLI tests cover argument parsing, exit
// codes and what reaches stdout and stderr, not just the command functions.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIELDBOOK_BIN = path.join(REPO_ROOT, 'bin', 'fieldbook');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Extra environment variables; FIELDBOOK_DATA_DIR and FIELDBOOK_DEBUG are cleared unless given here. */
  env?: NodeJS.ProcessEnv;
  /** Kill the child (SIGKILL) if it has not exited after this long; a safety net, not an assertion. */
  timeoutMs?: number;
}

function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FIELDBOOK_DATA_DIR;
  delete env.FIELDBOOK_DEBUG;
  // vitest sets NODE_OPTIONS for its workers in some setups; the CLI must run as a user would.
  delete env.NODE_OPTIONS;
  return { ...env, ...extra };
}

/** Starts `node bin/fieldbook ...args` and hands back the running child (for long-running commands such as `web`). */
export function spawnCli(args: string[], opts: CliOptions = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [FIELDBOOK_BIN, ...args], { cwd: REPO_ROOT, env: childEnv(opts.env), stdio: 'pipe' });
}

/** Runs `node bin/fieldbook ...args` to completion. */
export function runCli(args: string[], opts: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawnCli(args, opts);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}
