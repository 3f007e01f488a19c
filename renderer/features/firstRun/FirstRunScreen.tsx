// The first thing a newcomer sees: what Fieldbook is, who uses this device,
// and a choice between a living demo district and an empty start. Either way
// the answer is stored (firstRunDone), and the app opens on the directory.
import { useState, type FormEvent } from 'react';
import { useApi, useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { ReconnectNotice } from '../shell/ReconnectNotice.js';
import { ProfileFields, profileToPatch, type ProfileValues } from '../settings/ProfileFields.js';
import type { SettingsPatch } from '../settings/settingsStore.js';

type Busy = null | 'demo' | 'empty';

/** Only what was filled in: an empty District must not overwrite the demo's district. */
function filledIn(values: ProfileValues): SettingsPatch {
  const patch = profileToPatch(values);
  return {
    ...(values.userName.trim() ? { userName: patch.userName } : {}),
    ...(values.role ? { role: patch.role } : {}),
    ...(values.district.trim() ? { district: patch.district } : {}),
  };
}

export function FirstRunScreen() {
  const api = useApi();
  const settingsStore = useStoreApi('settings');
  const navigation = useStoreApi('navigation');
  const [values, setValues] = useState<ProfileValues>({ userName: '', role: '', district: '' });
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);

  const finish = async (withDemo: boolean) => {
    setBusy(withDemo ? 'demo' : 'empty');
    setError(null);
    try {
      if (withDemo) await api.loadDemo({});
      navigation.getState().go('schools');
      // Saved last and in one call: only a finished first run is marked done,
      // so a failed demo load leaves the person here with what they typed.
      await settingsStore.getState().save({ ...filledIn(values), firstRunDone: true });
    } catch (err) {
      setError(messageOf(err));
      setBusy(null);
    }
  };

  const loadDemo = (event: FormEvent) => {
    event.preventDefault();
    void finish(true);
  };

  return (
    <main className="first-run" aria-labelledby="welcome-title">
      <div className="first-run__panel">
        <h1 id="welcome-title">Welcome to Fieldbook</h1>
        <ReconnectNotice />
        <p className="first-run__lead">
          Observe classrooms, calibrate scoring with colleagues and run lesson study. Everything is kept on this
          device and works without a network.
        </p>
        <form className="first-run__form" aria-labelledby="who-title" noValidate onSubmit={loadDemo}>
          <h2 id="who-title">Who uses this device?</h2>
          <p className="muted">All optional; you can change it later in Settings.</p>
          <ProfileFields values={values} onChange={setValues} />
          <ErrorAlert message={error} />
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={busy !== null}>
              Load demo district
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={busy !== null}
              onClick={() => void finish(false)}
            >
              Start empty
            </button>
          </div>
          <p className="muted small">
            The demo district is fictional: a few schools, teachers and observers to explore. It is stored on this
            device like any other data, and you can archive it later.
          </p>
          <StatusNote>{busy === 'demo' ? 'Loading the demo district…' : busy === 'empty' ? 'Opening Fieldbook…' : null}</StatusNote>
        </form>
      </div>
    </main>
  );
}
