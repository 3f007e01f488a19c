// Directory: schools. A list with "Show archived", and a side panel to add or
// edit one school at a time ("N" opens a new one).
import { useEffect, useRef, useState } from 'react';
import type { School } from '../../../shared/domain.js';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { Checkbox } from '../../ui/Fields.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { ScreenHeading } from '../../ui/ScreenHeading.js';
import { useKeyShortcut } from '../../ui/useKeyShortcut.js';
import { SchoolForm } from './SchoolForm.js';
import { SchoolsTable } from './SchoolsTable.js';
import { UndoableNotice, type Notice } from './UndoableNotice.js';

type Editing = { school: School | null } | null;

export function SchoolsScreen() {
  const store = useStoreApi('schools');
  const schools = useAppStore('schools', (s) => s.schools);
  const showArchived = useAppStore('schools', (s) => s.showArchived);
  const loaded = useAppStore('schools', (s) => s.loaded);
  const loadError = useAppStore('schools', (s) => s.loadError);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);
  const focusNewButtonOnClose = useRef(false);

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  useEffect(() => {
    // The form is gone; put focus back on "New school" (adding several in a row).
    if (editing === null && focusNewButtonOnClose.current) {
      focusNewButtonOnClose.current = false;
      newButton.current?.focus();
    }
  }, [editing]);

  const startNew = () => {
    setEditing({ school: null });
    setNotice(null);
  };
  useKeyShortcut('n', startNew, editing === null);

  const closeForm = () => {
    focusNewButtonOnClose.current = true;
    setEditing(null);
  };

  const toggleArchived = async (school: School, fromUndo = false) => {
    const archived = !school.archived;
    try {
      const updated = await store.getState().setArchived(school.id, archived);
      setActionError(null);
      const hidden = archived && !store.getState().showArchived;
      setNotice({
        text: archived
          ? `${school.name} archived.${hidden ? ' Tick “Show archived” to see it.' : ''}`
          : `${school.name} is back in the directory.`,
        undo: fromUndo ? undefined : { label: `Undo: ${archived ? 'unarchive' : 'archive'} ${school.name}`, run: () => void toggleArchived(updated, true) },
        takeFocus: hidden && !fromUndo,
      });
    } catch (err) {
      setActionError(messageOf(err));
    }
  };

  const visible = showArchived ? schools : schools.filter((s) => !s.archived);
  const archivedCount = schools.length - schools.filter((s) => !s.archived).length;

  return (
    <section className="screen" aria-labelledby="schools-title">
      <header className="screen__header">
        <ScreenHeading id="schools-title">Schools</ScreenHeading>
        <div className="screen__tools">
          <Checkbox label="Show archived" checked={showArchived} onChange={(show) => store.getState().setShowArchived(show)} />
          <button
            type="button"
            ref={newButton}
            className="button button--primary"
            aria-keyshortcuts="N"
            onClick={startNew}
            disabled={editing !== null}
          >
            New school <kbd aria-hidden="true">N</kbd>
          </button>
        </div>
      </header>
      <ErrorAlert message={loadError ?? actionError} />
      <UndoableNotice notice={notice} />
      <div className={editing ? 'split split--open' : 'split'}>
        {/* Before the list in reading order: it is what the person is working on. */}
        {editing ? (
          <SchoolForm
            key={editing.school?.id ?? 'new'}
            school={editing.school}
            onCancel={closeForm}
            onSaved={(saved, created) => {
              setNotice({ text: created ? `${saved.name} added.` : `${saved.name} saved.` });
              closeForm();
            }}
          />
        ) : null}
        <div className="split__main table-scroll">
          {!loaded ? null : visible.length > 0 ? (
            <SchoolsTable schools={visible} onEdit={(school) => setEditing({ school })} onToggleArchived={(s) => void toggleArchived(s)} />
          ) : (
            <p className="empty-note">
              {archivedCount > 0
                ? 'Every school is archived. Tick “Show archived” to see them.'
                : 'No schools yet. Use “New school” to add the first one.'}
            </p>
          )}
        </div>
      </div>
    </section>
  );
}
