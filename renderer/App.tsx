// The whole renderer: given an Api, it waits for this device's settings, then
// shows the first-run screen or the app. Tests render <App api={...}/> on a
// real backend; main.tsx renders it on the shell's transport.
import { useEffect } from 'react';
import type { Api } from '../shared/contract.js';
import { ApiProvider, useAppStore, useHostConnection, useStoreApi } from './appContext.js';
import { NO_DATA_CHANGES, type DataChanges } from './dataChanges.js';
import type { HostConnection } from './hostConnection.js';
import { FirstRunScreen } from './features/firstRun/FirstRunScreen.js';
import { AppShell } from './features/shell/AppShell.js';
import { ReconnectNotice, useConnectionProblem } from './features/shell/ReconnectNotice.js';
import { ErrorAlert } from './ui/Notices.js';

/**
 * `changes`: what changed in the store, which open screens follow (none in tests that do not need it);
 * `connection`: the browser host's key in this tab, so the app can say what to do when the host refuses it.
 */
export function App({ api, changes = NO_DATA_CHANGES, connection = null }: { api: Api; changes?: DataChanges; connection?: HostConnection | null }) {
  return (
    <ApiProvider api={api} changes={changes} connection={connection}>
      <Startup />
    </ApiProvider>
  );
}

function Startup() {
  const settings = useAppStore('settings', (s) => s.settings);
  const loadError = useAppStore('settings', (s) => s.loadError);
  const store = useStoreApi('settings');
  const connection = useHostConnection();
  const problem = useConnectionProblem();

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  // A new key (the address pasted after a restart) or the host answering again: open at once, no "Try again" needed.
  useEffect(
    () =>
      connection?.subscribe(() => {
        if (connection.problem() === null && store.getState().settings === null) void store.getState().load();
      }),
    [connection, store],
  );

  if (settings === null) {
    return (
      <main className="startup" aria-labelledby="startup-title">
        <h1 id="startup-title" className="brand brand--large">
          Fieldbook
        </h1>
        {problem ? (
          <ReconnectNotice />
        ) : loadError ? (
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
