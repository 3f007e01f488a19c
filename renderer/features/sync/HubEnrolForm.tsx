// Enrolling this device with the district hub: the hub's address and the
// one-time code the district office issued for this person. Once enrolled,
// the device syncs on its own whenever the hub can be reached.
import { useState, type FormEvent } from 'react';
import { useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { TextField } from '../../ui/Fields.js';
import { ErrorAlert } from '../../ui/Notices.js';

export function HubEnrolForm({ initialUrl, submitLabel }: { initialUrl: string; submitLabel: string }) {
  const hub = useStoreApi('hub');
  const [hubUrl, setHubUrl] = useState(initialUrl);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await hub.getState().enrol(hubUrl, code);
      setCode('');
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="hub-enrol" onSubmit={(event) => void submit(event)}>
      <ErrorAlert message={error} />
      <TextField label="Hub address" value={hubUrl} onChange={setHubUrl} placeholder="https://hub.district.org" inputMode="url" autoComplete="url" required />
      <TextField
        label="Enrolment code"
        value={code}
        onChange={setCode}
        hint="A one-time code from the district office; it is used up when this device enrols."
        autoComplete="off"
        spellCheck={false}
        required
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Enrolling…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
