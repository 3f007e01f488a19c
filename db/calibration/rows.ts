// Reading materialised calibration rows. Synced rows may be partial (fields
// arrive from different devices in any order), so every field has a fallback.
import { RoundRuleSchema, type RoundPhase, type RoundRule, type SheetScore } from '../../shared/calibration/schemas.js';
import { LIVE } from '../observations/rows.js';
import type { Db } from '../sqlite.js';

export { LIVE };

/** Used when neither the round nor its rubric names a rule: the issue's example district rule. */
export const DEFAULT_RULE: RoundRule = { agreement: 'within_one', thresholdPercent: 80, roundsRequired: 2 };

export interface RoundRow {
  id: string;
  name: string | null;
  rubric_id: string | null;
  rubric_version: number | null;
  lesson_kind: string | null;
  lesson: string | null;
  video_name: string | null;
  segment: string | null;
  facilitator_id: string | null;
  mode: string | null;
  rule: string | null;
  created_at: number | null;
  revealed_at: number | null;
}

export interface RaterRow {
  id: string;
  person_id: string;
  name: string | null;
  submitted_at: number | null;
}

export function parseRule(text: string | null): RoundRule {
  try {
    const parsed = RoundRuleSchema.safeParse(JSON.parse(text ?? 'null'));
    return parsed.success ? parsed.data : DEFAULT_RULE;
  } catch {
    return DEFAULT_RULE;
  }
}

/** The round's raters in turn order, with their names from the directory. */
export function raterRows(db: Db, roundId: string): RaterRow[] {
  return db
    .prepare(
      `SELECT r.id, r.person_id, p.name, r.submitted_at FROM calibration_raters r LEFT JOIN people p ON p.id = r.person_id
       WHERE r.round_id = ? AND coalesce(r.deleted, 0) = 0 AND r.person_id IS NOT NULL ORDER BY r.position, r.id`,
    )
    .all(roundId) as RaterRow[];
}

export function phaseOf(round: Pick<RoundRow, 'revealed_at'>, raters: readonly Pick<RaterRow, 'submitted_at'>[]): RoundPhase {
  if (round.revealed_at !== null) return 'revealed';
  return raters.length > 0 && raters.every((r) => r.submitted_at !== null) ? 'evidence' : 'scoring';
}

interface ScoreRow {
  rater_id: string;
  dimension_id: string;
  value: number | null;
  na: number | null;
  evidence: string | null;
}

const toSheetScore = (row: ScoreRow): SheetScore => ({ dimensionId: row.dimension_id, value: row.na ? null : row.value, na: row.na === 1, evidence: row.evidence ?? '' });

/** raterId → dimensionId → score, for every sheet of the round (or one rater's). */
export function sheetScores(db: Db, roundId: string, raterId?: string): Map<string, Map<string, SheetScore>> {
  const rows = db
    .prepare(
      `SELECT rater_id, dimension_id, value, na, evidence FROM calibration_scores
       WHERE round_id = ? AND (? IS NULL OR rater_id = ?) AND ${LIVE} AND rater_id IS NOT NULL AND dimension_id IS NOT NULL ORDER BY id`,
    )
    .all(roundId, raterId ?? null, raterId ?? null) as ScoreRow[];
  const sheets = new Map<string, Map<string, SheetScore>>();
  for (const row of rows) {
    const sheet = sheets.get(row.rater_id) ?? new Map<string, SheetScore>();
    sheet.set(row.dimension_id, toSheetScore(row));
    sheets.set(row.rater_id, sheet);
  }
  return sheets;
}

/** dimensionId → the latest row of a per-dimension table (anchors, consensus). */
export function perDimension<T>(db: Db, table: 'calibration_anchors' | 'calibration_consensus', roundId: string, read: (row: Record<string, unknown>) => T): Map<string, T> {
  const rows = db.prepare(`SELECT * FROM ${table} WHERE round_id = ? AND ${LIVE} AND dimension_id IS NOT NULL ORDER BY id`).all(roundId) as Record<string, unknown>[];
  return new Map(rows.map((row) => [row.dimension_id as string, read(row)]));
}

/** The id of the live row for (round, key...) in a keyed calibration table, so a save edits it instead of adding another. */
export function existingRowId(db: Db, table: 'calibration_scores' | 'calibration_anchors' | 'calibration_consensus', where: Record<string, string>): string | undefined {
  const columns = Object.keys(where);
  const sql = `SELECT id FROM ${table} WHERE ${columns.map((c) => `${c} = ?`).join(' AND ')} AND ${LIVE} ORDER BY id DESC LIMIT 1`;
  return db.prepare(sql).pluck().get(...Object.values(where)) as string | undefined;
}
