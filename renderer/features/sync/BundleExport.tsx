// "Export for a colleague" (only what their device has not seen, once a
// bundle from it was imported here; otherwise everything) and "Export for
// the district" (everything). The backend keeps a copy in the data directory;
// the page saves the file where the person chooses.
import { useState } from 'react';
import type { BundlePeer } from '../../../shared/sync/bundles.js';
import { describeExport, deviceLabel } from '../../../shared/sync/describe.js';
import { useApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { bytesOfBase64 } from '../../ui/fileBytes.js';
import { SelectField } from '../../ui/Fields.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { downloadText } from '../rubrics/downloadText.js';

export function BundleExport({ peers, onExported }: { peers: readonly BundlePeer[]; onExported(): void }) {
  const api = useApi();
  const [peer, setPeer] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const exportBundle = async (sincePeer: string | null) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const bundle = await api.exportBundle({ sincePeer });
      downloadText(bundle.fileName, bytesOfBase64(bundle.dataBase64), 'application/octet-stream');
      setDone(`Saved ${bundle.fileName}. ${describeExport(bundle, bundle.peerName)} A copy stays on this device in ${bundle.path}.`);
      onExported();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  const options = [
    { value: '', label: 'A colleague new to this device: everything' },
    ...peers.map((p) => ({ value: p.node, label: `${deviceLabel(p.node, p.userName)}: only what it has not seen` })),
  ];
  return (
    <section className="panel" aria-labelledby="bundle-export-title">
      <h2 id="bundle-export-title">Carry changes as a file</h2>
      <p className="muted">
        A bundle is one signed file of this device&rsquo;s changes, to carry on a USB stick or send by email when there is no network. The
        device that imports it checks every byte first.
      </p>
      <ErrorAlert message={error} />
      <SelectField
        label="Colleague's device"
        value={peer}
        onChange={setPeer}
        options={options}
        hint="Fieldbook knows what a device holds from the bundles imported here from it, and leaves those changes out."
      />
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void exportBundle(peer || null)}>
          Export for a colleague
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void exportBundle(null)}>
          Export for the district
        </button>
      </div>
      <p className="field__hint">Export for the district holds everything on this device, for the district&rsquo;s data lead.</p>
      <StatusNote>{done}</StatusNote>
    </section>
  );
}
