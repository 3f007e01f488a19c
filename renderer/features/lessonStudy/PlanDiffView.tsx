// What changed from one plan version to the next: the plan's own fields, then
// the lesson process table step by step (steps matched by the step they were
// copied from). Each change says what it is in words ("Added", "Changed: key
// question") and shows the text before and after, struck and underlined as
// well as coloured, so nothing rests on colour alone.
import { useId } from 'react';
import type { Plan, PlanStep } from '../../../shared/lessonStudy/plan.js';
import { planDiff, stepFields, type FieldChange, type StepChange } from '../../../shared/lessonStudy/planDiff.js';

const KIND_WORDS: Record<StepChange['kind'], string> = { added: 'Added', removed: 'Removed', changed: 'Changed', unchanged: 'Unchanged' };

function changeInWords(change: StepChange): string {
  if (change.kind !== 'changed') return KIND_WORDS[change.kind];
  return `Changed: ${change.changes.map((c) => c.label.toLowerCase()).join(', ')}`;
}

/** A whole step as text, for a step added or removed: its non-empty fields with their names. */
function stepAsChanges(step: PlanStep): FieldChange[] {
  return stepFields(step)
    .filter((f) => f.value !== '' && f.value !== '0')
    .map((f) => ({ field: f.field, label: f.label, before: f.value, after: f.value }));
}

function Texts({ changes, show }: { changes: FieldChange[]; show: 'before' | 'after' }) {
  return (
    <dl className="ls-diff__texts">
      {changes.map((c) => (
        <div key={c.field}>
          <dt>{c.label}</dt>
          <dd>{show === 'before' ? <del>{c.before || '(empty)'}</del> : <ins>{c.after || '(empty)'}</ins>}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PlanDiffView({ before, after }: { before: Plan; after: Plan }) {
  const titleId = useId();
  const diff = planDiff(before, after);
  const steps = diff.steps.filter((s) => s.kind !== 'unchanged');
  return (
    <section className="panel ls-diff" aria-labelledby={titleId}>
      <h3 id={titleId}>
        Changes from version {before.number} to version {after.number}
      </h3>
      <p>{diff.changeCount === 0 ? `No changes yet: version ${after.number} is the same as version ${before.number}.` : diff.changeCount === 1 ? '1 change.' : `${diff.changeCount} changes.`}</p>
      {diff.fields.length > 0 ? (
        <table className="data-table ls-diff__table">
          <caption>The plan</caption>
          <thead>
            <tr>
              <th scope="col">Part</th>
              <th scope="col">Version {before.number}</th>
              <th scope="col">Version {after.number}</th>
            </tr>
          </thead>
          <tbody>
            {diff.fields.map((c) => (
              <tr key={c.field}>
                <th scope="row">Changed: {c.label.toLowerCase()}</th>
                <td>
                  <del>{c.before || '(empty)'}</del>
                </td>
                <td>
                  <ins>{c.after || '(empty)'}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {steps.length > 0 ? (
        <table className="data-table ls-diff__table">
          <caption>The lesson process table</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">What changed</th>
              <th scope="col">Version {before.number}</th>
              <th scope="col">Version {after.number}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((change) => {
              const changes = change.kind === 'changed' ? change.changes : stepAsChanges((change.after ?? change.before)!);
              return (
                <tr key={(change.after ?? change.before)!.id} className={`ls-diff__step is-${change.kind}`}>
                  <th scope="row">{change.after ? `Step ${change.after.position + 1}` : `Was step ${change.before!.position + 1}`}</th>
                  <td>{changeInWords(change)}</td>
                  <td>{change.before ? <Texts changes={changes} show="before" /> : '—'}</td>
                  <td>{change.after ? <Texts changes={changes} show="after" /> : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
