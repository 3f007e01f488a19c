// "N fields were edited on two devices": the newest edit is shown meanwhile,
// and beside it the other edit (which may be this device's own), so a person
// chooses which stays. Either choice is written as a new edit, which syncs
// like any other and settles the same conflict on the other devices.
import { useState } from 'react';
import type { Conflict, ConflictChoice } from '../../../shared/domain.js';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { describeField, describeValue, type DirectoryLookup } from './conflictDescription.js';

/** Enough to read at a glance; the rest waits behind "Show all". */
const FIRST_SHOWN = 5;

function ConflictItem({ conflict, lookup, onChoose }: { conflict: Conflict; lookup: DirectoryLookup; onChoose: (keep: ConflictChoice) => void }) {
  const what = `${conflict.record}, ${describeField(conflict)}`;
  return (
    <li className="conflicts__item">
      <p className="conflicts__what">{what}</p>
      <dl className="conflicts__values">
        <div>
          <dt>Shown now</dt>
          <dd>{describeValue(conflict, conflict.keptValue, lookup)}</dd>
        </div>
        <div>
          <dt>Other edit</dt>
          <dd>{describeValue(conflict, conflict.otherValue, lookup)}</dd>
        </div>
      </dl>
      <div className="conflicts__actions">
        <button type="button" className="button button--secondary button--small" aria-label={`Keep shown: ${what}`} onClick={() => onChoose('kept')}>
          Keep shown
        </button>
        <button type="button" className="button button--secondary button--small" aria-label={`Use other edit: ${what}`} onClick={() => onChoose('other')}>
          Use other edit
        </button>
      </div>
    </li>
  );
}

export function ConflictBanner() {
  const conflicts = useAppStore('conflicts', (s) => s.conflicts);
  const schools = useAppStore('schools', (s) => s.schools);
  const people = useAppStore('people', (s) => s.people);
  const conflictsStore = useStoreApi('conflicts');
  const [error, setError] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);

  if (conflicts.length === 0) return null;
  const lookup: DirectoryLookup = { schools, people };
  const count = conflicts.length;
  const shown = showAll ? conflicts : conflicts.slice(0, FIRST_SHOWN);

  const choose = async (id: number, keep: ConflictChoice) => {
    try {
      await conflictsStore.getState().resolve(id, keep);
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
        Each field shows its most recent edit for now. Choose which value stays; the other edit is kept until you do, and your
        choice reaches the other devices when they sync.
      </p>
      <ErrorAlert message={error} />
      <ul className="conflicts__list">
        {shown.map((conflict) => (
          <ConflictItem key={conflict.id} conflict={conflict} lookup={lookup} onChoose={(keep) => void choose(conflict.id, keep)} />
        ))}
      </ul>
      {count > shown.length ? (
        <button type="button" className="button button--secondary button--small" onClick={() => setShowAll(true)}>
          Show all {count}
        </button>
      ) : null}
    </section>
  );
}
