// Directory: teachers, observers and leaders. Filters by school and role, a
// side panel to add or edit one person at a time ("N" opens a new one).
import { useEffect } from 'react';
import type { Person } from '../../../shared/domain.js';
import { useAppStore, useStoreApi } from '../../appContext.js';
import { DirectoryScreenLayout } from './DirectoryScreenLayout.js';
import { PeopleFilters } from './PeopleFilters.js';
import { PeopleTable } from './PeopleTable.js';
import { PersonForm } from './PersonForm.js';
import { useDirectoryList } from './useDirectoryList.js';

export function PeopleScreen() {
  const store = useStoreApi('people');
  const schoolsStore = useStoreApi('schools');
  const people = useAppStore('people', (s) => s.people);
  const filter = useAppStore('people', (s) => s.filter);
  const loaded = useAppStore('people', (s) => s.loaded);
  const loadError = useAppStore('people', (s) => s.loadError);
  const schools = useAppStore('schools', (s) => s.schools);
  const schoolsError = useAppStore('schools', (s) => s.loadError);
  const list = useDirectoryList<Person>({
    setArchived: (person, archived) => store.getState().setArchived(person.id, archived),
    archivedAreHidden: () => !store.getState().filter.includeArchived,
    howToSeeArchived: ' Tick “Show archived” to see them.',
  });

  useEffect(() => {
    void store.getState().load();
    void schoolsStore.getState().load();
  }, [store, schoolsStore]);

  const filtered = filter.schoolId !== null || filter.role !== null;

  return (
    <DirectoryScreenLayout
      titleId="people-title"
      title="People"
      newLabel="New person"
      filters={<PeopleFilters schools={schools} />}
      error={loadError ?? schoolsError ?? list.actionError}
      list={list}
      form={(person) => (
        <PersonForm
          person={person}
          defaults={{ schoolId: filter.schoolId, roles: filter.role ? [filter.role] : [] }}
          schools={schools}
          onCancel={list.closeForm}
          onSaved={list.onSaved}
        />
      )}
    >
      {!loaded ? null : people.length > 0 ? (
        <PeopleTable people={people} schools={schools} onEdit={list.edit} onToggleArchived={list.toggleArchived} />
      ) : (
        <p className="empty-note">
          {filtered ? 'Nobody matches these filters.' : 'No people to show. Use “New person” to add someone.'}
          {filter.includeArchived ? null : ' Archived people are hidden; tick “Show archived” to see them.'}
        </p>
      )}
    </DirectoryScreenLayout>
  );
}
