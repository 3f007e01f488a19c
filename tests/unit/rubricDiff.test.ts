// Two versions side by side: rows line up by what they describe (a dimension
// by its id, a level by its value), so reordering or renaming a dimension
// shows as one change, not as everything removed and added again.
import { describe, expect, it } from 'vitest';
import { diffRubrics } from '../../shared/rubric/diff.js';
import { RubricSchema, type Rubric, type RubricInput } from '../../shared/rubric/format.js';
import { sampleRubric } from '../support/rubrics.js';

const parse = (input: RubricInput): Rubric => RubricSchema.parse(input);

function changes(before: RubricInput, after: RubricInput) {
  return diffRubrics(parse(before), parse(after))
    .filter((row) => row.status !== 'same')
    .map(({ key, status, before: b, after: a }) => ({ key, status, before: b, after: a }));
}

describe('comparing two rubric versions', () => {
  it('finds nothing between a version and itself', () => {
    const rows = diffRubrics(parse(sampleRubric()), parse(sampleRubric()));
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.every((r) => r.status === 'same')).toBe(true);
  });

  it('shows an edited descriptor as one changed row, old and new side by side', () => {
    const after = sampleRubric();
    after.dimensions[1]!.levels![2]!.descriptor = 'Precise language, units and labels throughout.';
    expect(changes(sampleRubric(), after)).toEqual([
      { key: 'dimension.precision.level.3', status: 'changed', before: 'Precision at level 3.', after: 'Precise language, units and labels throughout.' },
    ]);
  });

  it('shows reordering as a change of order only', () => {
    const after = sampleRubric();
    after.dimensions.reverse();
    expect(changes(sampleRubric(), after)).toEqual([{ key: 'dimensions.order', status: 'changed', before: 'Reasoning, Precision', after: 'Precision, Reasoning' }]);
  });

  it('marks an added dimension as added and a removed one as removed, where it was', () => {
    const base = sampleRubric();
    const added = sampleRubric({ dimensions: [...base.dimensions, { id: 'talk', name: 'Talk', shortName: 'Talk', scored: false }] });
    const rows = changes(base, added);
    expect(rows.filter((r) => r.status === 'added').every((r) => r.key.startsWith('dimension.talk.') && r.before === null)).toBe(true);
    expect(rows.filter((r) => r.status === 'added')).toHaveLength(8);

    const removed = diffRubrics(parse(added), parse(base));
    const firstRemoved = removed.findIndex((r) => r.status === 'removed');
    expect(removed[firstRemoved - 1]!.key).toBe('dimension.precision.level.4');
    expect(removed.filter((r) => r.status === 'removed').every((r) => r.after === null)).toBe(true);
  });

  it('compares scales, protocol and calibration in plain words', () => {
    const after = sampleRubric({ calibration: { agreement: 'within_one', thresholdPercent: 80, roundsRequired: 2 }, protocol: { lengthMinutes: 30 } });
    expect(changes(sampleRubric(), after)).toEqual([
      { key: 'protocol.lengthMinutes', status: 'changed', before: '', after: '30 minutes' },
      { key: 'calibration', status: 'changed', before: 'Set per round', after: 'Within one agreement on 80%, 2 round(s) in a row' },
    ]);
  });
});
