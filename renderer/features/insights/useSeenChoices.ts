// Grades and subjects have no list of their own: they are whatever the
// observations say. The dashboard offers every value it has seen in this
// visit, so choosing grade 4 does not take grade 5 out of the list.
import { useState } from 'react';

const alphabetical = new Intl.Collator('en', { numeric: true }).compare;

export function useSeenChoices(values: readonly string[], selected: string, order: (a: string, b: string) => number = alphabetical): string[] {
  const [seen, setSeen] = useState<readonly string[]>([]);
  const fresh = [...values, selected].filter((v) => v !== '' && !seen.includes(v));
  // Adjusting state while rendering (not in an effect): the list is right on the first paint.
  if (fresh.length > 0) setSeen([...seen, ...new Set(fresh)].sort(order));
  return [...seen];
}
