// The revisions to the plan that come out of the discussion, with the form
// to propose one, and the step that closes the discussion: making the plan's
// next version from them (the Plan tab then shows what changed).
import type { Revision } from '../../../shared/lessonStudy/discussion.js';
import { REVISION_TARGET_LABELS } from '../../../shared/lessonStudy/discussion.js';
import { useApi } from '../../appContext.js';
import { ErrorAlert } from '../../ui/Notices.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { NextPlanVersion } from './NextPlanVersion.js';
import { RevisionForm } from './RevisionForm.js';
import { useCycleEdit } from './useCycleEdit.js';
import { stepNames, usePlanVersions } from './usePlanVersions.js';
import { ColumnHeads } from '../../ui/ColumnHeads.js';

export function RevisionsPanel({ detail, onDetail }: CycleTabProps) {
  const api = useApi();
  const { run, error } = useCycleEdit(onDetail);
  const { plans, error: plansError } = usePlanVersions(detail);
  const current = plans?.at(-1) ?? null;
  const steps = stepNames(plans ?? []);
  const versionOf = (planId: string | null) => detail.plans.find((p) => p.id === planId)?.number ?? null;

  const status = (revision: Revision) => {
    const taken = versionOf(revision.appliedPlanId);
    return taken === null ? 'Waiting for the next version' : `In version ${taken}`;
  };
  const remove = (revision: Revision) => void run(() => api.removeLessonStudyItem({ kind: 'revision', id: revision.id }), 'Revision removed.');

  return (
    <section className="panel" aria-labelledby="ls-revisions-title">
      <h2 id="ls-revisions-title">Revisions to the plan</h2>
      <ErrorAlert message={error ?? plansError} />
      {detail.revisions.length === 0 ? (
        <p className="muted">No revisions yet.</p>
      ) : (
        <table className="data-table ls-revisions">
          <caption className="visually-hidden">Revisions to the plan</caption>
          <ColumnHeads columns={['Step', 'Change', 'Revision', 'Reason', 'Status']} />
          <tbody>
            {detail.revisions.map((revision) => (
              <tr key={revision.id}>
                <th scope="row">{revision.stepId ? (steps.get(revision.stepId) ?? 'A step no longer in the plan') : 'At the end'}</th>
                <td>{REVISION_TARGET_LABELS[revision.target]}</td>
                <td className="ls-prose">{revision.text}</td>
                <td className="ls-prose">{revision.reason || '—'}</td>
                <td>{status(revision)}</td>
                <td className="data-table__actions">
                  {revision.appliedPlanId === null ? (
                    <button type="button" className="button button--ghost button--small" aria-label={`Remove the revision: ${revision.text.slice(0, 40)}`} onClick={() => remove(revision)}>
                      Remove
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {current ? (
        <>
          <h3>Propose a revision to version {current.number}</h3>
          <RevisionForm key={current.id} detail={detail} onDetail={onDetail} plan={current} />
          <NextPlanVersion detail={detail} onDetail={onDetail} plan={current} />
        </>
      ) : null}
    </section>
  );
}
