// Rubric versions on PostgreSQL: the same table as SQLite's 002 (see
// hub/migrations/sqlite/002_rubric_versions.ts for why).
import type { HubMigration } from '../types.js';

export const postgres002: HubMigration = {
  version: 2,
  name: 'rubric versions',
  sql: `
    CREATE TABLE rubric_versions (
      district_id TEXT NOT NULL REFERENCES districts (id),
      rubric_id TEXT NOT NULL,
      version INTEGER NOT NULL,
      content_hash TEXT NOT NULL,
      content TEXT NOT NULL,
      seq BIGINT NOT NULL,
      PRIMARY KEY (district_id, rubric_id, version)
    );
    CREATE INDEX rubric_versions_seq ON rubric_versions (district_id, seq);
  `,
};
