// Every SQLite hub migration, in order; a new one gets the next number, its own file and its own test.
import type { HubMigration } from '../types.js';
import { sqlite001 } from './001_initial.js';
import { sqlite002 } from './002_rubric_versions.js';
import { sqlite003 } from './003_device_nodes_and_withdrawn_rubrics.js';

export const SQLITE_MIGRATIONS: readonly HubMigration[] = [sqlite001, sqlite002, sqlite003];
