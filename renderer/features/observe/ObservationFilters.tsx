// Filters over every observation on this device: teacher, school, rubric,
// status and a range of dates. Archived teachers and schools stay choosable,
// since their past visits are exactly what a coach may look for. With a
// teacher chosen, their history is one button away.
import { useEffect, useState } from 'react';
import type { Person, School } from '../../../shared/domain.js';
import { OBSERVATION_STATUSES, type ObservationStatus } from '../../../shared/observation.js';
import type { RubricSummary } from '../../../shared/rubric/records.js';
import { useApi, useStoreApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { SelectField, TextField } from '../../ui/Fields.js';
import { ErrorAlert } from '../../ui/Notices.js';
import { STATUS_LABELS } from './ObservationTables.js';
import { NO_FILTERS, type ObservationFilterValues } from './useObservationList.js';

interface FilterChoices {
  teachers: Person[];
  schools: School[];
  rubrics: RubricSummary[];
}

function useFilterChoices(): { choices: FilterChoices; error: string | null } {
  const api = useApi();
  const [choices, setChoices] = useState<FilterChoices>({ teachers: [], schools: [], rubrics: [] });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    Promise.all([api.listPeople({ role: 'teacher', includeArchived: true }), api.listSchools({ includeArchived: true }), api.listRubrics({})]).then(
      ([teachers, schools, rubrics]) => current && setChoices({ teachers, schools, rubrics: rubrics.filter((r) => !r.template && r.versions.length > 0) }),
      (err: unknown) => current && setError(messageOf(err)),
    );
    return () => {
      current = false;
    };
  }, [api]);
  return { choices, error };
}

/** A select's options: "All …" first, then each item by name (archived ones say so). */
export const named = (label: string, items: readonly { id: string; name: string; archived?: boolean }[]) => [
  { value: '', label },
  ...items.map((item) => ({ value: item.id, label: item.archived ? `${item.name} (archived)` : item.name })),
];

const STATUS_OPTIONS = [{ value: '', label: 'Any status' }, ...OBSERVATION_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))];

export function ObservationFilters({ values, onChange }: { values: ObservationFilterValues; onChange(values: ObservationFilterValues): void }) {
  const observe = useStoreApi('observe');
  const { choices, error } = useFilterChoices();
  const set = (patch: Partial<ObservationFilterValues>) => onChange({ ...values, ...patch });
  const teacher = choices.teachers.find((t) => t.id === values.teacherId);

  return (
    <div className="filters observe-filters" role="group" aria-label="Filter observations">
      <ErrorAlert message={error} />
      <SelectField label="Teacher" value={values.teacherId} options={named('All teachers', choices.teachers)} onChange={(teacherId) => set({ teacherId })} />
      {teacher ? (
        <button type="button" className="button button--secondary" onClick={() => observe.getState().openHistory(teacher.id)}>
          View history of {teacher.name}
        </button>
      ) : null}
      <SelectField label="School" value={values.schoolId} options={named('All schools', choices.schools)} onChange={(schoolId) => set({ schoolId })} />
      <SelectField label="Rubric" value={values.rubricId} options={named('All rubrics', choices.rubrics)} onChange={(rubricId) => set({ rubricId })} />
      <SelectField label="Status" value={values.status} options={STATUS_OPTIONS} onChange={(status) => set({ status: status as ObservationStatus | '' })} />
      <TextField label="From" type="date" value={values.from} onChange={(from) => set({ from })} />
      <TextField label="To" type="date" value={values.to} onChange={(to) => set({ to })} />
      <button type="button" className="button button--secondary" onClick={() => onChange(NO_FILTERS)}>
        Clear filters
      </button>
    </div>
  );
}
