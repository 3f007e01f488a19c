// When a rater counts as calibrated: how close their scores must be to the
// anchor scores, on what share of them, for how many rounds in a row.
import { useEditor } from '../editorContext.js';
import { NumberInput, RadioGroup } from '../fields/inputs.js';
import type { WorkingCalibration } from '../workingCopy.js';

type Rule = 'none' | WorkingCalibration['agreement'];

export function CalibrationSection() {
  const { rubric, update } = useEditor();
  const rule: Rule = rubric.calibration?.agreement ?? 'none';
  const choose = (next: Rule) =>
    update((r) => ({
      ...r,
      calibration: next === 'none' ? null : { thresholdPercent: 80, roundsRequired: 1, ...r.calibration, agreement: next },
    }));
  return (
    <>
      {rubric.scoring.unit === 'none' ? <p className="muted">The rubric is not scored, so there is nothing to calibrate; leave the rule at None.</p> : null}
      <RadioGroup<Rule>
        path={['calibration']}
        name="rubric-calibration"
        label="A rater's score agrees with the anchor score when it is"
        value={rule}
        onChange={choose}
        choices={[
          { value: 'none', label: 'None: set per calibration round', hint: 'Whoever runs each round sets the rule for it.' },
          { value: 'exact', label: 'Exactly the same level' },
          { value: 'within_one', label: 'Within one level', hint: 'On a 1 to 4 scale, a 3 agrees with a 2, a 3 or a 4.' },
        ]}
      />
      {rubric.calibration ? (
        <div className="editor-grid">
          <NumberInput path={['calibration', 'thresholdPercent']} label="Share of scores that must agree, in %" required emptyAs={undefined} min={1} max={100} step={0.5} hint="80 is a common choice." />
          <NumberInput path={['calibration', 'roundsRequired']} label="Rounds in a row" required emptyAs={undefined} min={1} max={20} />
        </div>
      ) : null}
    </>
  );
}
