// A revealed round as a file for a district's data lead: tidy long format,
// one row per rater × dimension, so a spreadsheet or R can pivot it any way
// (by rater for severity, by dimension for the rubric's hard spots). Each row
// carries the round's identity, so files from many rounds stack.
import { csvText } from '../csv.js';
import type { RoundDetail } from './schemas.js';

export const ROUND_CSV_COLUMNS = [
  'round_id',
  'round',
  'rubric_id',
  'rubric_version',
  'lesson',
  'revealed_at',
  'dimension_id',
  'dimension',
  'rater_id',
  'rater',
  'score',
  'na',
  'anchor',
  'deviation',
  'within_rule',
  'consensus',
] as const;

/** One row per rater × dimension; empty cells where there is no score, anchor or consensus. */
export function roundCsv(round: RoundDetail): string {
  if (!round.results) throw new Error('A round can be exported once its scores are revealed.');
  const raterName = new Map(round.raters.map((r) => [r.personId, r.name]));
  const revealedAt = round.revealedAt === null ? '' : new Date(round.revealedAt).toISOString();
  const rows = round.results.dimensions.flatMap((d) =>
    d.scores.map((s) => {
      const judged = s.value !== null && d.anchor !== null;
      return [
        round.id,
        round.name,
        round.rubric.id,
        round.rubric.version,
        round.lesson,
        revealedAt,
        d.dimensionId,
        d.name,
        s.raterId,
        raterName.get(s.raterId) ?? '',
        s.value,
        s.na ? 1 : 0,
        d.anchor,
        judged ? s.value! - d.anchor! : null,
        judged ? (d.outsideRule.includes(s.raterId) ? 0 : 1) : null,
        d.consensus,
      ];
    }),
  );
  return csvText(ROUND_CSV_COLUMNS, rows);
}

/** "calibration-fall-calibration-2026-10-14.csv": the round's name and the day it was revealed (or set up). */
export function roundFileName(round: Pick<RoundDetail, 'name' | 'revealedAt' | 'createdAt'>, extension: 'csv' | 'pdf'): string {
  const name = round.name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\w]+/g, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 60).replace(/-$/, '') || 'round';
  const day = new Date(round.revealedAt ?? round.createdAt).toISOString().slice(0, 10);
  return `calibration-${name}-${day}.${extension}`;
}
