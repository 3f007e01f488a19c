// Episode scores rolled up to a lesson score, as the docs' worked example says.
import { describe, expect, it } from 'vitest';
import { rollUp } from '../../shared/rubric/rollup.js';

const min = 60_000;

describe('rolling episode scores up to the lesson', () => {
  const episodes = [
    { durationMs: 10 * min, score: 2 },
    { durationMs: 20 * min, score: 3 },
    { durationMs: 5 * min, score: 'na' as const },
    { durationMs: 5 * min, score: null },
  ];

  it('weights each episode by its length, leaving out N/A and unscored episodes', () => {
    expect(rollUp('duration_weighted_mean', episodes)).toBeCloseTo(8 / 3, 12);
  });

  it('takes the highest episode score', () => {
    expect(rollUp('max', episodes)).toBe(3);
  });

  it("uses the rater's own summary score and nothing else", () => {
    expect(rollUp('rater_summary', episodes, 1)).toBe(1);
    expect(rollUp('rater_summary', episodes, 'na')).toBeNull();
    expect(rollUp('rater_summary', episodes)).toBeNull();
  });

  it('has no lesson score, never NaN, when nothing is scored', () => {
    expect(rollUp('duration_weighted_mean', [{ durationMs: min, score: 'na' }])).toBeNull();
    expect(rollUp('max', [])).toBeNull();
  });

  it('falls back to the plain mean while episodes have no length yet', () => {
    expect(rollUp('duration_weighted_mean', [{ durationMs: 0, score: 1 }, { durationMs: 0, score: 2 }])).toBe(1.5);
  });
});
