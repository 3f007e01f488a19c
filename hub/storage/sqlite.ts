// The hub's SQLite store (better-sqlite3), the default for one school server.
// better-sqlite3 is synchronous and has one connection, so transactions that
// span an await (the push) are serialised by a queue: no other request's
// statements can run inside an open transaction.
import Database from 'better-sqlite3';
import { SQLITE_MIGRATIONS } from '../migrations/sqlite/index.js';
import type { HubMigration } from '../migrations/types.js';
import type { CarriedRubric } from '../../db/bundles/rubricsPart.js';
import { DEVICE_COLUMNS, OP_COLUMNS, RUBRIC_COLUMNS, RUBRIC_LISTING_COLUMNS, opQueryWhere, opRowOf, toDevice, toRubricListing, toStoredOp, type DeviceRow, type OpRow, type RubricListingRow } from './rows.js';
import type { EnrolOutcome, Grant, HubStorage, NewDevice, OpQuery, PushTx } from './types.js';

type Db = Database.Database;

/** Runs migrations above the file's user_version, each in a transaction with its version bump. */
export function migrateSqlite(db: Db, migrations: readonly HubMigration[] = SQLITE_MIGRATIONS): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) throw new Error(`This hub database was made by a newer Fieldbook hub (version ${from}; this one knows up to ${latest}). Run the newer hub.`);
  for (const m of migrations.filter((x) => x.version > from)) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
  return { from, to: db.pragma('user_version', { simple: true }) as number };
}

