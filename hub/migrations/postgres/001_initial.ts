// The hub's first PostgreSQL schema: the same tables as SQLite's 001 (see
// hub/migrations/sqlite/001_initial.ts), with BIGINT sequences and times.
import type { HubMigration } from '../types.js';

export const postgres001: HubMigration = {
  version: 1,
  name: 'districts, devices, ops and row scopes',
  sql: `
    CREATE TABLE districts (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      seq BIGINT NOT NULL DEFAULT 0,
      created_at BIGINT NOT NULL
    );
    CREATE TABLE schools (
      district_id TEXT NOT NULL REFERENCES districts (id),
      id TEXT NOT NULL,
      name TEXT NOT NULL,
      PRIMARY KEY (district_id, id)
    );
    CREATE TABLE teams (
      district_id TEXT NOT NULL REFERENCES districts (id),
      id TEXT NOT NULL,
      name TEXT NOT NULL,
      PRIMARY KEY (district_id, id)
    );
    CREATE TABLE enrolment_codes (
      code_hash TEXT PRIMARY KEY,
      district_id TEXT NOT NULL REFERENCES districts (id),
      user_name TEXT NOT NULL,
      role TEXT NOT NULL,
      schools TEXT NOT NULL,
      teams TEXT NOT NULL,
      issued_at BIGINT NOT NULL,
      expires_at BIGINT NOT NULL,
      used_at BIGINT,
      device_id TEXT
    );
    CREATE TABLE devices (
      id TEXT PRIMARY KEY,
      district_id TEXT NOT NULL REFERENCES districts (id),
      node TEXT NOT NULL,
      user_name TEXT NOT NULL,
      role TEXT NOT NULL,
      schools TEXT NOT NULL,
      teams TEXT NOT NULL,
      token_hash TEXT NOT NULL UNIQUE,
      enrolled_at BIGINT NOT NULL,
      revoked_at BIGINT
    );
    CREATE TABLE ops (
      district_id TEXT NOT NULL REFERENCES districts (id),
      seq BIGINT NOT NULL,
      op_id TEXT NOT NULL,
      hlc TEXT NOT NULL,
      node TEXT NOT NULL,
      tbl TEXT NOT NULL,
      row_id TEXT NOT NULL,
      col TEXT NOT NULL,
      value TEXT NOT NULL,
      base TEXT,
      scope TEXT NOT NULL,
      PRIMARY KEY (district_id, seq),
      UNIQUE (district_id, op_id)
    );
    CREATE INDEX ops_field ON ops (district_id, tbl, row_id, col);
    CREATE TABLE row_scopes (
      district_id TEXT NOT NULL REFERENCES districts (id),
      row_id TEXT NOT NULL,
      tbl TEXT NOT NULL,
      scope TEXT NOT NULL,
      PRIMARY KEY (district_id, row_id)
    );
  `,
};
