// The district hub on the Sync screen: enrolment for a device that has none;
// for an enrolled one, where it stands (district, who, last sync, changes not
// yet sent, what syncing on its own is doing), the last error in words, and
// "Sync now". The status is refreshed by the shell (AppShell) and after each
// action here.
import { useState } from 'react';
import { describeHubSync } from '../../../shared/sync/describe.js';
import type { HubStatus } from '../../../shared/sync/hub.js';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { useNow } from '../../ui/useNow.js';
import { HubEnrolForm } from './HubEnrolForm.js';
import { autoSyncWords, changesWords, lastSyncWords, roleWords } from './hubWords.js';

function HubFacts({ status }: { status: HubStatus }) {
  const now = useNow(true, 1_000);
  return (
    <dl className="facts hub-facts">
      <dt>District</dt>
      <dd>{status.districtName}</dd>
      <dt>Enrolled as</dt>
      <dd>
        {status.userName}, {roleWords(status.role)}
      </dd>
      <dt>Hub address</dt>
      <dd>{status.hubUrl}</dd>
      <dt>Last sync</dt>
      <dd>{lastSyncWords(status, now)}</dd>
      <dt>Not yet sent</dt>
      <dd>{status.pendingOps === 0 ? 'Nothing: the hub has every change made here' : changesWords(status.pendingOps)}</dd>
      <dt>Syncing on its own</dt>
      <dd>{autoSyncWords(status, now)}</dd>
    </dl>
  );
}

function EnrolledHub({ status }: { status: HubStatus }) {
  const hub = useStoreApi('hub');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const syncNow = async () => {
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      setResult(describeHubSync(await hub.getState().syncNow()));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <HubFacts status={status} />
      {/* The error of this click, or else the last sync's (an automatic one's), never both. */}
      <ErrorAlert message={error ?? (busy ? null : status.lastError)} />
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void syncNow()}>
          {busy ? 'Syncing…' : 'Sync now'}
        </button>
      </div>
      <StatusNote>{result}</StatusNote>
      <details className="hub-reenrol">
        <summary>Enrol again with a new code</summary>
        <p className="muted">For a new hub address, or when the district office has withdrawn this device&rsquo;s access and issued a new code.</p>
        <HubEnrolForm initialUrl={status.hubUrl ?? ''} submitLabel="Enrol again" />
      </details>
    </>
  );
}

export function HubPanel() {
  const status = useAppStore('hub', (s) => s.status);
  const error = useAppStore('hub', (s) => s.error);
  return (
    <section className="panel" aria-labelledby="hub-title">
      <h2 id="hub-title">District hub</h2>
      <ErrorAlert message={error} />
      {status === null ? null : status.enrolled ? (
        <EnrolledHub status={status} />
      ) : (
        <>
          <p className="muted">
            Enrol this device once with the hub&rsquo;s address and a code from the district office. From then on Fieldbook syncs by itself
            whenever the hub can be reached, and you can always carry changes as bundle files instead.
          </p>
          <HubEnrolForm initialUrl={status.hubUrl ?? ''} submitLabel="Enrol this device" />
        </>
      )}
    </section>
  );
}
