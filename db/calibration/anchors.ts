// The two per-dimension records a facilitator keeps: the expert panel's anchor
// score (set before reveal, hidden from raters until then) and, after reveal,
// the group's consensus score with the discussion that led to it.
import type { z } from 'zod';
import type { AnchorInputSchema, ConsensusInputSchema, RoundDetail } from '../../shared/calibration/schemas.js';
import { AppError } from '../../shared/errors.js';
import { uuidv7 } from '../../shared/ids.js';
import { writeChanges, type ApplyContext } from '../apply.js';
import { readRound, requireBeforeReveal, roundRow, rubricOfRound, type CalibrationRubric } from './rounds.js';
import { existingRowId } from './rows.js';

function checkLevel(rubric: CalibrationRubric, dimensionId: string, value: number | null): void {
  if (!rubric.dimensions.some((d) => d.id === dimensionId)) throw new AppError('invalid_input', `"${dimensionId}" is not a scored dimension of ${rubric.name}.`);
  if (value !== null && !rubric.scale.levels.some((l) => l.value === value)) {
    throw new AppError('invalid_input', `${value} is not on ${rubric.name}'s scale; the levels are ${rubric.scale.levels.map((l) => l.value).join(', ')}.`);
  }
}

export function saveAnchor(ctx: ApplyContext, input: z.output<typeof AnchorInputSchema>): { anchorsSet: number } {
  const row = requireBeforeReveal(ctx.db, input.roundId);
  checkLevel(rubricOfRound(ctx.db, row), input.dimensionId, input.value);
  const key = { round_id: input.roundId, dimension_id: input.dimensionId };
  const id = existingRowId(ctx.db, 'calibration_anchors', key) ?? uuidv7(ctx.now());
  writeChanges(ctx, [{ table: 'calibration_anchors', row: id, values: { ...key, value: input.value, rationale: input.rationale, deleted: 0 } }]);
  return { anchorsSet: readRound(ctx.db, input.roundId).anchorsSet };
}

export function saveConsensus(ctx: ApplyContext, input: z.output<typeof ConsensusInputSchema>): RoundDetail {
  const row = roundRow(ctx.db, input.roundId);
  if (row.revealed_at === null) throw new AppError('invalid_input', 'A consensus score is agreed after the scores are revealed.');
  checkLevel(rubricOfRound(ctx.db, row), input.dimensionId, input.value);
  const key = { round_id: input.roundId, dimension_id: input.dimensionId };
  const existing = existingRowId(ctx.db, 'calibration_consensus', key);
  const columns = (c: { value: number | null; notes: string }) => ({ value: c.value, notes: c.notes });
  writeChanges(ctx, [{ table: 'calibration_consensus', row: existing ?? uuidv7(ctx.now()), values: { ...key, ...columns(input), deleted: 0 }, seen: existing && input.seen ? columns(input.seen) : undefined }]);
  return readRound(ctx.db, input.roundId);
}
