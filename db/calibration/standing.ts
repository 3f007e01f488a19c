// Raters over time: each rater's results in every revealed round they scored
// (against the anchors and their peers), their calibrated status by the rule
// of their latest round, and where they score away from the anchors.
import { calibrationStatus } from '../../shared/calibration/standing.js';
import type { RaterHistoryEntry, RaterStanding, RoundRule } from '../../shared/calibration/schemas.js';
import { AppError } from '../../shared/errors.js';
import type { Db } from '../sqlite.js';
import { coObservationEntries } from './coObservations.js';
import { readRound } from './rounds.js';
import { DEFAULT_RULE, LIVE } from './rows.js';

function revealedRoundIds(db: Db, personId?: string): string[] {
  return db
    .prepare(
      `SELECT DISTINCT c.id FROM calibration_rounds c JOIN calibration_raters r ON r.round_id = c.id AND coalesce(r.deleted, 0) = 0
       WHERE c.revealed_at IS NOT NULL AND coalesce(c.deleted, 0) = 0 AND (? IS NULL OR r.person_id = ?) ORDER BY c.revealed_at, c.id`,
    )
    .pluck()
    .all(personId ?? null, personId ?? null) as string[];
}

function standingsFor(db: Db, personIds: readonly string[] | null, withCoObservations: boolean): RaterStanding[] {
  const history = new Map<string, RaterHistoryEntry[]>();
  const deviations = new Map<string, Map<string, { name: string; sum: number; n: number }>>();
  const rules = new Map<string, RoundRule>();
  const wanted = personIds ? new Set(personIds) : null;
  for (const roundId of revealedRoundIds(db, personIds?.length === 1 ? personIds[0] : undefined)) {
    const round = readRound(db, roundId);
    for (const result of round.results!.raters) {
      if (wanted && !wanted.has(result.raterId)) continue;
      const entries = history.get(result.raterId) ?? [];
      entries.push({ ...result, roundId, roundName: round.name, rubricName: round.rubricName, revealedAt: round.revealedAt!, source: 'round' });
      history.set(result.raterId, entries);
      rules.set(result.raterId, round.rule);
      const byDimension = deviations.get(result.raterId) ?? new Map();
      for (const d of round.results!.dimensions) {
        const value = d.scores.find((s) => s.raterId === result.raterId)?.value ?? null;
        if (value === null || d.anchor === null) continue;
        const cell = byDimension.get(d.dimensionId) ?? { name: d.name, sum: 0, n: 0 };
        cell.sum += value - d.anchor;
        cell.n += 1;
        byDimension.set(d.dimensionId, cell);
      }
      deviations.set(result.raterId, byDimension);
    }
  }
  const ids = personIds ?? [...history.keys()];
  return ids.map((personId) => {
    const name = db.prepare(`SELECT name FROM people WHERE id = ? AND ${LIVE}`).pluck().get(personId) as string | undefined;
    if (name === undefined) throw new AppError('not_found', 'That person is not in the directory (they may have been removed on another device).');
    const coObserved = withCoObservations ? coObservationEntries(db, personId, name) : [];
    const entries = [...(history.get(personId) ?? []), ...coObserved].sort((a, b) => a.revealedAt - b.revealedAt);
    const rule = rules.get(personId) ?? DEFAULT_RULE;
    const { status, reason } = calibrationStatus(entries, rule);
    return {
      personId,
      name,
      status,
      reason,
      rule,
      history: entries,
      deviationByDimension: [...(deviations.get(personId) ?? new Map()).entries()].map(([dimensionId, c]) => ({ dimensionId, name: c.name, meanDeviation: c.sum / c.n, n: c.n })),
    };
  });
}

export function raterStanding(db: Db, personId: string): RaterStanding {
  return standingsFor(db, [personId], true)[0]!;
}

/**
 * Everyone who has been a rater in a round on this device, with their
 * standing; new raters (no revealed round) need calibration. Co-observations
 * have no anchor, so they never change a status; a caller that needs only
 * statuses (Insights' calibrated periods and status counts) leaves them out,
 * which spares a search of every observation per rater.
 */
export function calibrationBoard(db: Db, { withCoObservations = true }: { withCoObservations?: boolean } = {}): RaterStanding[] {
  const raters = db
    .prepare(
      `SELECT DISTINCT r.person_id FROM calibration_raters r JOIN people p ON p.id = r.person_id AND coalesce(p.deleted, 0) = 0
       JOIN calibration_rounds c ON c.id = r.round_id AND coalesce(c.deleted, 0) = 0 WHERE coalesce(r.deleted, 0) = 0`,
    )
    .pluck()
    .all() as string[];
  return standingsFor(db, raters, withCoObservations).sort((a, b) => a.name.localeCompare(b.name));
}
