// Load something from the backend when a screen opens (and again when `key`
// changes, or when the store announces a change to one of the tables it
// `follows`): the data, or the one-sentence error, never both. A load that
// finishes after the screen has moved on, or after a newer load began, is
// ignored; data already on screen stays while it is read again.
import { useEffect, useState } from 'react';
import type { Api } from '../../shared/contract.js';
import { useApi, useDataChanges } from '../appContext.js';
import { messageOf } from './errorMessage.js';

const NOTHING: readonly string[] = [];

export function useLoaded<T>(load: (api: Api) => Promise<T>, key: string, follows: readonly string[] = NOTHING): { data: T | null; error: string | null } {
  const api = useApi();
  const [state, setState] = useState<{ data: T | null; error: string | null }>({ data: null, error: null });
  const [round, setRound] = useState(0);
  useDataChanges(follows, () => setRound((r) => r + 1));
  useEffect(() => {
    let current = true;
    load(api).then(
      (data) => current && setState({ data, error: null }),
      (err: unknown) => current && setState({ data: null, error: messageOf(err) }),
    );
    return () => {
      current = false;
    };
    // `load` is a fresh closure each render; `key` says when it asks for something else, `round` when what it shows changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, key, round]);
  return state;
}

/**
 * What loaded, or what an edit returned since (a screen's actions answer the
 * fresh record, so it need not load again), until the next load replaces it.
 */
export function useEdited<T>(loaded: T | null): [T | null, (next: T) => void] {
  const [edited, setEdited] = useState<{ over: T | null; value: T } | null>(null);
  const current = edited !== null && edited.over === loaded ? edited.value : loaded;
  return [current, (value: T) => setEdited({ over: loaded, value })];
}
