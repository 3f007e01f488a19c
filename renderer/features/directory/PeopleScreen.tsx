// Directory: teachers, observers and leaders. Filters by school and role, a
// side panel to add or edit one person at a time ("N" opens a new one).
import { useEffect, useRef, useState } from 'react';
import type { Person } from '../../../shared/domain.js';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { useKeyShortcut } from '../../ui/useKeyShortcut.js';
import { PeopleFilters } from './PeopleFilters.js';
import { PeopleTable } from './PeopleTable.js';
import { PersonForm } from './PersonForm.js';
import { UndoableNotice, type Notice } from './UndoableNotice.js';

type Editing = { person: Person | null } | null;

export function PeopleScreen() {
  const store = useStoreApi('people');
  const schoolsStore = useStoreApi('schools');
  const people = useAppStore('people', (s) => s.people);
  const filter = useAppStore('people', (s) => s.filter);
  const loaded = useAppStore('people', (s) => s.loaded);
  const loadError = useAppStore('people', (s) => s.loadError);
  const schools = useAppStore('schools', (s) => s.schools);
  const schoolsError = useAppStore('schools', (s) => s.loadError);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const focusNewButtonOnClose = useRef(false);

  useEffect(() => {
    void store.getState().load();
    void schoolsStore.getState().load();
  }, [store, schoolsStore]);

  useEffect(() => {
    // The form is gone; put focus back on "New person" (adding several in a row).
    if (editing === null && focusNewButtonOnClose.current) {
      focusNewButtonOnClose.current = false;
      newButton.current?.focus();
    }
  }, [editing]);

  const startNew = () => {
    setEditing({ person: null });
    setNotice(null);
  };
  useKeyShortcut('n', startNew, editing === null);

  const closeForm = () => {
    focusNewButtonOnClose.current = true;
    setEditing(null);
  };

  const toggleArchived = async (person: Person, fromUndo = false) => {
    const archived = !person.archived;
    try {
      const updated = await store.getState().setArchived(person.id, archived);
      setActionError(null);
      const hidden = archived && !store.getState().filter.includeArchived;
      setNotice({
        text: archived
          ? `${person.name} archived.${hidden ? ' Tick “Show archived” to see them.' : ''}`
          : `${person.name} is back in the directory.`,
        undo: fromUndo ? undefined : { label: `Undo: ${archived ? 'unarchive' : 'archive'} ${person.name}`, run: () => void toggleArchived(updated, true) },
        takeFocus: hidden && !fromUndo,
      });
    } catch (err) {
      setActionError(messageOf(err));
    }
  };

  const filtered = filter.schoolId !== null || filter.role !== null;

  return (
    <section className="screen" aria-labelledby="people-title">
      <header className="screen__header">
        <ScreenHeading id="people-title">People</ScreenHeading>
        <div className="screen__tools">
          <button
            type="button"
            ref={newButton}
            className="button button--primary"
            aria-keyshortcuts="N"
            onClick={startNew}
            disabled={editing !== null}
          >
            New person <kbd aria-hidden="true">N</kbd>
          </button>
        </div>
      </header>
      <PeopleFilters schools={schools} />
      <ErrorAlert message={loadError ?? schoolsError ?? actionError} />
      <UndoableNotice notice={notice} />
      <div className={editing ? 'split split--open' : 'split'}>
        {/* Before the list in reading order: it is what the person is working on. */}
        {editing ? (
          <PersonForm
            key={editing.person?.id ?? 'new'}
            person={editing.person}
            defaults={{ schoolId: filter.schoolId, roles: filter.role ? [filter.role] : [] }}
            schools={schools}
            onCancel={closeForm}
            onSaved={(saved, created) => {
              setNotice({ text: created ? `${saved.name} added.` : `${saved.name} saved.` });
              closeForm();
            }}
          />
        ) : null}
        <div className="split__main table-scroll">
          {!loaded ? null : people.length > 0 ? (
            <PeopleTable
              people={people}
              schools={schools}
              onEdit={(person) => setEditing({ person })}
              onToggleArchived={(p) => void toggleArchived(p)}
            />
          ) : (
            <p className="empty-note">
              {filtered ? 'Nobody matches these filters.' : 'No people to show. Use “New person” to add someone.'}
              {filter.includeArchived ? null : ' Archived people are hidden; tick “Show archived” to see them.'}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
