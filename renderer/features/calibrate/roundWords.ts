// How a round is put into words on the Calibrate screens: its phase, its
// lesson and its rule, the same on the home list and the round screen.
import { ruleSentence } from '../../../shared/calibration/standing.js';
import type { RoundDetail, RoundPhase, RoundRule, RoundSummary } from '../../../shared/calibration/schemas.js';

/** The three steps of a round, in order, as the phase stepper names them. */
export const PHASE_STEPS: readonly { phase: RoundPhase; label: string }[] = [
  { phase: 'scoring', label: 'Scoring' },
  { phase: 'evidence', label: 'Evidence' },
  { phase: 'revealed', label: 'Reveal' },
];

/** Where a listed round stands: "Scoring: 1 of 3 sheets in". */
export function phaseInWords(round: Pick<RoundSummary, 'phase' | 'raters' | 'submitted'>): string {
  if (round.phase === 'scoring') return `Scoring: ${round.submitted} of ${round.raters} sheets in`;
  return round.phase === 'evidence' ? 'Evidence: every sheet is in, scores hidden' : 'Revealed';
}

/** "Video: Grade 4 fractions (fractions.mp4, 12:00-27:30)" or "Live visit: Room 12". */
export function lessonInWords(round: Pick<RoundDetail, 'lessonKind' | 'lesson' | 'videoName' | 'segment'>): string {
  if (round.lessonKind === 'live') return `Live visit: ${round.lesson}`;
  const source = [round.videoName, round.segment].filter((s) => s !== '').join(', ');
  return `Video: ${round.lesson}${source ? ` (${source})` : ''}`;
}

/** "Calibrated at exact agreement with the anchors of at least 80% in the latest round." */
export function ruleInWords(rule: RoundRule): string {
  return `Calibrated at ${ruleSentence(rule)}.`;
}
