// A device id (node) belongs to one enrolled device for ever: before this,
// a code holder could enrol under another device's id and read and write in
// its name. Rows that already share a node cannot be told apart (the owner
// or an impostor, a re-enrolment or an attack), so every one of them is
// withdrawn, and all but the first have their node marked as a duplicate so
// that the unique index holds; the district office issues new codes.
// Rubric versions gain a withdrawal mark: the district office can withdraw
// a version (hub admin withdraw-rubric) so that it is no longer sent.
import type { HubMigration } from '../types.js';

/** The same SQL on SQLite and PostgreSQL. */
export const ONE_DEVICE_PER_NODE_SQL = `
  UPDATE devices SET revoked_at = coalesce(revoked_at, enrolled_at)
    WHERE node IN (SELECT node FROM devices GROUP BY node HAVING count(*) > 1);
  UPDATE devices SET node = node || '~duplicate~' || id
    WHERE EXISTS (SELECT 1 FROM devices first WHERE first.node = devices.node
      AND (first.enrolled_at < devices.enrolled_at OR (first.enrolled_at = devices.enrolled_at AND first.id < devices.id)));
  CREATE UNIQUE INDEX devices_node ON devices (node);
`;

export const sqlite003: HubMigration = {
  version: 3,
  name: 'one device per node, withdrawn rubric versions',
  sql: `${ONE_DEVICE_PER_NODE_SQL}
    ALTER TABLE rubric_versions ADD COLUMN withdrawn_at INTEGER;`,
};
