// Whether focal students' real names (written on this device in lesson study)
// may appear in this device's exports and printouts. Saved as soon as it is
// ticked or unticked. Names are never synced, whatever this says.
import { useState } from 'react';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { Checkbox } from '../../ui/Fields.js';
import { ErrorAlert, StatusNote } from '../../ui/Notices.js';

export function StudentNamesSetting() {
  const settingsStore = useStoreApi('settings');
  const included = useAppStore('settings', (s) => s.settings?.studentNamesInExports ?? false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const change = async (checked: boolean) => {
    try {
      await settingsStore.getState().save({ studentNamesInExports: checked });
      setError(null);
      setNotice(checked ? "Real names will be included in this device's lesson study exports and printouts." : 'Exports and printouts will show pseudonym codes only.');
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <section className="panel panel--narrow" aria-labelledby="student-names-title">
      <h2 id="student-names-title">Students' names</h2>
      <ErrorAlert message={error} />
      <Checkbox
        label="Include focal students' real names in lesson study exports and printouts on this device"
        checked={included}
        hint="Names are never synced: they stay on the device where they were written. Unticked, exports and printouts show each student's pseudonym code only."
        onChange={(checked) => void change(checked)}
      />
      <StatusNote>{notice}</StatusNote>
    </section>
  );
}
