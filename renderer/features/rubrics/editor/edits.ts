// The changes the editor makes to its working copy, as pure functions: each
// returns a new working copy and leaves the old one alone (React compares by
// identity; the autosave sends whatever is newest).
import type { Path } from './fieldPaths.js';
import type { WorkingDimension, WorkingRubric } from './workingCopy.js';

type Container = Record<string | number, unknown>;

export function getIn(root: unknown, path: Path): unknown {
  let at: unknown = root;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Container)[key];
  }
  return at;
}

/** A copy of root with the value at path replaced; every object on the way is copied, nothing else. */
export function setIn<T>(root: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [string | number, ...Path];
  const current = root as unknown as Container;
  const child = setIn(current[key], rest, value);
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[key as number] = child;
    return copy as T;
  }
  return { ...current, [key]: child } as T;
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

/** "dimension-3", or the next free number after it. */
export function freeId(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.includes(id)) return id;
  }
}

const mapDimensions = (rubric: WorkingRubric, change: (d: WorkingDimension) => WorkingDimension): WorkingRubric => ({
  ...rubric,
  dimensions: rubric.dimensions.map(change),
});

const withLevels = (rubric: WorkingRubric, levels: WorkingRubric['scoring']['scale']['levels']): WorkingRubric => ({
  ...rubric,
  scoring: { ...rubric.scoring, scale: { ...rubric.scoring.scale, levels } },
});

/**
 * Moving a scale level moves its label and every dimension's descriptor for
 * it; the values stay where they are, lowest first, because a scale must go
 * up. Moving "Strong" from 3 to 2 makes Strong level 2, with its descriptors.
 */
export function moveScaleLevel(rubric: WorkingRubric, from: number, to: number): WorkingRubric {
  const levels = rubric.scoring.scale.levels;
  const labels = moveItem(
    levels.map((l) => l.label),
    from,
    to,
  );
  const moved = withLevels(
    rubric,
    levels.map((l, k) => ({ value: l.value, label: labels[k]! })),
  );
  return mapDimensions(moved, (d) => ({ ...d, descriptors: moveItem(d.descriptors, from, to) }));
}

/** A new top level, one above the highest, with no descriptors yet (each dimension then lists one as missing). */
export function addScaleLevel(rubric: WorkingRubric): WorkingRubric {
  const levels = rubric.scoring.scale.levels;
  const top = Math.max(0, ...levels.map((l) => l.value ?? 0));
  const added = withLevels(rubric, [...levels, { value: top + 1, label: '' }]);
  return mapDimensions(added, (d) => ({ ...d, descriptors: [...d.descriptors, null] }));
}

export function removeScaleLevel(rubric: WorkingRubric, k: number): WorkingRubric {
  const removed = withLevels(
    rubric,
    rubric.scoring.scale.levels.filter((_, i) => i !== k),
  );
  return mapDimensions(removed, (d) => ({ ...d, descriptors: d.descriptors.filter((_, i) => i !== k) }));
}

/** How many dimensions have written a descriptor for scale position k (what removing the level would throw away). */
export function descriptorsWrittenFor(rubric: WorkingRubric, k: number): number {
  return rubric.dimensions.filter((d) => (d.descriptors[k] ?? '').trim() !== '').length;
}

export function setDescriptor(rubric: WorkingRubric, dimension: number, k: number, text: string): WorkingRubric {
  return mapDimensions(rubric, (d) => {
    if (d !== rubric.dimensions[dimension]) return d;
    const descriptors = rubric.scoring.scale.levels.map((_, i) => d.descriptors[i] ?? null);
    descriptors[k] = text;
    return { ...d, descriptors };
  });
}

export function removeExtraLevel(rubric: WorkingRubric, dimension: number, e: number): WorkingRubric {
  return setIn(
    rubric,
    ['dimensions', dimension, 'extraLevels'],
    rubric.dimensions[dimension]!.extraLevels.filter((_, i) => i !== e),
  );
}

export function addDimension(rubric: WorkingRubric): WorkingRubric {
  const dimension: WorkingDimension = {
    id: freeId(
      'dimension',
      rubric.dimensions.map((d) => d.id),
    ),
    name: 'New dimension',
    shortName: 'New dimension',
    description: '',
    // A new dimension of an unscored guide is unscored too: that is the only kind it may have.
    scored: rubric.scoring.unit !== 'none',
    evidenceRequired: false,
    lookFors: { students: [], teacher: [] },
    guidingQuestions: [],
    descriptors: rubric.scoring.scale.levels.map(() => null),
    extraLevels: [],
  };
  return { ...rubric, dimensions: [...rubric.dimensions, dimension] };
}

export function addEpisodeType(rubric: WorkingRubric): WorkingRubric {
  const id = freeId(
    'episode',
    rubric.episodeTypes.map((e) => e.id),
  );
  return { ...rubric, episodeTypes: [...rubric.episodeTypes, { id, name: 'New episode type', group: '', key: '', description: '' }] };
}

export function removeAt<K extends 'dimensions' | 'episodeTypes'>(rubric: WorkingRubric, list: K, index: number): WorkingRubric {
  return { ...rubric, [list]: rubric[list].filter((_, i) => i !== index) };
}

export function moveIn<K extends 'dimensions' | 'episodeTypes'>(rubric: WorkingRubric, list: K, from: number, to: number): WorkingRubric {
  return { ...rubric, [list]: moveItem(rubric[list] as WorkingRubric[K][number][], from, to) };
}
