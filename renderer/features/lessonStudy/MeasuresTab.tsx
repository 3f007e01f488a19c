// The Measures tab: the team's practical measures (short surveys the focal
// students answer after a lesson), their answers for each occasion, and the
// run chart across the team's cycles. The chart's code loads only here.
import { lazy, Suspense, useState } from 'react';
import { AGENCY_SURVEY_TEMPLATE, type Measure } from '../../../shared/lessonStudy/measures.js';
import { useApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { SelectField } from '../../ui/Fields.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { MeasureAnswers } from './MeasureAnswers.js';
import { MeasureForm } from './MeasureForm.js';

const RunChartFigure = lazy(() => import('./RunChartFigure.js').then((m) => ({ default: m.RunChartFigure })));

type Editing = { kind: 'closed' } | { kind: 'add' } | { kind: 'edit'; measure: Measure };

export function MeasuresTab({ detail, onDetail }: CycleTabProps) {
  const api = useApi();
  const [chosenId, setChosenId] = useState('');
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { measures } = detail;
  const measure = measures.find((m) => m.id === chosenId) ?? measures[0] ?? null;
  const hasTemplate = measures.some((m) => m.title === AGENCY_SURVEY_TEMPLATE.title);

  /** After a save: the survey just made (or still the one chosen) shows. */
  const saved = (next: Measure[], done: string) => {
    onDetail({ ...detail, measures: next });
    const made = next.find((m) => !measures.some((old) => old.id === m.id));
    if (made) setChosenId(made.id);
    setEditing({ kind: 'closed' });
    setError(null);
    setNotice(done);
  };
  const fromTemplate = async () => {
    try {
      saved(await api.saveMeasure({ teamId: detail.team.id, ...AGENCY_SURVEY_TEMPLATE }), `${AGENCY_SURVEY_TEMPLATE.title} created: adapt its questions if you like.`);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <div className="ls-measures">
      <section className="panel" aria-labelledby="ls-measures-title">
        <h2 id="ls-measures-title">Practical measures</h2>
        <p className="muted">A few questions the focal students answer after a lesson, the same way each PDSA cycle, so the team can see whether its changes help.</p>
        <ErrorAlert message={error} />
        <StatusNote>{notice}</StatusNote>
        {measures.length > 1 ? (
          <SelectField label="Survey" value={measure?.id ?? ''} options={measures.map((m) => ({ value: m.id, label: m.title }))} onChange={setChosenId} />
        ) : null}
        {measures.length === 0 ? <p className="empty-note">The team has no survey yet. Start from the student agency survey, or write your own.</p> : null}
        {editing.kind === 'closed' ? (
          <div className="form-actions">
            {hasTemplate ? null : (
              <button type="button" className="button button--secondary" onClick={() => void fromTemplate()}>
                Create the student agency survey
              </button>
            )}
            <button type="button" className="button button--secondary" onClick={() => setEditing({ kind: 'add' })}>
              New survey
            </button>
            {measure ? (
              <button type="button" className="button button--secondary" onClick={() => setEditing({ kind: 'edit', measure })}>
                Edit {measure.title}
              </button>
            ) : null}
          </div>
        ) : (
          <MeasureForm
            key={editing.kind === 'edit' ? editing.measure.id : 'new'}
            teamId={detail.team.id}
            measure={editing.kind === 'edit' ? editing.measure : undefined}
            onSaved={(next) => saved(next, 'Survey saved.')}
            onCancel={() => setEditing({ kind: 'closed' })}
          />
        )}
        {measure ? <MeasureAnswers key={measure.id} detail={detail} onDetail={onDetail} measure={measure} /> : null}
      </section>
      {measure ? (
        <section className="panel" aria-label={`Run chart: ${measure.title}`}>
          <Suspense fallback={<p className="muted">Drawing the run chart…</p>}>
            <RunChartFigure measure={measure} answersKey={detail.measureResponses.map((r) => `${r.id}:${r.answers.join()}`).join('|')} />
          </Suspense>
        </section>
      ) : null}
    </div>
  );
}
