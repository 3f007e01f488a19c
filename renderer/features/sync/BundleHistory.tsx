// The bundles made and imported on this device, newest first, in words.
import type { BundleHistoryEntry } from '../../../shared/sync/bundles.js';
import { deviceLabel } from '../../../shared/sync/describe.js';

function when(at: number): string {
  return new Date(at).toLocaleString('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });
}

function device(entry: BundleHistoryEntry): string {
  if (entry.direction === 'import') return `From ${deviceLabel(entry.peerNode ?? '?', entry.peerName)}`;
  return entry.peerNode ? `For ${deviceLabel(entry.peerNode, entry.peerName)}` : 'Everything, for anyone';
}

function outcome(entry: BundleHistoryEntry): string {
  if (entry.direction === 'export') return 'Saved';
  const parts = [`${(entry.applied ?? 0).toLocaleString('en-US')} applied`, `${(entry.alreadyHad ?? 0).toLocaleString('en-US')} already here`];
  if (entry.conflicts) parts.push(`${entry.conflicts.toLocaleString('en-US')} edited on two devices`);
  return parts.join(', ');
}

export function BundleHistory({ entries }: { entries: readonly BundleHistoryEntry[] }) {
  return (
    <section className="panel" aria-labelledby="bundle-history-title">
      <h2 id="bundle-history-title">Bundles on this device</h2>
      {entries.length === 0 ? (
        <p className="muted">No bundle has been exported or imported here yet.</p>
      ) : (
        <table className="data-table" aria-labelledby="bundle-history-title">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Bundle</th>
              <th scope="col">Device</th>
              <th scope="col">Changes</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>{when(entry.at)}</td>
                <td>
                  {entry.direction === 'export' ? 'Exported' : 'Imported'} {entry.fileName}
                </td>
                <td>{device(entry)}</td>
                <td>{entry.ops.toLocaleString('en-US')}</td>
                <td>{outcome(entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
