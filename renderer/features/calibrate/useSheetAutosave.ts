// A rater's sheet as they fill it in: kept in the page at once, and saved
// per dimension (level, N/A and evidence travel together). A level is saved
// as soon as it is chosen; evidence once typing pauses, on leaving the field,
// before submitting and when the screen goes (see useAutosave). Each save
// carries the dimension as the sheet showed it (as loaded, or as last saved),
// so a change made to the sheet on another device is kept, never reverted
// (db/apply.ts, RowChange.seen).
import { useCallback, useRef, useState } from 'react';
import type { SheetScore } from '../../../shared/calibration/schemas.js';
import { useApi } from '../../appContext.js';
import { useAutosave } from '../../ui/useAutosave.js';

export type SheetEntry = Pick<SheetScore, 'value' | 'na' | 'evidence'>;
export type SheetEntries = Readonly<Record<string, SheetEntry>>;

const EMPTY: SheetEntry = { value: null, na: false, evidence: '' };

export function entryOf(entries: SheetEntries, dimensionId: string): SheetEntry {
  return entries[dimensionId] ?? EMPTY;
}

export function useSheetAutosave(roundId: string, raterId: string, initial: readonly SheetScore[]) {
  const api = useApi();
  const [entries, setEntries] = useState<SheetEntries>(() => Object.fromEntries(initial.map((s) => [s.dimensionId, { value: s.value, na: s.na, evidence: s.evidence }])));
  const latest = useRef(entries);
  const stored = useRef(entries);
  /** Dimensions changed since their last save. */
  const unsaved = useRef(new Set<string>());
  const { state, error, flush, changed } = useAutosave(
    async () => {
      for (const dimensionId of [...unsaved.current]) {
        unsaved.current.delete(dimensionId);
        const entry = entryOf(latest.current, dimensionId);
        try {
          await api.saveCalibrationScore({ roundId, raterId, dimensionId, ...entry, seen: entryOf(stored.current, dimensionId) });
          stored.current = { ...stored.current, [dimensionId]: entry };
        } catch (err) {
          unsaved.current.add(dimensionId);
          throw err;
        }
      }
    },
    () => unsaved.current.size > 0,
  );

  /** `typed`: evidence being written, saved once typing pauses; a level is saved at once. */
  const change = useCallback(
    (dimensionId: string, patch: Partial<SheetEntry>, typed = false) => {
      latest.current = { ...latest.current, [dimensionId]: { ...entryOf(latest.current, dimensionId), ...patch } };
      unsaved.current.add(dimensionId);
      setEntries(latest.current);
      changed(typed ? 'after_pause' : 'now');
    },
    [changed],
  );

  return { entries, state, error, change, flush };
}
