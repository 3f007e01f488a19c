// What changed in the store: every apply (a local edit, a bundle import, a
// hub page) announces the tables it wrote, and the hub syncer announces when
// its standing changed. Open screens follow (renderer/dataChanges.ts): each
// re-reads what it shows when a table it shows changed, so a sync arriving
// while a cycle or an observation is open updates it in place. Nothing polls.
/** The conflict list, announced beside the synced tables: an apply may add to it or settle it. */
export const CONFLICTS = 'conflicts';

export interface DataChange {
  /** Synced tables written (and `conflicts`). */
  tables: string[];
  /** The hub syncer's standing changed: a sync began or ended, or the next one moved. */
  hub: boolean;
}

/**
 * A change as it arrived over a bridge or a stream, checked by hand (the
 * sandboxed preload runs it too, where a schema library would be dead
 * weight); null for anything else.
 */
export function toDataChange(value: unknown): DataChange | null {
  if (typeof value !== 'object' || value === null) return null;
  const { tables, hub } = value as Partial<DataChange>;
  if (typeof hub !== 'boolean' || !Array.isArray(tables) || tables.length > 100) return null;
  if (!tables.every((t) => typeof t === 'string' && t.length <= 60)) return null;
  return { tables: [...tables], hub };
}

/** Whether a change concerns a screen that shows these tables. */
export function touches(change: DataChange, tables: readonly string[]): boolean {
  return change.tables.some((t) => tables.includes(t));
}