export function openSqliteStorage(file: string): HubStorage {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  const pushTx = (districtId: string): PushTx => ({
    lockDistrict: async () => {
      const seq = db.prepare('SELECT seq FROM districts WHERE id = ?').pluck().get(districtId) as number | undefined;
      if (seq === undefined) throw new Error(`district ${districtId} is missing`);
      return seq;
    },
    heldOpIds: async (opIds) =>
      new Set(db.prepare('SELECT op_id FROM ops WHERE district_id = ? AND op_id IN (SELECT value FROM json_each(?))').pluck().all(districtId, JSON.stringify(opIds)) as string[]),
    rowScopes: async (rowIds) => {
      const rows = db
        .prepare('SELECT row_id, scope FROM row_scopes WHERE district_id = ? AND row_id IN (SELECT value FROM json_each(?))')
        .all(districtId, JSON.stringify(rowIds)) as { row_id: string; scope: string }[];
      return new Map(rows.map((r) => [r.row_id, r.scope]));
    },
    heldRubrics: async (keys) => {
      const rows = db
        .prepare(`SELECT rubric_id || '@' || version AS key, content, content_hash AS contentHash FROM rubric_versions WHERE district_id = ? AND rubric_id || '@' || version IN (SELECT value FROM json_each(?))`)
        .all(districtId, JSON.stringify(keys)) as { key: string; content: string; contentHash: string }[];
      return new Map(rows.map(({ key, ...held }) => [key, held]));
    },
    store: async ({ rubrics, ops, newRowScopes }, seq) => {
      const insertRubric = db.prepare('INSERT INTO rubric_versions (district_id, rubric_id, version, content_hash, content, seq) VALUES (?, ?, ?, ?, ?, ?)');
      for (const r of rubrics) insertRubric.run(districtId, r.id, r.version, r.contentHash, r.content, r.seq);
      const insertOp = db.prepare(`INSERT INTO ops (district_id, ${OP_COLUMNS}) VALUES (@district_id, @seq, @op_id, @hlc, @node, @tbl, @row_id, @col, @value, @base, @scope)`);
      for (const op of ops) insertOp.run(opRowOf(districtId, op));
      const insertScope = db.prepare('INSERT INTO row_scopes (district_id, row_id, tbl, scope) VALUES (?, ?, ?, ?)');
      for (const [row, { table, scope }] of newRowScopes) insertScope.run(districtId, row, table, scope);
      db.prepare('UPDATE districts SET seq = ? WHERE id = ?').run(seq, districtId);
    },
  });

  return {
    kind: 'sqlite',
    migrate: async () => migrateSqlite(db),
    close: async () => {
      await queue;
      db.close();
    },
    createDistrict: async (id, name, now) => {
      db.prepare('INSERT INTO districts (id, name, created_at) VALUES (?, ?, ?)').run(id, name, now);
    },
    districts: async () => db.prepare('SELECT id, name, seq FROM districts ORDER BY name').all() as { id: string; name: string; seq: number }[],
    addSchool: async (districtId, schoolId, name) => {
      db.prepare('INSERT INTO schools (district_id, id, name) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET name = excluded.name').run(districtId, schoolId, name);
    },
    addTeam: async (districtId, teamId, name) => {
      db.prepare('INSERT INTO teams (district_id, id, name) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET name = excluded.name').run(districtId, teamId, name);
    },
    directory: async (districtId) => ({
      schools: db.prepare('SELECT id FROM schools WHERE district_id = ? ORDER BY id').pluck().all(districtId) as string[],
      teams: db.prepare('SELECT id FROM teams WHERE district_id = ? ORDER BY id').pluck().all(districtId) as string[],
    }),
    saveCode: async (codeHash: string, grant: Grant, now: number, expiresAt: number) => {
      db.prepare(
        `INSERT INTO enrolment_codes (code_hash, district_id, user_name, role, schools, teams, issued_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(codeHash, grant.districtId, grant.userName, grant.role, JSON.stringify(grant.schools), JSON.stringify(grant.teams), now, expiresAt);
    },
    enrol: (codeHash: string, device: NewDevice) =>
      exclusive(async (): Promise<EnrolOutcome> =>
        db.transaction((): EnrolOutcome => {
          const code = db.prepare('SELECT * FROM enrolment_codes WHERE code_hash = ?').get(codeHash) as
            | { district_id: string; user_name: string; role: string; schools: string; teams: string; expires_at: number; used_at: number | null }
            | undefined;
          if (!code) return { refused: 'unknown' };
          if (code.used_at !== null) return { refused: 'used' };
          if (code.expires_at < device.now) return { refused: 'expired' };
          const holder = db.prepare('SELECT id, token_hash FROM devices WHERE node = ?').get(device.node) as { id: string; token_hash: string } | undefined;
          if (holder && holder.token_hash !== device.proofTokenHash) return { refused: 'node_taken' };
          const deviceId = holder?.id ?? device.id;
          if (holder) {
            db.prepare(
              'UPDATE devices SET district_id = ?, user_name = ?, role = ?, schools = ?, teams = ?, token_hash = ?, enrolled_at = ?, revoked_at = NULL WHERE id = ?',
            ).run(code.district_id, code.user_name, code.role, code.schools, code.teams, device.tokenHash, device.now, deviceId);
          } else {
            db.prepare(
              `INSERT INTO devices (id, district_id, node, user_name, role, schools, teams, token_hash, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            ).run(deviceId, code.district_id, device.node, code.user_name, code.role, code.schools, code.teams, device.tokenHash, device.now);
          }
          db.prepare('UPDATE enrolment_codes SET used_at = ?, device_id = ? WHERE code_hash = ?').run(device.now, deviceId, codeHash);
          return { device: toDevice(db.prepare(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE id = ?`).get(deviceId) as DeviceRow) };
        })(),
      ),
    deviceByToken: async (tokenHash) => {
      const row = db.prepare(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE token_hash = ?`).get(tokenHash) as DeviceRow | undefined;
      return row && toDevice(row);
    },
    revokeDevice: async (id, now) => db.prepare('UPDATE devices SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?').run(now, id).changes > 0,
    listDevices: async () => (db.prepare(`SELECT ${DEVICE_COLUMNS} FROM devices ORDER BY enrolled_at, id`).all() as DeviceRow[]).map(toDevice),
    inPushTransaction: (districtId, fn) =>
      exclusive(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(pushTx(districtId));
          db.exec('COMMIT');
          return result;
        } catch (err) {
          db.exec('ROLLBACK');
          throw err;
        }
      }),
    // Reads wait for an open push too, so they never see its uncommitted ops.
    districtSeq: (districtId) => exclusive(async () => Number(db.prepare('SELECT seq FROM districts WHERE id = ?').pluck().get(districtId) ?? 0)),
    readOps: (q: OpQuery) => exclusive(async () => {
      const where = opQueryWhere({
        scoped: q.scopes !== null,
        upTo: q.upTo !== null,
        winnersOnly: q.winnersOnly,
        p: (name) => `@${name}`,
        inList: (param) => `IN (SELECT value FROM json_each(${param}))`,
      });
      const params: Record<string, unknown> = { district: q.districtId, after: q.after, limit: q.limit };
      if (q.upTo !== null) params.upTo = q.upTo;
      if (q.scopes !== null) params.scopes = JSON.stringify(q.scopes);
      const rows = db.prepare(`SELECT ${OP_COLUMNS.split(', ').map((c) => `o.${c}`).join(', ')} FROM ops o WHERE ${where} ORDER BY o.seq LIMIT @limit`).all(params) as OpRow[];
      return rows.map(toStoredOp);
    }),
    readRubrics: (districtId, after, upTo) =>
      exclusive(async () =>
        db.prepare(`SELECT ${RUBRIC_COLUMNS} FROM rubric_versions WHERE district_id = ? AND seq > ? AND seq <= ? AND withdrawn_at IS NULL ORDER BY seq`).all(districtId, after, upTo) as CarriedRubric[],
      ),
    listRubrics: async (districtId) => (db.prepare(`SELECT ${RUBRIC_LISTING_COLUMNS} FROM rubric_versions WHERE district_id = ? ORDER BY seq`).all(districtId) as RubricListingRow[]).map(toRubricListing),
    withdrawRubric: (districtId, id, version, now) =>
      exclusive(async () => db.prepare('UPDATE rubric_versions SET withdrawn_at = coalesce(withdrawn_at, ?) WHERE district_id = ? AND rubric_id = ? AND version = ?').run(now, districtId, id, version).changes > 0),
  };
}
