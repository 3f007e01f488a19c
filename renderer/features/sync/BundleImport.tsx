// "Import a bundle": the chosen file goes to the backend whole, which checks
// it and applies all of it or nothing. The result, or the one sentence that
// says why nothing was imported, is shown here; new "edited on two devices"
// fields reach the banner at once.
import { useId, useState, type ChangeEvent } from 'react';
import { describeImport } from '../../../shared/sync/describe.js';
import { useApi, useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { readFileAsBase64 } from '../../ui/fileBytes.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';

export function BundleImport({ onImported }: { onImported(): void }) {
  const api = useApi();
  const conflicts = useStoreApi('conflicts');
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // So that choosing the same file again imports it again.
    input.value = '';
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const imported = await api.importBundle({ fileName: file.name, dataBase64: await readFileAsBase64(file) });
      setResult(describeImport(imported));
      onImported();
      if (imported.conflicts > 0) void conflicts.getState().load();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="bundle-import-title">
      <h2 id="bundle-import-title">Bring in a bundle</h2>
      <p className="muted" id={hintId}>
        Choose a bundle file (.fbundle) a colleague exported. Fieldbook checks its signature and every change, then applies all of it or
        nothing; a bundle imported twice changes nothing.
      </p>
      <ErrorAlert message={error} />
      <label className="button button--primary file-button">
        <input type="file" className="visually-hidden" accept=".fbundle" aria-describedby={hintId} disabled={busy} onChange={(event) => void importFile(event)} />
        Import a bundle
      </label>
      <StatusNote>{result}</StatusNote>
    </section>
  );
}
