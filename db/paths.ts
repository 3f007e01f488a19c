// Where data lives. The same default as Electron's userData for productName
// "Fieldbook", so the desktop app and the browser host share one store.
import os from 'node:os';
import path from 'node:path';

export const DB_FILE_NAME = 'fieldbook.sqlite';

export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Fieldbook');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Fieldbook');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Fieldbook');
}

/** `--data-dir` wins, then FIELDBOOK_DATA_DIR, then the per-user default. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const chosen = flag ?? env.FIELDBOOK_DATA_DIR;
  return path.resolve(chosen && chosen.length > 0 ? chosen : defaultDataDir(process.platform, env));
}

export function dbPath(dataDir: string): string {
  return path.join(dataDir, DB_FILE_NAME);
}
