// Which observation is open on this device's screen, kept so that after a
// crash or a killed process the app reopens on it and says it recovered.
// Device-local: stored beside the settings, never synced.
import type { Db } from '../sqlite.js';

const KEY = 'openObservation';

export function setOpenObservation(db: Db, id: string | null): void {
  if (id === null) db.prepare('DELETE FROM settings WHERE key = ?').run(KEY);
  else db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, JSON.stringify(id));
}

export function readOpenObservation(db: Db): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined;
  if (!row) return null;
  const id = JSON.parse(row.value) as unknown;
  if (typeof id !== 'string') return null;
  const live = db.prepare("SELECT 1 FROM observations WHERE id = ? AND coalesce(deleted, 0) = 0 AND status = 'draft'").get(id);
  return live ? id : null;
}
