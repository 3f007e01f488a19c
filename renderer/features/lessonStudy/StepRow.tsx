// One step of the lesson process table, edited in place and saved as it is
// typed: minutes, the learning activity and its key question, the student
// responses the team anticipates (several), the teacher's support and the
// points of evaluation observers look for. Every control is named with its
// step ("Step 2 key question"); Ctrl+Enter anywhere in the row adds the next
// step below it. Read-only once the version is frozen.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Plan, PlanStep } from '../../../shared/lessonStudy/plan.js';
import { useApi } from '../../appContext.js';
import { SaveStatus } from './SaveStatus.js';
import { useSavedDraft } from '../../ui/useSavedDraft.js';

type StepDraft = Pick<PlanStep, 'activity' | 'keyQuestion' | 'anticipated' | 'support' | 'evaluation'> & { minutes: string };

export interface StepRowProps {
  step: PlanStep;
  /** Its place in the table, 0-based. */
  index: number;
  count: number;
  readOnly: boolean;
  onPlan(plan: Plan): void;
  onAddAfter(): void;
  onMove(to: number): void;
  onRemove(): void;
}

function CellText({ label, value, readOnly, focusKey, onChange, onBlur }: { label: string; value: string; readOnly: boolean; focusKey: string; onChange(text: string): void; onBlur(): void }) {
  return <textarea className="field__control ls-steps__text" aria-label={label} rows={3} value={value} readOnly={readOnly} data-focus={focusKey} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />;
}

/** The step as the table's draft holds it, as the backend takes it. */
function asStep(d: StepDraft) {
  // A response just added and not yet written is kept here, not sent: an empty one would be refused.
  return { ...d, minutes: d.minutes.trim() === '' ? 0 : Number(d.minutes), anticipated: d.anticipated.filter((a) => a.trim() !== '') };
}

export function StepRow({ step, index, count, readOnly, onPlan, onAddAfter, onMove, onRemove }: StepRowProps) {
  const api = useApi();
  const row = useRef<HTMLTableRowElement>(null);
  const focusResponse = useRef<number | null>(null);
  const { activity, keyQuestion, anticipated, support, evaluation } = step;
  const draft = useSavedDraft<StepDraft>({ minutes: String(step.minutes), activity, keyQuestion, anticipated, support, evaluation }, async (d, seen) => {
    onPlan(await api.saveLessonPlanStep({ planId: step.planId, id: step.id, ...asStep(d), seen: asStep(seen) }));
  });
  const { value, change, save } = draft;
  const n = index + 1;
  const name = `Step ${n}`;

  useEffect(() => {
    if (focusResponse.current === null) return;
    // Kept until the response is on screen: a save landing just before the click runs this effect first.
    const field = row.current?.querySelector<HTMLElement>(`[data-focus="${step.id}:response-${focusResponse.current}"]`);
    if (!field) return;
    field.focus();
    focusResponse.current = null;
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || readOnly) return;
    event.preventDefault();
    save();
    onAddAfter();
  };
  const setResponse = (at: number, text: string) => change({ anticipated: value.anticipated.map((a, i) => (i === at ? text : a)) });
  const addResponse = () => {
    focusResponse.current = value.anticipated.length;
    change({ anticipated: [...value.anticipated, ''] }, false);
  };
  const cell = (field: 'activity' | 'keyQuestion' | 'support' | 'evaluation', label: string) => (
    <CellText label={`${name} ${label}`} value={value[field]} readOnly={readOnly} focusKey={`${step.id}:${field}`} onChange={(text) => change({ [field]: text })} onBlur={save} />
  );

  return (
    <tr ref={row} className="ls-steps__row" onKeyDown={onKeyDown}>
      <th scope="row" className="ls-steps__number">
        {name}
      </th>
      <td>
        <input
          className="field__control ls-steps__minutes"
          type="number"
          min={0}
          max={240}
          aria-label={`${name} minutes`}
          value={value.minutes}
          readOnly={readOnly}
          onChange={(e) => change({ minutes: e.target.value })}
          onBlur={save}
        />
      </td>
      <td>
        <span className="ls-steps__caption" aria-hidden="true">
          Activity
        </span>
        {cell('activity', 'learning activity')}
        <span className="ls-steps__caption" aria-hidden="true">
          Key question
        </span>
        {cell('keyQuestion', 'key question')}
      </td>
      <td>
        <ol className="ls-steps__responses" aria-label={`${name} anticipated student responses`}>
          {value.anticipated.map((text, k) => (
            <li key={k}>
              <CellText label={`${name} anticipated response ${k + 1}`} value={text} readOnly={readOnly} focusKey={`${step.id}:response-${k}`} onChange={(t) => setResponse(k, t)} onBlur={save} />
              {readOnly ? null : (
                <button type="button" className="button button--ghost button--small" aria-label={`Remove ${name.toLowerCase()} response ${k + 1}`} onClick={() => change({ anticipated: value.anticipated.filter((_, i) => i !== k) }, false)}>
                  Remove
                </button>
              )}
            </li>
          ))}
        </ol>
        {readOnly ? null : (
          <button type="button" className="button button--ghost button--small" aria-label={`Add response to ${name.toLowerCase()}`} onClick={addResponse}>
            Add response
          </button>
        )}
      </td>
      <td>{cell('support', 'teacher support')}</td>
      <td>{cell('evaluation', 'points of evaluation')}</td>
      <td>
        <div className="ls-steps__tools">
          {readOnly ? null : (
            <>
              <button type="button" className="button button--ghost button--small" aria-label={`Move ${name.toLowerCase()} up`} disabled={index === 0} data-focus={`${step.id}:up`} onClick={() => onMove(index - 1)}>
                Up
              </button>
              <button type="button" className="button button--ghost button--small" aria-label={`Move ${name.toLowerCase()} down`} disabled={index === count - 1} data-focus={`${step.id}:down`} onClick={() => onMove(index + 1)}>
                Down
              </button>
              <button type="button" className="button button--ghost button--small" aria-label={`Remove ${name.toLowerCase()}`} onClick={onRemove}>
                Remove
              </button>
            </>
          )}
          <SaveStatus state={draft.state} error={draft.error} what={name} />
        </div>
      </td>
    </tr>
  );
}
