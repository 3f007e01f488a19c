// Creating, listing, reading and revealing calibration rounds. Before reveal a
// round's detail says who has submitted and how many anchors are set, never a
// score or an anchor value; after reveal it carries the full results.
import type { z } from 'zod';
import { roundResults } from '../../shared/calibration/results.js';
import type { NewRoundSchema, RoundDetail, RoundSummary } from '../../shared/calibration/schemas.js';
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import { scaleOf, type Rubric, type Scale } from '../../shared/rubric/format.js';
import { writeChanges, type ApplyContext, type RowChange } from '../apply.js';
import { getPerson } from '../directory.js';
import { readVersion } from '../rubrics/versions.js';
import type { Db } from '../sqlite.js';
import { DEFAULT_RULE, LIVE, parseRule, perDimension, phaseOf, raterRows, sheetScores, type RoundRow } from './rows.js';

export interface CalibrationRubric {
  name: string;
  rubric: Rubric;
  scale: Scale;
  /** The dimensions raters score: every scored dimension, in rubric order. */
  dimensions: Rubric['dimensions'];
}

export function calibrationRubric(db: Db, id: string, version: number): CalibrationRubric {
  const stored = readVersion(db, id, version);
  const scale = scaleOf(stored.rubric);
  if (!scale) throw new AppError('invalid_input', `${stored.name} is an observation guide without scores, so it cannot be calibrated; choose a scored rubric.`);
  return { name: stored.name, rubric: stored.rubric, scale, dimensions: stored.rubric.dimensions.filter((d) => d.scored) };
}

export function roundRow(db: Db, id: string): RoundRow {
  const row = db.prepare(`SELECT * FROM calibration_rounds WHERE id = ? AND ${LIVE}`).get(id) as RoundRow | undefined;
  if (!row || row.rubric_id === null || row.rubric_version === null) {
    throw new AppError('not_found', 'That calibration round is not on this device (it may have been removed on another device).');
  }
  return row;
}

export function rubricOfRound(db: Db, row: RoundRow): CalibrationRubric {
  return calibrationRubric(db, row.rubric_id!, row.rubric_version!);
}

export function createRound(ctx: ApplyContext, input: z.output<typeof NewRoundSchema>): RoundDetail {
  const rubric = calibrationRubric(ctx.db, input.rubric.id, input.rubric.version);
  if (new Set(input.raterIds).size !== input.raterIds.length) throw new AppError('invalid_input', 'Each rater can be in a round once; one person is listed twice.');
  getPerson(ctx, input.facilitatorId);
  input.raterIds.forEach((id) => getPerson(ctx, id));
  const now = ctx.now();
  const id = uuidv7(now);
  const rule = input.rule ?? rubric.rubric.calibration ?? DEFAULT_RULE;
  const changes: RowChange[] = [
    {
      table: 'calibration_rounds',
      row: id,
      values: {
        name: input.name,
        rubric_id: input.rubric.id,
        rubric_version: input.rubric.version,
        lesson_kind: input.lessonKind,
        lesson: input.lesson,
        video_name: input.lessonKind === 'video' ? input.videoName : '',
        segment: input.lessonKind === 'video' ? input.segment : '',
        facilitator_id: input.facilitatorId,
        mode: input.mode,
        rule: JSON.stringify(rule),
        created_at: now,
        revealed_at: null,
        deleted: 0,
      },
    },
    ...input.raterIds.map((personId, position) => ({
      table: 'calibration_raters' as const,
      row: uuidv7(now),
      values: { round_id: id, person_id: personId, position, submitted_at: null, deleted: 0 },
    })),
  ];
  writeChanges(ctx, changes);
  return readRound(ctx.db, id);
}

export function listRounds(db: Db): RoundSummary[] {
  const rows = db.prepare(`SELECT * FROM calibration_rounds WHERE ${LIVE} AND rubric_id IS NOT NULL ORDER BY created_at DESC, id DESC`).all() as RoundRow[];
  return rows.map((row) => {
    const raters = raterRows(db, row.id);
    let rubricName = row.rubric_id!;
    try {
      rubricName = readVersion(db, row.rubric_id!, row.rubric_version!).name;
    } catch {
      // The rubric version has not arrived on this device yet: show its id.
    }
    return {
      id: row.id,
      name: row.name ?? '',
      rubricName,
      lesson: row.lesson ?? '',
      phase: phaseOf(row, raters),
      raters: raters.length,
      submitted: raters.filter((r) => r.submitted_at !== null).length,
      createdAt: row.created_at ?? 0,
    };
  });
}

export function readRound(db: Db, id: string): RoundDetail {
  const row = roundRow(db, id);
  const rubric = rubricOfRound(db, row);
  const raters = raterRows(db, id);
  const phase = phaseOf(row, raters);
  const rule = parseRule(row.rule);
  const anchors = perDimension(db, 'calibration_anchors', id, (r) => ({ value: r.value as number | null, rationale: (r.rationale as string | null) ?? '' }));
  const facilitator = db.prepare('SELECT name FROM people WHERE id = ?').pluck().get(row.facilitator_id) as string | undefined;
  const results =
    phase === 'revealed'
      ? roundResults({
          dimensions: rubric.dimensions,
          scale: rubric.scale,
          rule,
          raters: raters.map((r) => ({ id: r.person_id, name: r.name ?? 'Unknown rater' })),
          sheets: sheetScores(db, id),
          anchors,
          consensus: perDimension(db, 'calibration_consensus', id, (r) => ({ value: r.value as number | null, notes: (r.notes as string | null) ?? '' })),
        })
      : null;
  return {
    id,
    name: row.name ?? '',
    rubric: { id: row.rubric_id!, version: row.rubric_version! },
    rubricName: rubric.name,
    lessonKind: row.lesson_kind === 'video' ? 'video' : 'live',
    lesson: row.lesson ?? '',
    videoName: row.video_name ?? '',
    segment: row.segment ?? '',
    facilitator: { id: row.facilitator_id ?? '', name: facilitator ?? 'Unknown facilitator' },
    mode: row.mode === 'own_device' ? 'own_device' : 'pass_the_laptop',
    rule,
    phase,
    raters: raters.map((r) => ({ personId: r.person_id, name: r.name ?? 'Unknown rater', submitted: r.submitted_at !== null, submittedAt: r.submitted_at })),
    anchorsSet: [...anchors.values()].filter((a) => a.value !== null).length,
    createdAt: row.created_at ?? 0,
    revealedAt: row.revealed_at,
    results,
  };
}

/** The round, if it is still before reveal (scores, sheets and anchors can change). */
export function requireBeforeReveal(db: Db, id: string): RoundRow {
  const row = roundRow(db, id);
  if (row.revealed_at !== null) throw new AppError('invalid_input', 'This round has been revealed; its sheets and anchors are final.');
  return row;
}

export function revealRound(ctx: ApplyContext, id: string): RoundDetail {
  requireBeforeReveal(ctx.db, id);
  const waiting = raterRows(ctx.db, id).filter((r) => r.submitted_at === null);
  if (waiting.length > 0) {
    const names = waiting.map((r) => r.name ?? 'a rater').join(', ');
    throw new AppError('invalid_input', `Scores are revealed once every sheet is in; still scoring: ${names}.`);
  }
  writeChanges(ctx, [{ table: 'calibration_rounds', row: id, values: { revealed_at: ctx.now() } }]);
  return readRound(ctx.db, id);
}
