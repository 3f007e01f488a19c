import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgres001 } from '../../../hub/migrations/postgres/001_initial.js';
import { postgres002 } from '../../../hub/migrations/postgres/002_rubric_versions.js';
import { postgres003 } from '../../../hub/migrations/postgres/003_device_nodes_and_withdrawn_rubrics.js';
import { migratePostgres } from '../../../hub/storage/postgres.js';
import { startPostgres, type PostgresCluster } from '../../support/postgres.js';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(() => cluster?.stop());

describe('hub PostgreSQL migration 003: one device per node, withdrawn rubric versions', () => {
  it('withdraws every device sharing a node, keeps the first one\u2019s node, then refuses a second device with a node; rubric versions gain withdrawn_at', async () => {
    const client = new pg.Client({ connectionString: await cluster.createDatabase() });
    await client.connect();
    try {
      await migratePostgres(client, [postgres001, postgres002]);
      await client.query("INSERT INTO districts (id, name, created_at) VALUES ('d', 'Dinuba', 1)");
      const device = (id: string, node: string, token: string, at: number) =>
        client.query("INSERT INTO devices (id, district_id, node, user_name, role, schools, teams, token_hash, enrolled_at) VALUES ($1, 'd', $2, 'x', 'coach', '[]', '[]', $3, $4)", [id, node, token, at]);
      await device('owner', 'n1', 't1', 10);
      await device('impostor', 'n1', 't2', 20);
      await device('alone', 'n2', 't3', 30);
      await client.query("INSERT INTO rubric_versions (district_id, rubric_id, version, content_hash, content, seq) VALUES ('d', 'tru-math', 1, 'h', '{}', 1)");
      expect(await migratePostgres(client, [postgres001, postgres002, postgres003])).toEqual({ from: 2, to: 3 });
      expect((await client.query('SELECT id, node, revoked_at::int AS "revokedAt" FROM devices ORDER BY id')).rows).toEqual([
        { id: 'alone', node: 'n2', revokedAt: null },
        { id: 'impostor', node: 'n1~duplicate~impostor', revokedAt: 20 },
        { id: 'owner', node: 'n1', revokedAt: 10 },
      ]);
      await expect(device('another', 'n2', 't4', 40)).rejects.toThrow(/duplicate key/);
      expect((await client.query('SELECT withdrawn_at FROM rubric_versions')).rows).toEqual([{ withdrawn_at: null }]);
    } finally {
      await client.end();
    }
  });
});
