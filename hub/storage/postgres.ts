// The hub's PostgreSQL store (pg), for a district: DATABASE_URL=postgres://...
// A push locks its district's counter row (SELECT ... FOR UPDATE) for the
// whole transaction, so pushes to one district commit in sequence order and
// a pull never sees seq N+1 before seq N.
import pg from 'pg';
import { POSTGRES_MIGRATIONS } from '../migrations/postgres/index.js';
import type { HubMigration } from '../migrations/types.js';
import type { CarriedRubric } from '../../db/bundles/rubricsPart.js';
import { DEVICE_COLUMNS, OP_COLUMNS, RUBRIC_COLUMNS, RUBRIC_LISTING_COLUMNS, opQueryWhere, opRowOf, toDevice, toRubricListing, toStoredOp, type DeviceRow, type OpRow, type RubricListingRow } from './rows.js';
import type { EnrolOutcome, HubStorage, PushTx } from './types.js';

type Client = pg.PoolClient | pg.Client;

async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** Runs migrations above the recorded version, each in a transaction with its version row; a lock keeps two hubs starting at once apart. */
export async function migratePostgres(client: Client, migrations: readonly HubMigration[] = POSTGRES_MIGRATIONS): Promise<{ from: number; to: number }> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(727001)');
    await client.query('CREATE TABLE IF NOT EXISTS hub_schema (version INTEGER NOT NULL)');
    const current = await client.query<{ version: number }>('SELECT max(version) AS version FROM hub_schema');
    const from = current.rows[0]?.version ?? 0;
    const latest = migrations.at(-1)?.version ?? 0;
    if (from > latest) throw new Error(`This hub database was made by a newer Fieldbook hub (version ${from}; this one knows up to ${latest}). Run the newer hub.`);
    for (const m of migrations.filter((x) => x.version > from)) {
      await client.query(m.sql);
      await client.query('INSERT INTO hub_schema (version) VALUES ($1)', [m.version]);
    }
    await client.query('COMMIT');
    return { from, to: Math.max(from, latest) };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** Positional parameters for a query written with names. */
function positional(names: readonly string[]): (name: string) => string {
  return (name) => `$${names.indexOf(name) + 1}`;
}

