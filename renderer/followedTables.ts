// Which synced tables each kind of screen shows, for following the store's
// announcements (useLoaded's `follows`, useDataChanges).
import { SYNCED_TABLE_NAMES } from '../shared/registry.js';

export const LESSON_STUDY_TABLES: readonly string[] = SYNCED_TABLE_NAMES.filter((t) => t.startsWith('ls_'));
export const CALIBRATION_TABLES: readonly string[] = SYNCED_TABLE_NAMES.filter((t) => t.startsWith('calibration_'));
export const OBSERVATION_TABLES: readonly string[] = ['observations', 'notes', 'episodes', 'scores', 'observation_students', 'attachments'];
/** A cycle shows its research lessons (observations) and their notes beside its own rows. */
export const CYCLE_TABLES: readonly string[] = [...LESSON_STUDY_TABLES, 'observations', 'notes'];
