// How episode scores become a lesson score, per dimension, as the rubric
// says: the duration-weighted mean, the highest episode score, or the
// observer's own summary score. N/A and missing scores count for nothing;
// a dimension with no score at all has no lesson score (null), never NaN.
import type { Rollup } from './format.js';

/** A score as an observer gives it: a level value, N/A, or not scored yet. */
export type Score = number | 'na' | null;

export interface ScoredEpisode {
  durationMs: number;
  score: Score;
}

export function rollUp(method: Rollup, episodes: readonly ScoredEpisode[], summary: Score = null): number | null {
  if (method === 'rater_summary') return typeof summary === 'number' ? summary : null;
  const scored = episodes.filter((e): e is { durationMs: number; score: number } => typeof e.score === 'number');
  if (scored.length === 0) return null;
  if (method === 'max') return Math.max(...scored.map((e) => e.score));
  const totalMs = scored.reduce((sum, e) => sum + Math.max(0, e.durationMs), 0);
  // Episodes with no length yet (just started) would divide by zero: fall back to the plain mean.
  if (totalMs === 0) return scored.reduce((sum, e) => sum + e.score, 0) / scored.length;
  return scored.reduce((sum, e) => sum + e.score * Math.max(0, e.durationMs), 0) / totalMs;
}
