// Directory: schools. A list with "Show archived", and a side panel to add or
// edit one school at a time ("N" opens a new one).
import { useEffect } from 'react';
import type { School } from '../../../shared/domain.js';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { Checkbox } from '../../ui/Fields.js';
import { DirectoryScreenLayout } from './DirectoryScreenLayout.js';
import { SchoolForm } from './SchoolForm.js';
import { SchoolsTable } from './SchoolsTable.js';
import { useDirectoryList } from './useDirectoryList.js';

export function SchoolsScreen() {
  const store = useStoreApi('schools');
  const schools = useAppStore('schools', (s) => s.schools);
  const showArchived = useAppStore('schools', (s) => s.showArchived);
  const loaded = useAppStore('schools', (s) => s.loaded);
  const loadError = useAppStore('schools', (s) => s.loadError);
  const list = useDirectoryList<School>({
    setArchived: (school, archived) => store.getState().setArchived(school.id, archived),
    archivedAreHidden: () => !store.getState().showArchived,
    howToSeeArchived: ' Tick “Show archived” to see it.',
  });

  useEffect(() => {
    void store.getState().load();
  }, [store]);

  const visible = showArchived ? schools : schools.filter((s) => !s.archived);
  const archivedCount = schools.length - schools.filter((s) => !s.archived).length;

  return (
    <DirectoryScreenLayout
      titleId="schools-title"
      title="Schools"
      newLabel="New school"
      tools={<Checkbox label="Show archived" checked={showArchived} onChange={(show) => store.getState().setShowArchived(show)} />}
      error={loadError ?? list.actionError}
      list={list}
      form={(school) => <SchoolForm school={school} onCancel={list.closeForm} onSaved={list.onSaved} />}
    >
      {!loaded ? null : visible.length > 0 ? (
        <SchoolsTable schools={visible} onEdit={list.edit} onToggleArchived={list.toggleArchived} />
      ) : (
        <p className="empty-note">
          {archivedCount > 0
            ? 'Every school is archived. Tick “Show archived” to see them.'
            : 'No schools yet. Use “New school” to add the first one.'}
        </p>
      )}
    </DirectoryScreenLayout>
  );
}
