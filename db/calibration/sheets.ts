// A rater's score sheet: one score (or N/A) and the evidence behind it per
// dimension. Blind scoring: a sheet can be read and changed only while it is
// being written; once submitted it is sealed until the facilitator reveals,
// so in pass-the-laptop mode the next rater cannot look back at it.
import type { z } from 'zod';
import type { RoundEvidence, Sheet, SheetScoreInputSchema } from '../../shared/calibration/schemas.js';
import { sheetProblems } from '../../shared/calibration/sheetProblems.js';
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import { writeChanges, type ApplyContext } from '../apply.js';
import type { Db } from '../sqlite.js';
import { requireBeforeReveal, roundRow, rubricOfRound, type CalibrationRubric } from './rounds.js';
import { existingRowId, phaseOf, raterRows, sheetScores, type RaterRow } from './rows.js';

function raterOf(db: Db, roundId: string, raterId: string): RaterRow {
  const rater = raterRows(db, roundId).find((r) => r.person_id === raterId);
  if (!rater) throw new AppError('invalid_input', 'That person is not a rater in this round.');
  return rater;
}

function requireWritable(db: Db, roundId: string, raterId: string): { rater: RaterRow; rubric: CalibrationRubric } {
  const row = requireBeforeReveal(db, roundId);
  const rater = raterOf(db, roundId, raterId);
  if (rater.submitted_at !== null) throw new AppError('invalid_input', `${rater.name ?? 'This rater'}'s sheet is submitted and sealed until the facilitator reveals the scores.`);
  return { rater, rubric: rubricOfRound(db, row) };
}

export function readSheet(db: Db, roundId: string, raterId: string): Sheet {
  const { rater } = requireWritable(db, roundId, raterId);
  const scores = sheetScores(db, roundId, raterId).get(raterId) ?? new Map();
  return { roundId, raterId, raterName: rater.name ?? '', submitted: false, scores: [...scores.values()] };
}

type SheetFields = NonNullable<z.output<typeof SheetScoreInputSchema>['seen']>;

export function saveSheetScore(ctx: ApplyContext, input: z.output<typeof SheetScoreInputSchema>): Sheet {
  const { rubric } = requireWritable(ctx.db, input.roundId, input.raterId);
  const dimension = rubric.dimensions.find((d) => d.id === input.dimensionId);
  if (!dimension) throw new AppError('invalid_input', `"${input.dimensionId}" is not a scored dimension of ${rubric.name}.`);
  const levels = rubric.scale.levels;
  if (input.value !== null && !levels.some((l) => l.value === input.value)) {
    throw new AppError('invalid_input', `${input.value} is not on ${rubric.name}'s scale; the levels are ${levels.map((l) => `${l.value} (${l.label})`).join(', ')}.`);
  }
  if (input.na && !rubric.scale.naAllowed) throw new AppError('invalid_input', `${rubric.name} does not allow N/A: give a level.`);
  const key = { round_id: input.roundId, rater_id: input.raterId, dimension_id: input.dimensionId };
  const existing = existingRowId(ctx.db, 'calibration_scores', key);
  const columns = (s: SheetFields) => ({ value: s.value, na: s.na ? 1 : 0, evidence: s.evidence });
  const values = { ...key, ...columns(input), deleted: 0 };
  writeChanges(ctx, [{ table: 'calibration_scores', row: existing ?? uuidv7(ctx.now()), values, seen: existing && input.seen ? columns(input.seen) : undefined }]);
  return readSheet(ctx.db, input.roundId, input.raterId);
}

export function submitSheet(ctx: ApplyContext, roundId: string, raterId: string): { submittedAt: number } {
  const { rater, rubric } = requireWritable(ctx.db, roundId, raterId);
  const scores = new Map(readSheet(ctx.db, roundId, raterId).scores.map((s) => [s.dimensionId, s]));
  const problems = sheetProblems(rubric.dimensions, (dimensionId) => scores.get(dimensionId));
  if (problems.length > 0) throw new AppError('invalid_input', problems.join(' '));
  const submittedAt = ctx.now();
  writeChanges(ctx, [{ table: 'calibration_raters', row: rater.id, values: { submitted_at: submittedAt } }]);
  return { submittedAt };
}

/**
 * Evidence before scores: once every sheet is in (and before reveal), what the
 * raters wrote per dimension, without scores and without names, shuffled by a
 * fixed order (sorted text) so the order does not give away who wrote what.
 */
export function roundEvidence(db: Db, roundId: string): RoundEvidence {
  const row = roundRow(db, roundId);
  const raters = raterRows(db, roundId);
  const phase = phaseOf(row, raters);
  if (phase === 'scoring') throw new AppError('invalid_input', 'The evidence is shared once every rater has submitted their sheet.');
  const rubric = rubricOfRound(db, row);
  const sheets = sheetScores(db, roundId);
  return rubric.dimensions.map((d) => ({
    dimensionId: d.id,
    name: d.name,
    evidence: raters
      .map((r) => sheets.get(r.person_id)?.get(d.id)?.evidence.trim() ?? '')
      .filter((text) => text !== '')
      .sort((a, b) => a.localeCompare(b)),
  }));
}
