// Where a cycle stands: its five phases in order with the day each was
// reached, the current one marked (aria-current="step", bold with a bar, and
// in words), a button to move on to the next phase, and a choice of any
// phase for a team that goes back or skips ahead.
import { useState } from 'react';
import { LS_PHASE_LABELS, LS_PHASES, type LsPhase } from '../../../shared/lessonStudy/cycle.js';
import { useApi } from '../../appContext.js';
import { SelectField } from '../../ui/Fields.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert } from '../../ui/Notices.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { dayInWords } from './lessonStudyWords.js';

const PHASE_OPTIONS = LS_PHASES.map((phase) => ({ value: phase, label: LS_PHASE_LABELS[phase] }));

export function PhaseTimeline({ detail, onDetail, onMoved }: CycleTabProps & { onMoved(sentence: string): void }) {
  const api = useApi();
  const { cycle } = detail;
  const [error, setError] = useState<string | null>(null);
  const current = LS_PHASES.indexOf(cycle.phase);
  const next = LS_PHASES[current + 1];

  const moveTo = async (phase: LsPhase) => {
    try {
      onDetail(await api.saveLessonStudyCycle({ id: cycle.id, phase }));
      setError(null);
      onMoved(`The cycle is now in the ${LS_PHASE_LABELS[phase]} phase.`);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <div className="ls-phases">
      <ol className="phase-steps ls-phases__steps" aria-label="Cycle phase">
        {LS_PHASES.map((phase, i) => {
          const reached = cycle.phaseDates[phase];
          return (
            <li key={phase} className={i === current ? 'phase-steps__step is-current' : i < current ? 'phase-steps__step is-done' : 'phase-steps__step'} aria-current={i === current ? 'step' : undefined}>
              <span className="ls-phases__name">{LS_PHASE_LABELS[phase]}</span>
              {i === current ? <span className="visually-hidden"> (current phase)</span> : null}
              {reached ? <span className="ls-phases__date">{i === current ? `since ${dayInWords(reached)}` : `reached ${dayInWords(reached)}`}</span> : null}
            </li>
          );
        })}
      </ol>
      <div className="ls-phases__tools">
        {next ? (
          <button type="button" className="button button--secondary" onClick={() => void moveTo(next)}>
            Move to {LS_PHASE_LABELS[next]}
          </button>
        ) : null}
        <SelectField label="Phase" value={cycle.phase} options={PHASE_OPTIONS} onChange={(phase) => void moveTo(phase as LsPhase)} />
      </div>
      <ErrorAlert message={error} />
    </div>
  );
}
