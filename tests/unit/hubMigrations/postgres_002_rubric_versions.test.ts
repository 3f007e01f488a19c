import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgres001 } from '../../../hub/migrations/postgres/001_initial.js';
import { postgres002 } from '../../../hub/migrations/postgres/002_rubric_versions.js';
import { migratePostgres } from '../../../hub/storage/postgres.js';
import { startPostgres, type PostgresCluster } from '../../support/postgres.js';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(() => cluster?.stop());

describe('hub PostgreSQL migration 002: rubric versions', () => {
  it('adds rubric versions, one per district, id and version, keeping the ops of version 1', async () => {
    const client = new pg.Client({ connectionString: await cluster.createDatabase() });
    await client.connect();
    try {
      await migratePostgres(client, [postgres001]);
      await client.query("INSERT INTO districts (id, name, created_at) VALUES ('d', 'Dinuba', 1)");
      await client.query("INSERT INTO ops (district_id, seq, op_id, hlc, node, tbl, row_id, col, value, scope) VALUES ('d', 1, 'o1', 'h', 'n', 'notes', 'r', 'text', '\"x\"', 'district')");
      expect(await migratePostgres(client, [postgres001, postgres002])).toEqual({ from: 1, to: 2 });
      const insert = (version: number, seq: number) =>
        client.query("INSERT INTO rubric_versions (district_id, rubric_id, version, content_hash, content, seq) VALUES ('d', 'tru-math', $1, 'h', '{}', $2)", [version, seq]);
      await insert(1, 2);
      await insert(2, 3);
      await expect(insert(1, 4)).rejects.toThrow(/duplicate key/);
      expect((await client.query("SELECT version FROM rubric_versions WHERE district_id = 'd' AND seq > 2 ORDER BY seq")).rows).toEqual([{ version: 2 }]);
      expect((await client.query('SELECT count(*)::int AS n FROM ops')).rows[0]).toEqual({ n: 1 });
      expect((await client.query('SELECT max(version) AS v FROM hub_schema')).rows[0]).toEqual({ v: 2 });
    } finally {
      await client.end();
    }
  });
});
