// Device-local settings (who uses this device). Stored outside the op log on
// purpose: they describe this installation, not district data.
import type { Settings } from '../shared/domain.js';
import type { Db } from './sqlite.js';

const DEFAULTS: Settings = { userName: '', role: null, district: '', firstRunDone: false, studentNamesInExports: false };

/**
 * `firstRunDone` is also true for a store that holds a district's records
 * (holdsDistrictRecords) before anyone finished first run on this device: the
 * first-run screen, with its demo district, is for an empty store only.
 */
export function readSettings(db: Db): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  const saved = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
  const settings = { ...DEFAULTS, ...pick(saved) };
  if (!settings.firstRunDone && holdsDistrictRecords(db)) settings.firstRunDone = true;
  return settings;
}

/**
 * Whether the store holds schools, people, observations or calibration rounds,
 * however they came (first run, `fieldbook demo`, `fieldbook api`, a bundle,
 * the hub). The demo district loads only into a store that holds none.
 */
export function holdsDistrictRecords(db: Db): boolean {
  const sql = 'SELECT EXISTS (SELECT 1 FROM schools) OR EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM observations) OR EXISTS (SELECT 1 FROM calibration_rounds)';
  return db.prepare(sql).pluck().get() === 1;
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
