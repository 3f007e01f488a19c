// Calibration rounds: the round, its raters (with when each sheet was
// submitted), every rater's score and evidence per dimension, the expert
// panel's anchors and the group's consensus. All synced, so in own-device mode
// raters' sheets reach the facilitator by bundle or hub; like the other synced
// tables they have no NOT NULL or foreign keys (fields arrive in any order).
// Blindness is enforced when reading, not by keeping sheets off the device.
import type { Migration } from './types.js';

export const migration006: Migration = {
  version: 6,
  name: 'calibration',
  up(db) {
    db.exec(`
      CREATE TABLE calibration_rounds (
        id TEXT PRIMARY KEY,
        name TEXT, rubric_id TEXT, rubric_version INTEGER, lesson_kind TEXT, lesson TEXT, video_name TEXT,
        segment TEXT, facilitator_id TEXT, mode TEXT, rule TEXT, created_at INTEGER, revealed_at INTEGER, deleted INTEGER
      );
      CREATE INDEX calibration_rounds_created ON calibration_rounds (created_at DESC);

      CREATE TABLE calibration_raters (
        id TEXT PRIMARY KEY,
        round_id TEXT, person_id TEXT, position INTEGER, submitted_at INTEGER, deleted INTEGER
      );
      CREATE INDEX calibration_raters_round ON calibration_raters (round_id, position);
      CREATE INDEX calibration_raters_person ON calibration_raters (person_id);

      CREATE TABLE calibration_scores (
        id TEXT PRIMARY KEY,
        round_id TEXT, rater_id TEXT, dimension_id TEXT, value INTEGER, na INTEGER, evidence TEXT, deleted INTEGER
      );
      CREATE INDEX calibration_scores_sheet ON calibration_scores (round_id, rater_id, dimension_id);

      CREATE TABLE calibration_anchors (
        id TEXT PRIMARY KEY,
        round_id TEXT, dimension_id TEXT, value INTEGER, rationale TEXT, deleted INTEGER
      );
      CREATE INDEX calibration_anchors_round ON calibration_anchors (round_id, dimension_id);

      CREATE TABLE calibration_consensus (
        id TEXT PRIMARY KEY,
        round_id TEXT, dimension_id TEXT, value INTEGER, notes TEXT, deleted INTEGER
      );
      CREATE INDEX calibration_consensus_round ON calibration_consensus (round_id, dimension_id);
    `);
  },
};
