// A mean-by-group figure's finding in one sentence, for screen readers:
// where the mean is highest and lowest among the groups.
import type { InsightGroup } from '../../../shared/insights/schemas.js';
import { countOf, meanText } from './insightWords.js';

export function groupSummary(groups: readonly InsightGroup[], noun: string): string {
  const scored = groups.filter((g) => g.mean !== null);
  if (scored.length === 0) return `No mean score for any ${noun}.`;
  if (scored.length === 1) return `${scored[0]!.label}: mean score ${meanText(scored[0]!.mean)}.`;
  const byMean = [...scored].sort((a, b) => b.mean! - a.mean!);
  const top = byMean[0]!;
  const bottom = byMean[byMean.length - 1]!;
  return `Mean score across ${countOf(scored.length, noun)}: highest ${top.label} (${meanText(top.mean)}), lowest ${bottom.label} (${meanText(bottom.mean)}).`;
}

/** Over time, first and last: "From Sep 2025 (2.10) to Nov 2026 (2.35), over 15 months." */
export function trendSummary(groups: readonly InsightGroup[], noun: string): string {
  const scored = groups.filter((g) => g.mean !== null);
  if (scored.length === 0) return `No mean score for any ${noun}.`;
  const first = scored[0]!;
  const last = scored[scored.length - 1]!;
  if (scored.length === 1) return `${first.label}: mean score ${meanText(first.mean)}.`;
  return `Mean score from ${first.label} (${meanText(first.mean)}) to ${last.label} (${meanText(last.mean)}), over ${countOf(scored.length, noun)}.`;
}
