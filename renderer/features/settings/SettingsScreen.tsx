// Settings: who uses this device, whether students' real names may leave it
// in exports, and what this copy of Fieldbook is.
import { useEffect, useState, type FormEvent } from 'react';
import { useApi, useAppStore, useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { ProfileFields, profileFromSettings, profileToPatch, type ProfileValues } from './ProfileFields.js';
import { StudentNamesSetting } from './StudentNamesSetting.js';
import type { MethodOutput } from '../../../shared/contract.js';

export function SettingsScreen() {
  const settings = useAppStore('settings', (s) => s.settings);
  const settingsStore = useStoreApi('settings');
  const [values, setValues] = useState<ProfileValues>(() => profileFromSettings(settings));
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);

  const edit = (next: ProfileValues) => {
    setValues(next);
    setSaved(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setSaved(false);
    try {
      const stored = await settingsStore.getState().save(profileToPatch(values));
      // Show what was stored (trimmed), so the form never disagrees with the database.
      setValues(profileFromSettings(stored));
      setError(null);
      setSaved(true);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="screen" aria-labelledby="settings-title">
      <header className="screen__header">
        <ScreenHeading id="settings-title">Settings</ScreenHeading>
      </header>
      <form className="panel panel--narrow" aria-labelledby="profile-title" noValidate onSubmit={submit}>
        <h2 id="profile-title">Who uses this device</h2>
        <p className="muted">Your name and role go on the observations and scores you record here.</p>
        <ErrorAlert message={error} />
        <ProfileFields values={values} onChange={edit} />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            Save settings
          </button>
        </div>
        <StatusNote>{saved ? 'Settings saved.' : null}</StatusNote>
      </form>
      <StudentNamesSetting />
      <AboutThisDevice />
    </section>
  );
}

function AboutThisDevice() {
  const api = useApi();
  const [info, setInfo] = useState<MethodOutput<'getAppInfo'> | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    api.getAppInfo({}).then(
      (value) => current && setInfo(value),
      (err: unknown) => current && setError(messageOf(err)),
    );
    return () => {
      current = false;
    };
  }, [api]);

  return (
    <section className="panel panel--narrow" aria-labelledby="about-title">
      <h2 id="about-title">About this copy of Fieldbook</h2>
      <ErrorAlert message={error} />
      {info ? (
        <dl className="facts">
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Database version</dt>
          <dd>{info.schemaVersion}</dd>
          <dt>Device id</dt>
          <dd className="mono">{info.nodeId}</dd>
        </dl>
      ) : null}
    </section>
  );
}
