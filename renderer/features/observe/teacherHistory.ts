// A teacher's history as tables and sentences: entries grouped by the rubric
// version they were scored on (scores on different rubrics do not share
// columns), each score as text, and the change per dimension from the first
// scored observation to the latest.
import type { HistoryEntry } from '../../../shared/observation.js';

export interface HistoryGroup {
  key: string;
  /** "TRU Math, version 1": names the group's table. */
  title: string;
  dimensions: { id: string; shortName: string }[];
  entries: HistoryEntry[];
}

/** Groups in the order their rubric version first appears; entries keep their (oldest first) order. */
export function groupByRubric(entries: readonly HistoryEntry[]): HistoryGroup[] {
  const groups = new Map<string, HistoryGroup>();
  for (const entry of entries) {
    const key = `${entry.rubricId}@${entry.rubricVersion}`;
    let group = groups.get(key);
    if (!group) {
      const dimensions = entry.scores.map((s) => ({ id: s.dimensionId, shortName: s.shortName }));
      group = { key, title: `${entry.rubricName}, version ${entry.rubricVersion}`, dimensions, entries: [] };
      groups.set(key, group);
    }
    group.entries.push(entry);
  }
  return [...groups.values()];
}

type EntryScore = HistoryEntry['scores'][number];

export function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A lesson score as shown in a cell: the level, "N/A", or null when not scored. */
export function scoreText(score: EntryScore | undefined): string | null {
  if (!score) return null;
  if (score.na) return 'N/A';
  return score.value === null ? null : formatValue(score.value);
}

/** "Cognitive demand: 1 → 3 over 2 observations", counting only observations with a level. */
export function changeSentence(shortName: string, entries: readonly HistoryEntry[], dimensionId: string): string {
  const values = entries.flatMap((e) => {
    const value = e.scores.find((s) => s.dimensionId === dimensionId)?.value;
    return value === null || value === undefined ? [] : [value];
  });
  if (values.length === 0) return `${shortName}: not scored yet`;
  if (values.length === 1) return `${shortName}: ${formatValue(values[0]!)} in 1 observation`;
  return `${shortName}: ${formatValue(values[0]!)} → ${formatValue(values.at(-1)!)} over ${values.length} observations`;
}
