// A rater's standing across rounds, by the district's rule: "calibrated" after
// meeting the rule in the last N rounds in a row; "drifting" when a calibrated
// rater's agreement falls (they missed the rule in the latest round after N
// met before it, or their agreement dropped by DRIFT_DROP or more against
// their own earlier rounds); otherwise "needs calibration", which is where
// every new rater starts.
import type { CalibrationStatus, RaterHistoryEntry, RoundRule } from './schemas.js';

/** A fall of 15 percentage points is more than one dimension's worth on a five-dimension rubric. */
export const DRIFT_DROP = 0.15;

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The share the rule is judged on: exact or within-one agreement with the anchors. */
export function ruleShare(rule: RoundRule, entry: Pick<RaterHistoryEntry, 'exact' | 'adjacent'>): number | null {
  return rule.agreement === 'exact' ? entry.exact : entry.adjacent;
}

export function ruleSentence(rule: RoundRule): string {
  const measure = rule.agreement === 'exact' ? 'exact agreement' : 'agreement within one level';
  const rounds = rule.roundsRequired === 1 ? 'the latest round' : `the last ${rule.roundsRequired} rounds`;
  return `${measure} with the anchors of at least ${rule.thresholdPercent}% in ${rounds}`;
}

/** Whether the rule is met now: the last N judged entries were all met (a drifting rater who still meets it counts). */
export function meetsRule(history: readonly RaterHistoryEntry[], rule: RoundRule): boolean {
  const lastK = history.filter((h) => h.met !== null).slice(-rule.roundsRequired);
  return lastK.length === rule.roundsRequired && lastK.every((h) => h.met);
}

/**
 * The periods [from, to) in which a rater met the rule, from their history
 * (oldest first): the status changes only when a round is revealed. `to` is
 * null for a period still open.
 */
export function calibratedPeriods(history: readonly RaterHistoryEntry[], rule: RoundRule): { from: number; to: number | null }[] {
  const periods: { from: number; to: number | null }[] = [];
  history.forEach((entry, i) => {
    const calibrated = meetsRule(history.slice(0, i + 1), rule);
    const open = periods.at(-1);
    if (calibrated && (!open || open.to !== null)) periods.push({ from: entry.revealedAt, to: null });
    if (!calibrated && open && open.to === null) open.to = entry.revealedAt;
  });
  return periods;
}

export function calibrationStatus(history: readonly RaterHistoryEntry[], rule: RoundRule): { status: CalibrationStatus; reason: string } {
  const judged = history.filter((h) => h.met !== null);
  const k = rule.roundsRequired;
  if (judged.length === 0) return { status: 'needs_calibration', reason: 'No revealed round with anchor scores yet.' };
  const latest = judged[judged.length - 1]!;
  const lastK = judged.slice(-k);
  const beforeLatest = judged.slice(-k - 1, -1);
  if (meetsRule(judged, rule)) {
    const earlier = judged.slice(0, -1).map((h) => ruleShare(rule, h)).filter((v): v is number => v !== null);
    const now = ruleShare(rule, latest);
    if (earlier.length > 0 && now !== null) {
      const mean = earlier.reduce((s, v) => s + v, 0) / earlier.length;
      if (mean - now >= DRIFT_DROP) {
        return { status: 'drifting', reason: `Still meets the rule, but agreement fell to ${percent(now)} in ${latest.roundName} from ${percent(mean)} on average before.` };
      }
    }
    return { status: 'calibrated', reason: `Met ${ruleSentence(rule)}.` };
  }
  if (!latest.met && beforeLatest.length === k && beforeLatest.every((h) => h.met)) {
    const now = ruleShare(rule, latest);
    return { status: 'drifting', reason: `Was calibrated, then missed the rule in ${latest.roundName}${now === null ? '' : ` (${percent(now)})`}.` };
  }
  const met = lastK.filter((h) => h.met).length;
  return { status: 'needs_calibration', reason: `Needs ${ruleSentence(rule)}; met it in ${met} of the last ${lastK.length}.` };
}
