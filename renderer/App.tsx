// The whole renderer: given an Api, it waits for this device's settings, then
// shows the first-run screen or the app. Tests render <App api={...}/> on a
// real backend; main.tsx renders it on the shell's transport.
import { useEffect } from 'react';
import type { Api } from '../shared/contract.js';
import { ApiProvider, useAppStore, useStoreApi } from './appContext.js';
import { NO_DATA_CHANGES, type DataChanges } from './dataChanges.js';
import { FirstRunScreen } from './features/firstRun/FirstRunScreen.js';
import { AppShell } from './features/shell/AppShell.js';
import { ErrorAlert } from './ui/Notices.js';

/** `changes`: what changed in the store, which open screens follow (none in tests that do not need it). */
export function App({ api, changes = NO_DATA_CHANGES }: { api: Api; changes?: DataChanges }) {
  return (
    <ApiProvider api={api} changes={changes}>
      <Startup />
    </ApiProvider>
  );
}

function Startup() {
  const settings = useAppStore('settings', (s) => s.settings);
  const loadError = useAppStore('settings', (s) => s.loadError);
  const store = useStoreApi('settings');

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  if (settings === null) {
    return (
      <main className="startup" aria-labelledby="startup-title">
        <h1 id="startup-title" className="brand brand--large">
          Fieldbook
        </h1>
        {loadError ? (
          <>
            <ErrorAlert message={loadError} />
            <button type="button" className="button button--primary" onClick={() => void store.getState().load()}>
              Try again
            </button>
          </>
        ) : (
          <p role="status">Opening Fieldbook…</p>
        )}
      </main>
    );
  }
  // First run is for an empty store: the backend reports it done for one that holds a district, however filled (db/settings.ts).
  return settings.firstRunDone ? <AppShell /> : <FirstRunScreen />;
}
