// Every PostgreSQL hub migration, in order; a new one gets the next number, its own file and its own test.
import type { HubMigration } from '../types.js';
import { postgres001 } from './001_initial.js';
import { postgres002 } from './002_rubric_versions.js';
import { postgres003 } from './003_device_nodes_and_withdrawn_rubrics.js';

export const POSTGRES_MIGRATIONS: readonly HubMigration[] = [postgres001, postgres002, postgres003];
