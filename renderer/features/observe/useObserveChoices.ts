// What the new-observation form offers: teachers, schools, and the rubric
// versions a visit can use (published, not retired, not a template).
import { useEffect, useState } from 'react';
import type { Person, School } from '../../../shared/domain.js';
import type { RubricSummary } from '../../../shared/rubric/records.js';
import { useApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';

export interface RubricOption {
  id: string;
  version: number;
  label: string;
}

export interface ObserveChoices {
  teachers: Person[];
  schools: School[];
  rubrics: RubricOption[];
  error: string | null;
}

/** The newest version of each rubric that is still in use. */
export function rubricOptions(summaries: RubricSummary[]): RubricOption[] {
  const options: RubricOption[] = [];
  for (const rubric of summaries) {
    if (rubric.template) continue;
    const live = rubric.versions.filter((v) => !v.retired).sort((a, b) => b.version - a.version)[0];
    if (live) options.push({ id: rubric.id, version: live.version, label: `${live.name} (version ${live.version})` });
  }
  return options;
}

export function useObserveChoices(): ObserveChoices {
  const api = useApi();
  const [choices, setChoices] = useState<ObserveChoices>({ teachers: [], schools: [], rubrics: [], error: null });
  useEffect(() => {
    let current = true;
    Promise.all([api.listPeople({ role: 'teacher' }), api.listSchools({}), api.listRubrics({})]).then(
      ([teachers, schools, rubrics]) => current && setChoices({ teachers, schools, rubrics: rubricOptions(rubrics), error: null }),
      (error: unknown) => current && setChoices((c) => ({ ...c, error: messageOf(error) })),
    );
    return () => {
      current = false;
    };
  }, [api]);
  return choices;
}
