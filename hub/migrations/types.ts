// One numbered hub migration: plain SQL for one store, run in a transaction
// with the version bump. Each store has its own list (hub/migrations/sqlite,
// hub/migrations/postgres) and a test per migration.
export interface HubMigration {
  version: number;
  name: string;
  sql: string;
}
