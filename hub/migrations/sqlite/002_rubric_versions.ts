// Rubric versions travel through the hub as they do in bundles: scores and
// calibration rounds name a published version, so a device that sends ops
// referring to one sends the version too. Each takes a place in the
// district's sequence (before the ops of its push), so a pull delivers it no
// later than the first op that needs it.
import type { HubMigration } from '../types.js';

export const sqlite002: HubMigration = {
  version: 2,
  name: 'rubric versions',
  sql: `
    CREATE TABLE rubric_versions (
      district_id TEXT NOT NULL REFERENCES districts (id),
      rubric_id TEXT NOT NULL,
      version INTEGER NOT NULL,
      content_hash TEXT NOT NULL,
      content TEXT NOT NULL,
      seq INTEGER NOT NULL,
      PRIMARY KEY (district_id, rubric_id, version)
    );
    CREATE INDEX rubric_versions_seq ON rubric_versions (district_id, seq);
  `,
};
