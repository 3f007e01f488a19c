// What the new-round form offers: the people who can rate or facilitate, the
// rubric versions in use (the backend refuses an unscored guide in words),
// and who uses this device, so they are the facilitator unless changed.
import { useEffect, useState } from 'react';
import type { Person } from '../../../shared/domain.js';
import { useApi, useAppStore } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import { rubricOptions, type RubricOption } from '../observe/useObserveChoices.js';

export interface RoundChoices {
  people: Person[];
  rubrics: RubricOption[];
  /** The directory entry of the person using this device, if they are in it. */
  me: Person | null;
  error: string | null;
}

export function useRoundChoices(): RoundChoices {
  const api = useApi();
  const userName = useAppStore('settings', (s) => s.settings?.userName ?? '');
  const [loaded, setLoaded] = useState<Omit<RoundChoices, 'me'>>({ people: [], rubrics: [], error: null });
  useEffect(() => {
    let current = true;
    Promise.all([api.listPeople({}), api.listRubrics({})]).then(
      ([people, rubrics]) => current && setLoaded({ people, rubrics: rubricOptions(rubrics), error: null }),
      (error: unknown) => current && setLoaded((c) => ({ ...c, error: messageOf(error) })),
    );
    return () => {
      current = false;
    };
  }, [api]);
  return { ...loaded, me: loaded.people.find((p) => p.name === userName) ?? null };
}

/** Teachers only, in the directory's sense: listed as raters on request, since most raters lead or coach. */
export function teachesOnly(person: Person): boolean {
  return person.roles.every((role) => role === 'teacher');
}
