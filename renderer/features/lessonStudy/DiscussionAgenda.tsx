// The post-lesson discussion's agenda: the protocol's parts in order with
// their planned minutes, the running part's clock against its plan (ticking
// each second, but announced only when the part changes), what each finished
// part took, and the buttons to start, move on and end.
import { useRef, useState } from 'react';
import type { DiscussionPart } from '../../../shared/lessonStudy/discussion.js';
import { useApi } from '../../appContext.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { useNow } from '../../ui/useNow.js';
import type { CycleTabProps } from './cycleTabProps.js';
import { nextPart, runningPart, timingInWords, tookInWords } from './discussionTiming.js';
import { useCycleEdit } from './useCycleEdit.js';

export function DiscussionAgenda({ detail, onDetail }: CycleTabProps) {
  const api = useApi();
  const { run, error } = useCycleEdit(onDetail);
  const { parts } = detail.discussion;
  const running = runningPart(parts);
  const next = nextPart(parts);
  const cycleId = detail.cycle.id;

  const start = (part: DiscussionPart | null) => void run(() => api.setDiscussionPart({ cycleId, partId: part?.id ?? null }));

  return (
    <section className="panel ls-agenda" aria-labelledby="ls-agenda-title">
      <h2 id="ls-agenda-title">Agenda</h2>
      <ErrorAlert message={error} />
      {/* Said once per part change; the clock itself is never announced. */}
      <StatusNote>{running ? `Now: ${running.title}.` : parts.some((p) => p.endedAt !== null) && !next ? 'The discussion has ended.' : null}</StatusNote>
      <ol className="ls-agenda__parts">
        {parts.map((part) => (
          <li key={part.id} className={part === running ? 'ls-agenda__part is-running' : 'ls-agenda__part'} aria-current={part === running ? 'step' : undefined}>
            <span className="ls-agenda__title">{part.title}</span>
            <PlannedMinutes part={part} onSave={(minutes, seen) => run(() => api.saveDiscussionPart({ id: part.id, minutes, seen: { minutes: seen } }))} />
            <span className="ls-agenda__state">
              {part === running ? <PartClock part={part} /> : part.endedAt !== null ? tookInWords(part) : 'Not started'}
            </span>
            {part !== running ? (
              <button type="button" className="button button--ghost button--small" aria-label={`Start ${part.title}`} onClick={() => start(part)}>
                {part.endedAt !== null ? 'Restart' : 'Start'}
              </button>
            ) : null}
          </li>
        ))}
      </ol>
      <div className="form-actions">
        {next ? (
          <button type="button" className="button button--primary" onClick={() => start(next)}>
            {running ? `Next part: ${next.title}` : `Start: ${next.title}`}
          </button>
        ) : null}
        {running ? (
          <button type="button" className={next ? 'button button--secondary' : 'button button--primary'} onClick={() => start(null)}>
            {next ? 'Pause the discussion' : 'End the discussion'}
          </button>
        ) : null}
      </div>
    </section>
  );
}

function PartClock({ part }: { part: DiscussionPart }) {
  const now = useNow(true, 1000);
  return (
    <span role="timer" aria-live="off" aria-label={`Time in ${part.title}`} className="ls-agenda__clock mono">
      {timingInWords(Math.max(0, now - (part.startedAt ?? now)), part.minutes)}
    </span>
  );
}

/** `seen`: the minutes the field showed (as loaded, or as last saved), so another device's change is listed, not overwritten. */
function PlannedMinutes({ part, onSave }: { part: DiscussionPart; onSave(minutes: number, seen: number): Promise<boolean> }) {
  const [text, setText] = useState(String(part.minutes));
  const shown = useRef(part.minutes);
  const save = () => {
    const minutes = Number(text);
    if (text.trim() !== '' && Number.isInteger(minutes) && minutes !== part.minutes) {
      void onSave(minutes, shown.current).then((stored) => {
        if (stored) shown.current = minutes;
      });
    } else setText(String(part.minutes));
  };
  return (
    <label className="ls-agenda__minutes">
      <input className="field__control" type="number" min={0} max={180} value={text} aria-label={`Planned minutes: ${part.title}`} onChange={(e) => setText(e.target.value)} onBlur={save} />
      <span aria-hidden="true">min</span>
    </label>
  );
}
