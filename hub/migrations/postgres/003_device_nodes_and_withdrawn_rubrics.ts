// One device per node and withdrawn rubric versions on PostgreSQL: the same
// change as SQLite's 003 (see hub/migrations/sqlite/003_device_nodes_and_withdrawn_rubrics.ts for why).
import type { HubMigration } from '../types.js';
import { ONE_DEVICE_PER_NODE_SQL } from '../sqlite/003_device_nodes_and_withdrawn_rubrics.js';

export const postgres003: HubMigration = {
  version: 3,
  name: 'one device per node, withdrawn rubric versions',
  sql: `${ONE_DEVICE_PER_NODE_SQL}
    ALTER TABLE rubric_versions ADD COLUMN withdrawn_at BIGINT;`,
};
