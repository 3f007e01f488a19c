// What this device remembers about its hub: in the meta table (so the pull
// cursor commits in the same transaction as the page it follows) the
// address, the district, the cursors, how far its own changes were sent and
// the last outcome; the device token in its own file in the data directory
// (keys/hub-token, owner-only), so a copied database does not carry it.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileDurably } from '../durableFile.js';
import { getMeta, setMeta } from '../meta.js';
import type { Db } from '../sqlite.js';

export interface HubState {
  url: string;
  deviceId: string;
  districtName: string;
  userName: string;
  role: string;
  /** Where pulling goes on; null until the starting snapshot is complete. */
  cursor: string | null;
  /** The next page of the starting snapshot, while it is under way. */
  snapshotNext: string | null;
  /** The pull cursor to take once the snapshot is complete. */
  snapshotCursor: string | null;
  /** This device's own changes up to this local sequence number have reached the hub. */
  pushedSeq: number;
  lastSyncAt: number | null;
  lastError: string | null;
}

const KEY = 'hub_state';

export function readHubState(db: Db): HubState | null {
  const saved = getMeta(db, KEY);
  return saved ? (JSON.parse(saved) as HubState) : null;
}

export function writeHubState(db: Db, state: HubState): void {
  setMeta(db, KEY, JSON.stringify(state));
}

export function updateHubState(db: Db, patch: Partial<HubState>): HubState {
  const state = readHubState(db);
  if (!state) throw new Error('this device is not enrolled with a hub');
  const next = { ...state, ...patch };
  writeHubState(db, next);
  return next;
}

export function hubTokenFile(dataDir: string): string {
  return path.join(dataDir, 'keys', 'hub-token');
}

export function readHubToken(dataDir: string): string | null {
  const file = hubTokenFile(dataDir);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() : null;
}

export function saveHubToken(dataDir: string, token: string): void {
  const file = hubTokenFile(dataDir);
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  writeFileDurably(file, token, 0o600);
}
