// Load something from the backend when a screen opens (and again when `key`
// changes): the data, or the one-sentence error, never both. A load that
// finishes after the screen has moved on is ignored.
import { useEffect, useState } from 'react';
import type { Api } from '../../shared/contract.js';
import { useApi } from '../appContext.js';
import { messageOf } from './errorMessage.js';

export function useLoaded<T>(load: (api: Api) => Promise<T>, key: string): { data: T | null; error: string | null } {
  const api = useApi();
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null });
  useEffect(() => {
    let current = true;
    load(api).then(
      (data) => current && setState({ data, error: null }),
      (err: unknown) => current && setState({ data: null, error: messageOf(err) }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` says when it asks for something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key]);
  return state;
}
