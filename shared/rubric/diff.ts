// Two rubric versions side by side: every entry of either, lined up by key,
// marked same, changed, added or removed. The newer version's order leads;
// entries only the older one had follow where they were.
import type { Rubric } from './format.js';
import { flattenRubric, type RubricEntry } from './flatten.js';

export type DiffStatus = 'same' | 'changed' | 'added' | 'removed';

export interface DiffRow {
  key: string;
  section: string;
  label: string;
  before: string | null;
  after: string | null;
  status: DiffStatus;
}

export function diffRubrics(before: Rubric, after: Rubric): DiffRow[] {
  const older = flattenRubric(before);
  const newer = flattenRubric(after);
  const olderByKey = new Map(older.map((e) => [e.key, e]));
  const newerKeys = new Set(newer.map((e) => e.key));
  const rows: DiffRow[] = [];
  const removedAfter = new Map<string, RubricEntry[]>();
  let anchor = '';
  for (const entry of older) {
    if (newerKeys.has(entry.key)) anchor = entry.key;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), entry]);
  }
  const pushRemoved = (key: string) => {
    for (const e of removedAfter.get(key) ?? []) rows.push({ key: e.key, section: e.section, label: e.label, before: e.value, after: null, status: 'removed' });
  };
  pushRemoved('');
  for (const entry of newer) {
    const old = olderByKey.get(entry.key);
    const status: DiffStatus = !old ? 'added' : old.value === entry.value ? 'same' : 'changed';
    rows.push({ key: entry.key, section: entry.section, label: entry.label, before: old?.value ?? null, after: entry.value, status });
    pushRemoved(entry.key);
  }
  return rows;
}
