// Device-local settings (who uses this device). Stored outside the op log on
// purpose: they describe this installation, not district data.
import type { Settings } from '../shared/domain.js';
import type { Db } from './sqlite.js';

const DEFAULTS: Settings = { userName: '', role: null, district: '', firstRunDone: false, studentNamesInExports: false };

export function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const saved = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  return { ...DEFAULTS, ...pick(saved) };
}

function pick(saved: Record<string, unknown>): Partial<Settings> {
  const out: Partial<Settings> = {};
  if (typeof saved.userName === 'string') out.userName = saved.userName;
  if (typeof saved.role === 'string' || saved.role === null) out.role = saved.role as Settings['role'];
  if (typeof saved.district === 'string') out.district = saved.district;
  if (typeof saved.firstRunDone === 'boolean') out.firstRunDone = saved.firstRunDone;
  if (typeof saved.studentNamesInExports === 'boolean') out.studentNamesInExports = saved.studentNamesInExports;
  return out;
}

export function writeSettings(db: Db, patch: Partial<Settings>): Settings {
  const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) put.run(key, JSON.stringify(value));
  })();
  return readSettings(db);
}
