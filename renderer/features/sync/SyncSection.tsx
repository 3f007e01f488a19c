// Sync: the district hub (enrolment, where this device stands, sync now), and
// changes carried between devices as bundle files (export, import, and what
// was done) for when there is no network at all.
import { useState } from 'react';
import { useLoaded } from '../../ui/useLoaded.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { BundleExport } from './BundleExport.js';
import { BundleHistory } from './BundleHistory.js';
import { BundleImport } from './BundleImport.js';
import { HubPanel } from './HubPanel.js';

export function SyncSection() {
  const [changes, setChanges] = useState(0);
  const history = useLoaded((api) => api.listBundleHistory({}), String(changes));
  const changed = () => setChanges((n) => n + 1);

  return (
    <section className="screen" aria-labelledby="sync-title">
      <header className="screen__header">
        <ScreenHeading id="sync-title">Sync</ScreenHeading>
      </header>
      <HubPanel />
      <BundleExport peers={history.data?.peers ?? []} onExported={changed} />
      <BundleImport onImported={changed} />
      <ErrorAlert message={history.error} />
      {history.data ? <BundleHistory entries={history.data.entries} /> : null}
    </section>
  );
}
