// "N fields were edited on two devices": the newest edit was kept, and the
// other value is shown so a person can put it back if it was the right one.
// Each entry is dismissed on its own, once someone has looked at it.
import { useState } from 'react';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { describeField, describeRecord, describeValue, type DirectoryLookup } from './conflictDescription.js';

export function ConflictBanner() {
  const conflicts = useAppStore('conflicts', (s) => s.conflicts);
  const schools = useAppStore('schools', (s) => s.schools);
  const people = useAppStore('people', (s) => s.people);
  const conflictsStore = useStoreApi('conflicts');
  const [error, setError] = useState<string | null>(null);

  if (conflicts.length === 0) return null;
  const lookup: DirectoryLookup = { schools, people };
  const count = conflicts.length;

  const dismiss = async (id: number) => {
    try {
      await conflictsStore.getState().dismiss(id);
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <section className="conflicts" aria-labelledby="conflicts-title">
      <h2 id="conflicts-title" className="conflicts__title">
        {count === 1 ? '1 field was edited on two devices' : `${count} fields were edited on two devices`}
      </h2>
      <p className="conflicts__explain">
        Fieldbook kept the most recent edit. The other value is listed so you can put it back if it was the right one.
      </p>
      <ErrorAlert message={error} />
      <ul className="conflicts__list">
        {conflicts.map((conflict) => {
          const record = describeRecord(conflict, lookup);
          const field = describeField(conflict);
          return (
            <li key={conflict.id} className="conflicts__item">
              <span>
                {record}, {field}: kept <q>{describeValue(conflict, conflict.keptValue, lookup)}</q>, the other device
                had <q>{describeValue(conflict, conflict.otherValue, lookup)}</q>.
              </span>
              <button
                type="button"
                className="button button--secondary button--small"
                aria-label={`Dismiss: ${record}, ${field}`}
                onClick={() => void dismiss(conflict.id)}
              >
                Dismiss
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
