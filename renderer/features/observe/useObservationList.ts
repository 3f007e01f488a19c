// The filtered "Recent observations" list: the filter as the form holds it
// (empty string = any), turned into the backend's filter, and the rows read a
// page of 100 at a time so a year of visits stays quick to show.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MethodInput } from '../../../shared/contract.js';
import type { ObservationStatus, ObservationSummary } from '../../../shared/observation.js';
import { useApi } from '../../appContext.js';
import { messageOf } from '../../ui/errorMessage.js';

export const PAGE_SIZE = 100;

export interface ObservationFilterValues {
  teacherId: string;
  schoolId: string;
  rubricId: string;
  status: ObservationStatus | '';
  /** Dates as the date inputs give them: YYYY-MM-DD, or empty. */
  from: string;
  to: string;
}

export const NO_FILTERS: ObservationFilterValues = { teacherId: '', schoolId: '', rubricId: '', status: '', from: '', to: '' };

export function hasFilters(values: ObservationFilterValues): boolean {
  return Object.values(values).some((v) => v !== '');
}

/** Epoch ms of local midnight starting the day `days` after a YYYY-MM-DD date. */
export function startOfLocalDay(iso: string, days = 0): number {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(year!, month! - 1, day! + days).getTime();
}

/** Why the filter cannot match anything, as a sentence; null when it can. */
export function filterProblem(values: ObservationFilterValues): string | null {
  if (values.from && values.to && values.to < values.from) return 'The “To” date is before the “From” date; choose a “To” date on or after it.';
  return null;
}

type ListFilter = MethodInput<'listObservations'>;

/** The backend's filter; "to" includes its whole day, so it ends at the next midnight. */
export function toListFilter(values: ObservationFilterValues): ListFilter {
  return {
    ...(values.teacherId && { teacherId: values.teacherId }),
    ...(values.schoolId && { schoolId: values.schoolId }),
    ...(values.rubricId && { rubricId: values.rubricId }),
    ...(values.status && { status: values.status }),
    ...(values.from && { from: startOfLocalDay(values.from) }),
    ...(values.to && { to: startOfLocalDay(values.to, 1) }),
  };
}

export interface ObservationList {
  rows: ObservationSummary[] | null;
  total: number;
  error: string | null;
  showMore(): Promise<void>;
}

/**
 * Lists again whenever `values` (kept in state, so a new object means a new
 * filter) or `revision` changes; answers to an older request are dropped.
 */
export function useObservationList(values: ObservationFilterValues, revision: number): ObservationList {
  const api = useApi();
  const [rows, setRows] = useState<ObservationSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const request = useRef(0);
  const problem = filterProblem(values);
  const filter = useMemo(() => (filterProblem(values) ? null : toListFilter(values)), [values]);

  const load = useCallback(
    (offset: number): Promise<void> => {
      if (filter === null) return Promise.resolve();
      const ticket = ++request.current;
      return api.listObservations({ ...filter, limit: PAGE_SIZE, offset }).then(
        (page) => {
          if (ticket !== request.current) return;
          setRows((before) => (offset === 0 || !before ? page.rows : [...before, ...page.rows]));
          setTotal(page.total);
          setError(null);
        },
        (err: unknown) => {
          if (ticket === request.current) setError(messageOf(err));
        },
      );
    },
    [api, filter],
  );

  useEffect(() => {
    void load(0);
  }, [load, revision]);

  return {
    rows: problem ? [] : rows,
    total: problem ? 0 : total,
    error: problem ?? error,
    showMore: () => load(rows?.length ?? 0),
  };
}
