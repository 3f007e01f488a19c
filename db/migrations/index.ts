// Every migration, in order. A new one gets the next number, its own file and
// its own test; within a major version they only add.
import { migration001 } from './001_sync_core.js';
import { migration002 } from './002_directory.js';
import { migration003 } from './003_rubrics.js';
import { migration004 } from './004_observations.js';
import { migration005 } from './005_observation_corrections.js';
import { migration006 } from './006_calibration.js';
import { migration007 } from './007_insights.js';
import { migration008 } from './008_lesson_study.js';
import { migration009 } from './009_bundles.js';
import { migration010 } from './010_op_values.js';
import type { Migration } from './types.js';

export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006, migration007, migration008, migration009, migration010];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
