// The research lesson's evidence, every observer's notes together, grouped by
// the step of the plan they were taken in or by the focal student they are
// about (a switch), each note with its lesson time and observer. Students
// appear by code: this view is often on a shared screen in the discussion.
import { useId, useState } from 'react';
import { formatClock } from '../../../shared/lessonClock.js';
import type { CycleDetail } from '../../../shared/lessonStudy/detail.js';
import type { EvidenceNote } from '../../../shared/lessonStudy/discussion.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { RadioGroup } from '../../ui/RadioGroup.js';
import { useLoaded } from '../../ui/useLoaded.js';
import { countOf } from './teachingWords.js';
import { stepNames, usePlanVersions } from './usePlanVersions.js';

type Grouping = 'step' | 'student';

const GROUPINGS = [
  { value: 'step', label: 'By plan step' },
  { value: 'student', label: 'By focal student' },
] as const;

export function ResearchEvidenceView({ detail }: { detail: CycleDetail }) {
  const headingId = useId();
  const [grouping, setGrouping] = useState<Grouping>('step');
  const [reads, setReads] = useState(0);
  const cycleId = detail.cycle.id;
  const { data: evidence, error } = useLoaded((api) => api.getResearchEvidence({ cycleId }), `${cycleId}:${reads}:${detail.researchLessons.map((r) => r.notes).join()}`);
  const { plans, error: plansError } = usePlanVersions(detail);
  const steps = stepNames(plans ?? []);
  const codeOf = (id: string | null) => detail.focalStudents.find((s) => s.id === id)?.code ?? null;

  const groups =
    evidence === null
      ? []
      : grouping === 'step'
        ? evidence.byStep.map((g) => ({ key: g.stepId ?? 'none', title: g.stepId ? (steps.get(g.stepId) ?? 'A step no longer in the plan') : 'Not tied to a step', notes: g.notes }))
        : evidence.byStudent.map((g) => ({ key: g.focalStudentId ?? 'none', title: codeOf(g.focalStudentId) ?? 'About no focal student', notes: g.notes }));

  /** What the grouping leaves out, said beside each note: its student, or its step. */
  const aside = (note: EvidenceNote) =>
    grouping === 'step' ? codeOf(note.focalStudentId) : note.planStepId ? (steps.get(note.planStepId)?.replace(/:.*$/, '') ?? null) : null;

  return (
    <section className="ls-evidence" aria-labelledby={headingId}>
      <div className="ls-evidence__header">
        <h3 id={headingId}>Evidence from the research lesson</h3>
        <button type="button" className="button button--ghost button--small" onClick={() => setReads(reads + 1)}>
          Read the evidence again
        </button>
      </div>
      <ErrorAlert message={error ?? plansError} />
      <RadioGroup<Grouping> legend="Group the evidence" name={`${headingId}-grouping`} value={grouping} options={GROUPINGS} onChange={setGrouping} />
      {evidence !== null && groups.every((g) => g.notes.length === 0) ? (
        <p className="empty-note">No evidence yet: observers' notes appear here once their research lesson observations reach this device.</p>
      ) : (
        groups
          .filter((g) => g.notes.length > 0)
          .map((group) => (
            <section key={group.key} className="ls-evidence__group" aria-label={group.title}>
              <h4>
                {group.title} <span className="muted">({countOf(group.notes.length, 'note')})</span>
              </h4>
              <ol className="ls-evidence__notes">
                {group.notes.map((note) => (
                  <li key={note.noteId}>
                    <span className="ls-evidence__time mono">{formatClock(note.atMs)}</span>{' '}
                    <span>
                      {note.text} <span className="muted">({[aside(note), note.observerName].filter(Boolean).join(', ')})</span>
                    </span>
                  </li>
                ))}
              </ol>
            </section>
          ))
      )}
    </section>
  );
}
