// Observe home: what is on today, a search over every note, the recent
// observations with their filters, and "New observation" (N) in a side panel
// beside the lists. "Today" ignores the filters: it is what to do next.
import { useEffect, useRef, useState } from 'react';
import type { ObservationSummary } from '../../../shared/observation.js';
import { useApi, useAppStore, useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { useKeyShortcut } from '../../ui/useKeyShortcut.js';
import { todayIso } from './clock.js';
import { NewObservationForm } from './NewObservationForm.js';
import { NoteSearch } from './NoteSearch.js';
import { TodayList } from './ObservationTables.js';
import { RecentObservations } from './RecentObservations.js';
import { useOpenObservation } from './useOpenObservation.js';

/** Every draft, and the visits scheduled for today (two short lists, whatever the filters say). */
function useTodayRows(revision: number): { rows: ObservationSummary[] | null; error: string | null } {
  const api = useApi();
  const [rows, setRows] = useState<ObservationSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const today = todayIso();
    Promise.all([api.listObservations({ status: 'draft', limit: 500 }), api.listObservations({ status: 'scheduled', limit: 500 })]).then(
      ([drafts, scheduled]) => current && setRows([...drafts.rows, ...scheduled.rows.filter((r) => r.scheduledFor === today)]),
      (err: unknown) => current && setError(messageOf(err)),
    );
    return () => {
      current = false;
    };
  }, [api, revision]);
  return { rows, error };
}

export function ObserveHome() {
  const observe = useStoreApi('observe');
  const notice = useAppStore('observe', (s) => s.notice);
  const storeError = useAppStore('observe', (s) => s.error);
  const [creating, setCreating] = useState(false);
  // Bumped to list again after scheduling a visit from the form.
  const [revision, setRevision] = useState(0);
  const today = useTodayRows(revision);
  const opener = useOpenObservation();
  const newButton = useRef<HTMLButtonElement>(null);

  useKeyShortcut('n', () => setCreating(true), !creating);

  const closeForm = () => {
    setCreating(false);
    // Back where the person was, so the keyboard does not lose its place.
    requestAnimationFrame(() => newButton.current?.focus());
  };

  return (
    <section className="screen" aria-labelledby="observe-title">
      <header className="screen__header">
        <ScreenHeading id="observe-title">Observe</ScreenHeading>
        <div className="screen__tools">
          <button
            type="button"
            ref={newButton}
            className="button button--primary"
            aria-keyshortcuts="N"
            onClick={() => setCreating(true)}
            disabled={creating}
          >
            New observation <kbd aria-hidden="true">N</kbd>
          </button>
        </div>
      </header>
      <ErrorAlert message={today.error ?? opener.error ?? storeError} />
      <StatusNote>{notice}</StatusNote>
      <div className={creating ? 'split split--open' : 'split'}>
        {creating ? (
          <NewObservationForm
            onCancel={closeForm}
            onStarted={(observation) => {
              if (observation.status !== 'scheduled') return observe.getState().openCapture(observation.id);
              closeForm();
              setRevision((n) => n + 1);
            }}
          />
        ) : null}
        <div className="split__main observe-home">
          <NoteSearch onOpen={(id) => void opener.open(id)} />
          <h2>Today</h2>
          {today.rows ? <TodayList rows={today.rows} onOpen={(r) => void opener.open(r.id, r.status)} /> : null}
          <RecentObservations revision={revision} />
        </div>
      </div>
    </section>
  );
}
