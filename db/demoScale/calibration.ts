// The district's calibration rounds: two or three a school year, each a filmed
// lesson scored blind by the observers who came that day (most do), against
// the expert panel's anchors, then revealed on the day with a consensus. A
// rater's sheet comes from the same severity and noise as their observations,
// so lenient or harsh raters miss the anchors, and drifting raters slip.
import type { RoundRule } from '../../shared/calibration/schemas.js';
import type { RowChange } from '../apply.js';
import { CALIBRATION_DAYS, CALIBRATION_START_MS, dayMs } from './calendar.js';
import type { District } from './district.js';
import { nearestLevel, observedScore } from './model.js';
import type { Rng } from './random.js';
import { ANCHOR_RATIONALES, CALIBRATION_LESSONS, CONSENSUS_NOTES, NOTE_PHRASES } from './words.js';

const ATTENDANCE = 0.85;
const MINUTE_MS = 60_000;

export interface RoundScoring {
  rubricId: string;
  rubricVersion: number;
  dimensions: readonly string[];
  levels: readonly number[];
  rule: RoundRule;
}

export function calibrationRounds(rng: Rng, district: District, scoring: RoundScoring): { changes: RowChange[]; rounds: number } {
  const changes: RowChange[] = [];
  const lessons = rng.pickDistinct(CALIBRATION_LESSONS, CALIBRATION_DAYS.length);
  let rounds = 0;
  for (const [index, [day, name, always]] of CALIBRATION_DAYS.entries()) {
    if (!always && !rng.chance(0.5)) continue;
    rounds++;
    const createdAt = dayMs(day) + CALIBRATION_START_MS;
    const revealedAt = createdAt + 120 * MINUTE_MS;
    const roundId = rng.id(createdAt);
    const [lesson, video] = lessons[index]!;
    const start = rng.int(2, 20);
    changes.push({
      table: 'calibration_rounds',
      row: roundId,
      values: {
        name,
        rubric_id: scoring.rubricId,
        rubric_version: scoring.rubricVersion,
        lesson_kind: 'video',
        lesson,
        video_name: video,
        segment: `${start}:00-${start + 15}:00`,
        facilitator_id: district.facilitatorId,
        mode: 'pass_the_laptop',
        rule: JSON.stringify(scoring.rule),
        created_at: createdAt,
        revealed_at: revealedAt,
        deleted: 0,
      },
    });
    // The filmed lesson's true level per dimension sits near its anchor, and not always squarely on it.
    const anchors = scoring.dimensions.map(() => nearestLevel(scoring.levels, rng.uniform(scoring.levels[0]! - 0.5, scoring.levels.at(-1)! + 0.5)));
    const truths = anchors.map((a) => a + rng.normal() * 0.2);
    scoring.dimensions.forEach((dimensionId, d) => {
      const value = anchors[d]!;
      const rationale = ANCHOR_RATIONALES[Math.min(ANCHOR_RATIONALES.length - 1, scoring.levels.indexOf(value))]!;
      changes.push({ table: 'calibration_anchors', row: rng.id(createdAt), values: { round_id: roundId, dimension_id: dimensionId, value, rationale, deleted: 0 } });
    });
    const present = district.observers.filter(() => rng.chance(ATTENDANCE));
    const raters = present.length >= 2 ? present : district.observers.slice(0, 2);
    raters.forEach((rater, position) => {
      const submittedAt = createdAt + (30 + position) * MINUTE_MS;
      changes.push({ table: 'calibration_raters', row: rng.id(createdAt), values: { round_id: roundId, person_id: rater.id, position, submitted_at: submittedAt, deleted: 0 } });
      scoring.dimensions.forEach((dimensionId, d) => {
        const value = observedScore(scoring.levels, rater, truths[d]!, createdAt, rng.normal());
        const evidence = rng.pick(NOTE_PHRASES[dimensionId]!);
        changes.push({
          table: 'calibration_scores',
          row: rng.id(submittedAt),
          values: { round_id: roundId, rater_id: rater.id, dimension_id: dimensionId, value, na: 0, evidence, deleted: 0 },
        });
      });
    });
    scoring.dimensions.forEach((dimensionId, d) => {
      changes.push({
        table: 'calibration_consensus',
        row: rng.id(revealedAt),
        values: { round_id: roundId, dimension_id: dimensionId, value: anchors[d]!, notes: rng.pick(CONSENSUS_NOTES), deleted: 0 },
      });
    });
  }
  return { changes, rounds };
}
