// The content of one version a view shows: a published version as stored, or
// this device's draft together with its check (a draft is shown as a rubric
// only when it passes every check; otherwise its problems are listed).
import { useEffect, useState } from 'react';
import type { RubricDraft, StoredRubricVersion } from '../../../shared/rubric/records.js';
import { checkRubric, type RubricCheck } from '../../../shared/rubric/validate.js';
import { useApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';
import type { VersionChoice } from './rubricsStore.js';

export type ChosenContent =
  | { kind: 'version'; stored: StoredRubricVersion }
  | { kind: 'draft'; draft: RubricDraft; check: RubricCheck };

export interface ChosenState {
  content: ChosenContent | null;
  error: string | null;
}

/** `revision` changes when the caller knows the content changed (retired, published). */
export function useRubricChoice(id: string, choice: VersionChoice | null, revision = 0): ChosenState {
  const api = useApi();
  const [state, setState] = useState<ChosenState & { shows: string }>({ shows: '', content: null, error: null });
  const shows = `${id}/${choice}`;

  useEffect(() => {
    if (choice === null) return;
    let current = true;
    const request: Promise<ChosenContent> =
      choice === 'draft'
        ? api.getRubricDraft({ id }).then((draft) => ({ kind: 'draft', draft, check: checkRubric(draft.content) }))
        : api.getRubricVersion({ id, version: choice }).then((stored) => ({ kind: 'version', stored }));
    request.then(
      (content) => current && setState({ shows, content, error: null }),
      (error: unknown) => current && setState({ shows, content: null, error: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [api, id, choice, shows, revision]);

  // Until another version's content arrives, show nothing rather than the one before;
  // a reload of the same version keeps showing it meanwhile.
  return state.shows === shows ? state : { content: null, error: null };
}
