// Observe home: what is on today, the recent observations, a search over
// every note, and "New observation" (N) in a side panel beside the lists.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ObservationSummary } from '../../../shared/observation.js';
import { useApi, useAppStore, useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { useKeyShortcut } from '../../ui/useKeyShortcut.js';
import { todayIso } from './clock.js';
import { NewObservationForm } from './NewObservationForm.js';
import { NoteSearch } from './NoteSearch.js';
import { RecentTable, TodayList } from './ObservationTables.js';

function isToday(row: ObservationSummary, today: string): boolean {
  return row.status === 'draft' || (row.status === 'scheduled' && row.scheduledFor === today);
}

export function ObserveHome() {
  const api = useApi();
  const observe = useStoreApi('observe');
  const notice = useAppStore('observe', (s) => s.notice);
  const storeError = useAppStore('observe', (s) => s.error);
  const [rows, setRows] = useState<ObservationSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  // Bumped to list again after scheduling a visit from the form.
  const [revision, setRevision] = useState(0);
  const newButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    let current = true;
    api.listObservations({}).then(
      (result) => current && setRows(result.rows),
      (err: unknown) => current && setError(messageOf(err)),
    );
    return () => {
      current = false;
    };
  }, [api, revision]);

  const open = useCallback(
    async (id: string, status: ObservationSummary['status']) => {
      try {
        // A scheduled visit becomes a draft with its timer running when the coach walks in.
        if (status === 'scheduled') await api.beginObservation({ id });
        observe.getState().openCapture(id);
      } catch (err) {
        setError(messageOf(err));
      }
    },
    [api, observe],
  );

  useKeyShortcut('n', () => setCreating(true), !creating);

  const closeForm = () => {
    setCreating(false);
    // Back where the person was, so the keyboard does not lose its place.
    requestAnimationFrame(() => newButton.current?.focus());
  };

  const today = todayIso();
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
      <ErrorAlert message={error ?? storeError} />
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
          <NoteSearch onOpen={(id) => observe.getState().openCapture(id)} />
          <h2>Today</h2>
          {rows ? <TodayList rows={rows.filter((r) => isToday(r, today))} onOpen={(r) => void open(r.id, r.status)} /> : null}
          <h2>Recent observations</h2>
          {rows ? <RecentTable rows={rows} onOpen={(r) => void open(r.id, r.status)} /> : null}
        </div>
      </div>
    </section>
  );
}
