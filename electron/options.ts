// Command-line and environment options of the Electron shell. Pure (no
// 'electron' import) so that it is tested in plain Node:
// tests/unit/electron-options.test.ts.
import path from 'node:path';

export interface ShellOptions {
  /** Where the database lives; null means Electron's userData directory. */
  dataDir: string | null;
  /** A better-sqlite3 binary built for Electron's ABI (development only); null means the default. */
  nativeBinding: string | null;
}

export class ShellOptionsError extends Error {
  override name = 'ShellOptionsError';
}

export const DATA_DIR_ENV = 'FIELDBOOK_DATA_DIR';
export const NATIVE_BINDING_ENV = 'FIELDBOOK_NATIVE_BINDING';

/**
 * Reads --data-dir DIR (or --data-dir=DIR), falling back to FIELDBOOK_DATA_DIR.
 * FIELDBOOK_NATIVE_BINDING is honoured only in development: a packaged app
 * loads the binary that electron-builder rebuilt and never native code named
 * by its environment.
 */
export function parseShellOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  context: { packaged: boolean; cwd: string },
): ShellOptions {
  let fromArgs: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--data-dir') {
      const next = argv[i + 1];
      if (next === undefined || next === '' || next.startsWith('--')) {
        throw new ShellOptionsError('--data-dir needs a directory, for example: --data-dir /path/to/fieldbook-data.');
      }
      fromArgs = next;
      i++;
    } else if (arg?.startsWith('--data-dir=')) {
      fromArgs = arg.slice('--data-dir='.length);
      if (fromArgs === '') throw new ShellOptionsError('--data-dir needs a directory, for example: --data-dir=/path/to/fieldbook-data.');
    }
  }
  const fromEnv = env[DATA_DIR_ENV];
  const chosen = fromArgs ?? (fromEnv !== undefined && fromEnv !== '' ? fromEnv : undefined);
  const dataDir = chosen === undefined ? null : path.resolve(context.cwd, chosen);

  const binding = env[NATIVE_BINDING_ENV];
  const nativeBinding = !context.packaged && binding !== undefined && binding !== '' ? path.resolve(context.cwd, binding) : null;

  return { dataDir, nativeBinding };
}
