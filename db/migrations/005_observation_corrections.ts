// Corrections: every list of observations says which ones a correction has
// replaced (a lookup by `supersedes` for each row on screen), so that column
// gets an index instead of a scan of every observation per row.
import type { Migration } from './types.js';

export const migration005: Migration = {
  version: 5,
  name: 'observation corrections',
  up(db) {
    db.exec('CREATE INDEX observations_supersedes ON observations (supersedes) WHERE supersedes IS NOT NULL');
  },
};
