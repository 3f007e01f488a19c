// Sync: carry changes between devices as bundle files (export, import, and
// what was done), and the district hub, which comes in a later version.
import { useState } from 'react';
import { useLoaded } from '../../ui/useLoaded.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { BundleExport } from './BundleExport.js';
import { BundleHistory } from './BundleHistory.js';
import { BundleImport } from './BundleImport.js';

export function SyncSection() {
  const [changes, setChanges] = useState(0);
  const history = useLoaded((api) => api.listBundleHistory({}), String(changes));
  const changed = () => setChanges((n) => n + 1);

  return (
    <section className="screen" aria-labelledby="sync-title">
      <header className="screen__header">
        <ScreenHeading id="sync-title">Sync</ScreenHeading>
      </header>
      <BundleExport peers={history.data?.peers ?? []} onExported={changed} />
      <BundleImport onImported={changed} />
      <ErrorAlert message={history.error} />
      {history.data ? <BundleHistory entries={history.data.entries} /> : null}
      <section className="panel" aria-labelledby="hub-title">
        <h2 id="hub-title">District hub</h2>
        <p className="muted">
          Syncing with your district&rsquo;s hub whenever there is a network arrives in a later version of Fieldbook. Until then, carry
          changes as bundle files. A field edited on two devices is shown to you, never silently dropped.
        </p>
      </section>
    </section>
  );
}
