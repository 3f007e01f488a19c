// What a tab of the browser host shows when it cannot work with the host: a
// restart gave out a new key, the host does not answer, or the tab was opened
// without a key. One step reconnects: the address Fieldbook printed, pasted
// into the address bar (api.ts follows it) or into the box here. Nothing on
// screen is lost when the address is this tab's own; an address on another
// port (Fieldbook started again on a port of its own) is opened instead.
import { useState, useSyncExternalStore, type FormEvent } from 'react';
import { useHostConnection } from '../../appContext.js';
import { readPastedAddress, type ConnectionProblem, type HostConnection } from '../../hostConnection.js';
import { ErrorAlert } from '../../ui/Notices.js';

const SAYS: Record<ConnectionProblem, { title: string; detail: string }> = {
  key_refused: {
    title: 'Fieldbook was restarted.',
    detail:
      'Each start gives out a new key, and this tab holds the old one. Paste the address Fieldbook printed this time (it ends in #secret=…) here or into this tab\u2019s address bar; what is on screen stays.',
  },
  unreachable: {
    title: 'Fieldbook is not answering.',
    detail: 'If it stopped, start it again (npm start, or fieldbook web) and paste the address it prints (it ends in #secret=…) here or into the address bar.',
  },
  no_key: {
    title: 'This tab was opened without Fieldbook\u2019s key.',
    detail: 'Paste the address Fieldbook printed when it started (it ends in #secret=…) here or into the address bar.',
  },
};

const NO_CONNECTION = { subscribe: () => () => undefined, problem: () => null };

/** What keeps this tab from the host now (null: nothing, or no host to watch), kept current. */
export function useConnectionProblem(): ConnectionProblem | null {
  const connection: Pick<HostConnection, 'subscribe' | 'problem'> = useHostConnection() ?? NO_CONNECTION;
  return useSyncExternalStore(connection.subscribe, connection.problem);
}

export function ReconnectNotice() {
  const connection = useHostConnection();
  const problem = useConnectionProblem();
  const [address, setAddress] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (connection === null || problem === null) return null;

  const reconnect = (event: FormEvent) => {
    event.preventDefault();
    const pasted = readPastedAddress(address, window.location.origin);
    if (pasted.kind === 'invalid') {
      setError(pasted.message);
      return;
    }
    setError(null);
    setAddress('');
    if (pasted.kind === 'here') connection.useKey(pasted.key);
    else window.location.assign(pasted.url);
  };

  const says = SAYS[problem];
  return (
    <section className="notice notice--error reconnect" aria-labelledby="reconnect-says">
      <p id="reconnect-says" className="reconnect__says" role="alert">
        <strong>{says.title}</strong> {says.detail}
      </p>
      <form className="reconnect__form" aria-label="Reconnect to Fieldbook" noValidate onSubmit={reconnect}>
        <label className="field__label" htmlFor="reconnect-address">
          Address Fieldbook printed
        </label>
        <input
          id="reconnect-address"
          className="field__control reconnect__address"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="http://127.0.0.1:…/#secret=…"
          value={address}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'reconnect-error' : undefined}
          onChange={(event) => setAddress(event.target.value)}
        />
        <button type="submit" className="button button--primary">
          Reconnect
        </button>
      </form>
      <ErrorAlert id="reconnect-error" message={error} />
    </section>
  );
}