export function openPostgresStorage(connectionString: string): HubStorage {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client that loses its server (a restart) must not crash the hub.
  pool.on('error', () => undefined);

  const pushTx = (client: pg.PoolClient, districtId: string): PushTx => ({
    lockDistrict: async () => {
      const r = await client.query<{ seq: string }>('SELECT seq FROM districts WHERE id = $1 FOR UPDATE', [districtId]);
      if (r.rows.length === 0) throw new Error(`district ${districtId} is missing`);
      return Number(r.rows[0]!.seq);
    },
    heldOpIds: async (opIds) => {
      const r = await client.query<{ op_id: string }>('SELECT op_id FROM ops WHERE district_id = $1 AND op_id = ANY($2)', [districtId, opIds]);
      return new Set(r.rows.map((x) => x.op_id));
    },
    rowScopes: async (rowIds) => {
      const r = await client.query<{ row_id: string; scope: string }>('SELECT row_id, scope FROM row_scopes WHERE district_id = $1 AND row_id = ANY($2)', [districtId, rowIds]);
      return new Map(r.rows.map((x) => [x.row_id, x.scope]));
    },
    heldRubrics: async (keys) => {
      const r = await client.query<{ key: string; content: string; contentHash: string }>(
        `SELECT rubric_id || '@' || version AS key, content, content_hash AS "contentHash" FROM rubric_versions WHERE district_id = $1 AND rubric_id || '@' || version = ANY($2)`,
        [districtId, keys],
      );
      return new Map(r.rows.map(({ key, ...held }) => [key, held]));
    },
    store: async ({ rubrics, ops, newRowScopes }, seq) => {
      for (const r of rubrics) {
        await client.query('INSERT INTO rubric_versions (district_id, rubric_id, version, content_hash, content, seq) VALUES ($1, $2, $3, $4, $5, $6)', [districtId, r.id, r.version, r.contentHash, r.content, r.seq]);
      }
      if (ops.length > 0) {
        await client.query(
          `INSERT INTO ops (district_id, ${OP_COLUMNS})
           SELECT district_id, ${OP_COLUMNS} FROM json_to_recordset($1::json) AS x(district_id text, seq bigint, op_id text, hlc text, node text, tbl text, row_id text, col text, value text, base text, scope text)`,
          [JSON.stringify(ops.map((op) => opRowOf(districtId, op)))],
        );
      }
      if (newRowScopes.size > 0) {
        const rows = [...newRowScopes].map(([row_id, { table, scope }]) => ({ row_id, tbl: table, scope }));
        await client.query(
          `INSERT INTO row_scopes (district_id, row_id, tbl, scope)
           SELECT $1, row_id, tbl, scope FROM json_to_recordset($2::json) AS x(row_id text, tbl text, scope text)`,
          [districtId, JSON.stringify(rows)],
        );
      }
      await client.query('UPDATE districts SET seq = $1 WHERE id = $2', [seq, districtId]);
    },
  });

  return {
    kind: 'postgres',
    migrate: async () => {
      const client = await pool.connect();
      try {
        return await migratePostgres(client);
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
    createDistrict: async (id, name, now) => {
      await pool.query('INSERT INTO districts (id, name, created_at) VALUES ($1, $2, $3)', [id, name, now]);
    },
    districts: async () => (await pool.query<{ id: string; name: string; seq: string }>('SELECT id, name, seq FROM districts ORDER BY name')).rows.map((r) => ({ ...r, seq: Number(r.seq) })),
    addSchool: async (districtId, schoolId, name) => {
      await pool.query('INSERT INTO schools (district_id, id, name) VALUES ($1, $2, $3) ON CONFLICT (district_id, id) DO UPDATE SET name = excluded.name', [districtId, schoolId, name]);
    },
    addTeam: async (districtId, teamId, name) => {
      await pool.query('INSERT INTO teams (district_id, id, name) VALUES ($1, $2, $3) ON CONFLICT (district_id, id) DO UPDATE SET name = excluded.name', [districtId, teamId, name]);
    },
    directory: async (districtId) => ({
      schools: (await pool.query<{ id: string }>('SELECT id FROM schools WHERE district_id = $1 ORDER BY id', [districtId])).rows.map((r) => r.id),
      teams: (await pool.query<{ id: string }>('SELECT id FROM teams WHERE district_id = $1 ORDER BY id', [districtId])).rows.map((r) => r.id),
    }),
    saveCode: async (codeHash, grant, now, expiresAt) => {
      await pool.query(
        'INSERT INTO enrolment_codes (code_hash, district_id, user_name, role, schools, teams, issued_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [codeHash, grant.districtId, grant.userName, grant.role, JSON.stringify(grant.schools), JSON.stringify(grant.teams), now, expiresAt],
      );
    },
    enrol: (codeHash, device) =>
      inTransaction(pool, async (client): Promise<EnrolOutcome> => {
        const r = await client.query<{ district_id: string; user_name: string; role: string; schools: string; teams: string; expires_at: string; used_at: string | null }>(
          'SELECT * FROM enrolment_codes WHERE code_hash = $1 FOR UPDATE',
          [codeHash],
        );
        const code = r.rows[0];
        if (!code) return { refused: 'unknown' };
        if (code.used_at !== null) return { refused: 'used' };
        if (Number(code.expires_at) < device.now) return { refused: 'expired' };
        const holder = (await client.query<{ id: string; token_hash: string }>('SELECT id, token_hash FROM devices WHERE node = $1 FOR UPDATE', [device.node])).rows[0];
        if (holder && holder.token_hash !== device.proofTokenHash) return { refused: 'node_taken' };
        const deviceId = holder?.id ?? device.id;
        if (holder) {
          await client.query(
            'UPDATE devices SET district_id = $1, user_name = $2, role = $3, schools = $4, teams = $5, token_hash = $6, enrolled_at = $7, revoked_at = NULL WHERE id = $8',
            [code.district_id, code.user_name, code.role, code.schools, code.teams, device.tokenHash, device.now, deviceId],
          );
        } else {
          await client.query(
            'INSERT INTO devices (id, district_id, node, user_name, role, schools, teams, token_hash, enrolled_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
            [deviceId, code.district_id, device.node, code.user_name, code.role, code.schools, code.teams, device.tokenHash, device.now],
          );
        }
        await client.query('UPDATE enrolment_codes SET used_at = $1, device_id = $2 WHERE code_hash = $3', [device.now, deviceId, codeHash]);
        const row = await client.query<DeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE id = $1`, [deviceId]);
        return { device: toDevice(row.rows[0]!) };
      }),
    deviceByToken: async (tokenHash) => {
      const r = await pool.query<DeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM devices WHERE token_hash = $1`, [tokenHash]);
      return r.rows[0] && toDevice(r.rows[0]);
    },
    revokeDevice: async (id, now) => ((await pool.query('UPDATE devices SET revoked_at = coalesce(revoked_at, $1) WHERE id = $2', [now, id])).rowCount ?? 0) > 0,
    listDevices: async () => (await pool.query<DeviceRow>(`SELECT ${DEVICE_COLUMNS} FROM devices ORDER BY enrolled_at, id`)).rows.map(toDevice),
    inPushTransaction: (districtId, fn) => inTransaction(pool, (client) => fn(pushTx(client, districtId))),
    districtSeq: async (districtId) => Number((await pool.query<{ seq: string }>('SELECT seq FROM districts WHERE id = $1', [districtId])).rows[0]?.seq ?? 0),
    readOps: async (q) => {
      const names = ['district', 'after', 'limit', ...(q.upTo !== null ? ['upTo'] : []), ...(q.scopes !== null ? ['scopes'] : [])];
      const values: unknown[] = [q.districtId, q.after, q.limit, ...(q.upTo !== null ? [q.upTo] : []), ...(q.scopes !== null ? [q.scopes] : [])];
      const p = positional(names);
      const where = opQueryWhere({ scoped: q.scopes !== null, upTo: q.upTo !== null, winnersOnly: q.winnersOnly, p, inList: (param) => `= ANY(${param})` });
      const r = await pool.query<OpRow>(`SELECT ${OP_COLUMNS.split(', ').map((c) => `o.${c}`).join(', ')} FROM ops o WHERE ${where} ORDER BY o.seq LIMIT ${p('limit')}`, values);
      return r.rows.map(toStoredOp);
    },
    readRubrics: async (districtId, after, upTo) =>
      (await pool.query<CarriedRubric>(`SELECT ${RUBRIC_COLUMNS} FROM rubric_versions WHERE district_id = $1 AND seq > $2 AND seq <= $3 AND withdrawn_at IS NULL ORDER BY seq`, [districtId, after, upTo])).rows,
    listRubrics: async (districtId) =>
      (await pool.query<RubricListingRow>(`SELECT ${RUBRIC_LISTING_COLUMNS} FROM rubric_versions WHERE district_id = $1 ORDER BY seq`, [districtId])).rows.map(toRubricListing),
    withdrawRubric: async (districtId, id, version, now) =>
      ((await pool.query('UPDATE rubric_versions SET withdrawn_at = coalesce(withdrawn_at, $1) WHERE district_id = $2 AND rubric_id = $3 AND version = $4', [now, districtId, id, version])).rowCount ?? 0) > 0,
  };
}
