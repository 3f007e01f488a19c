// The round's calibration rule in the new-round form: the rubric's own rule
// (shown in a sentence) unless the facilitator unticks it and sets exact or
// within-one agreement, the threshold and the rounds in a row. What is typed
// stays text until the round is created, so a half-typed threshold is kept.
import { useEffect, useState } from 'react';
import type { RoundRule } from '../../../shared/calibration/schemas.js';
import { AppError } from '../../../shared/errors.js';
import type { CalibrationRule } from '../../../shared/rubric/format.js';
import { useApi } from '../../appContext.js';
import { Checkbox, SelectField, TextField } from '../../ui/Fields.js';
import type { RubricOption } from '../observe/useObserveChoices.js';
import { ruleInWords } from './roundWords.js';

export interface RuleDraft {
  agreement: RoundRule['agreement'];
  threshold: string;
  rounds: string;
}

const AGREEMENT_OPTIONS = [
  { value: 'exact', label: 'Exact: the same level as the anchor' },
  { value: 'within_one', label: 'Within one level of the anchor' },
];
const ROUND_OPTIONS = Array.from({ length: 20 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
/** Where an override starts when the rubric has no rule of its own: a common district rule, for the facilitator to edit. */
const STARTING_DRAFT: RuleDraft = { agreement: 'within_one', threshold: '80', rounds: '2' };

function draftOf(rule: CalibrationRule | null): RuleDraft {
  if (!rule) return STARTING_DRAFT;
  return { agreement: rule.agreement, threshold: String(Math.round(rule.thresholdPercent)), rounds: String(rule.roundsRequired) };
}

/** The rule to send; refuses a threshold that is not a whole percentage, naming the field. */
export function ruleOfDraft(draft: RuleDraft): RoundRule {
  const threshold = Number(draft.threshold);
  if (draft.threshold.trim() === '' || !Number.isInteger(threshold) || threshold < 1 || threshold > 100) {
    throw new AppError('invalid_input', 'rule: Write the threshold as a whole percentage from 1 to 100, such as 80');
  }
  return { agreement: draft.agreement, thresholdPercent: threshold, roundsRequired: Number(draft.rounds) };
}

/** The chosen rubric version's own rule (null: it has none), once loaded. */
function useRubricRule(rubric: RubricOption | null): { rule: CalibrationRule | null; loaded: boolean } {
  const api = useApi();
  const key = rubric ? `${rubric.id}@${rubric.version}` : '';
  const [state, setState] = useState<{ key: string; rule: CalibrationRule | null }>({ key: '', rule: null });
  useEffect(() => {
    if (!rubric) return;
    let current = true;
    api.getRubricVersion({ id: rubric.id, version: rubric.version }).then(
      (stored) => current && setState({ key: `${rubric.id}@${rubric.version}`, rule: stored.rubric.calibration }),
      // The rubric's rule is only shown here; the backend applies it either way.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, rubric]);
  return { rule: state.key === key ? state.rule : null, loaded: state.key === key && key !== '' };
}

export function RuleFields({ rubric, draft, invalid, onChange }: { rubric: RubricOption | null; draft: RuleDraft | null; invalid: boolean; onChange(draft: RuleDraft | null): void }) {
  const { rule, loaded } = useRubricRule(rubric);
  const change = (patch: Partial<RuleDraft>) => draft && onChange({ ...draft, ...patch });
  return (
    <fieldset className="field checkbox-group">
      <legend className="field__label">Calibration rule</legend>
      <Checkbox label="Use the rubric's rule" checked={draft === null} onChange={(useRubric) => onChange(useRubric ? null : draftOf(rule))} />
      {draft === null ? (
        loaded ? (
          <p className="field__hint">{rule ? ruleInWords(rule) : "This rubric sets no rule of its own, so Fieldbook's default applies."}</p>
        ) : null
      ) : (
        <>
          <SelectField label="Agreement" value={draft.agreement} options={AGREEMENT_OPTIONS} onChange={(agreement) => change({ agreement: agreement as RuleDraft['agreement'] })} />
          <TextField
            label="Threshold (%)"
            name="rule"
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            hint="The share of dimensions a rater must agree on, such as 80."
            value={draft.threshold}
            invalid={invalid}
            onChange={(threshold) => change({ threshold })}
          />
          <SelectField
            label="Rounds in a row"
            value={draft.rounds}
            options={ROUND_OPTIONS}
            hint="How many rounds in a row a rater must meet the rule to count as calibrated."
            onChange={(rounds) => change({ rounds })}
          />
        </>
      )}
    </fieldset>
  );
}
