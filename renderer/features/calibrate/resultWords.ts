// How calibration results are put into words and numbers on every screen
// that shows them (the reveal, a rater's history, the board): shares as
// percentages, statistics with two decimals, deviations signed with what the
// sign means, and nothing undefined shown as a number.
import type { CalibrationStatus, RaterRoundResult } from '../../../shared/calibration/schemas.js';

/** What an undefined number shows; its reason is given beside it in words. */
export const NONE = '—';
const MINUS = '\u2212';

/** 0.8 → "80%". */
export function percentText(share: number | null): string {
  return share === null ? NONE : `${Math.round(share * 100)}%`;
}

/** 0.6234 → "0.62"; −0.1 → "−0.10". */
export function statisticText(value: number | null): string {
  return value === null ? NONE : value.toFixed(2).replace('-', MINUS);
}

/** A deviation in scale levels, to one decimal at most: "+1", "0", "−0.4". */
export function signedText(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : MINUS}${Math.abs(rounded)}`;
}

/** "+0.4 (lenient)", "−0.2 (severe)", "0 (on the anchors)": above the anchors is lenient, below is severe. */
export function deviationText(value: number | null): string {
  if (value === null) return NONE;
  const text = signedText(value);
  return `${text} (${text === '0' ? 'on the anchors' : value > 0 ? 'lenient' : 'severe'})`;
}

/**
 * A co-observation's mean deviation, which is from the other observer (there
 * are no anchors): "+0.2 from the peer (higher)", "−0.4 from the peer (lower)", "0 from the peer".
 */
export function peerDeviationText(value: number | null): string {
  if (value === null) return NONE;
  const text = signedText(value);
  return `${text} from the peer${text === '0' ? '' : value > 0 ? ' (higher)' : ' (lower)'}`;
}

export function metText(met: RaterRoundResult['met']): string {
  return met === null ? 'No anchors' : met ? 'Met the rule' : 'Missed the rule';
}

export const STATUS_LABELS: Record<CalibrationStatus, string> = {
  calibrated: 'Calibrated',
  needs_calibration: 'Needs calibration',
  drifting: 'Drifting',
};

