import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgres001 } from '../../../hub/migrations/postgres/001_initial.js';
import { migratePostgres } from '../../../hub/storage/postgres.js';
import { startPostgres, type PostgresCluster } from '../../support/postgres.js';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(() => cluster?.stop());

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: await cluster.createDatabase() });
  await client.connect();
  return client;
}

describe('hub PostgreSQL migration 001: districts, devices, ops and row scopes', () => {
  it('creates the tables, keeps one op id per district and one sequence number per district, and runs once', async () => {
    const client = await connect();
    try {
      expect(await migratePostgres(client, [postgres001])).toEqual({ from: 0, to: 1 });
      expect(await migratePostgres(client, [postgres001])).toEqual({ from: 1, to: 1 });
      const tables = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
      expect(tables.rows.map((r) => r.tablename)).toEqual(['devices', 'districts', 'enrolment_codes', 'hub_schema', 'ops', 'row_scopes', 'schools', 'teams']);
      await client.query("INSERT INTO districts (id, name, created_at) VALUES ('d', 'Dinuba', 1)");
      const op = (seq: number, id: string) =>
        client.query("INSERT INTO ops (district_id, seq, op_id, hlc, node, tbl, row_id, col, value, scope) VALUES ('d', $1, $2, 'h', 'n', 'notes', 'r', 'text', '\"007\"', 'district')", [seq, id]);
      await op(1, 'o1');
      await expect(op(2, 'o1')).rejects.toThrow(/duplicate key/);
      await expect(op(1, 'o2')).rejects.toThrow(/duplicate key/);
      await expect(client.query("INSERT INTO ops (district_id, seq, op_id, hlc, node, tbl, row_id, col, value, scope) VALUES ('nowhere', 1, 'x', 'h', 'n', 't', 'r', 'c', '1', 's')")).rejects.toThrow(/foreign key/);
      expect((await client.query('SELECT value FROM ops')).rows[0]).toEqual({ value: '"007"' });
    } finally {
      await client.end();
    }
  });

  it('refuses a hub database from a newer hub and changes nothing', async () => {
    const client = await connect();
    try {
      await client.query('CREATE TABLE hub_schema (version INTEGER NOT NULL); INSERT INTO hub_schema VALUES (7)');
      await expect(migratePostgres(client, [postgres001])).rejects.toThrow(/made by a newer Fieldbook hub \(version 7; this one knows up to 1\)/);
      expect((await client.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'")).rows[0]).toEqual({ n: 1 });
    } finally {
      await client.end();
    }
  });
});
